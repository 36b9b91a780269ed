package org.w3id.newsgraph.extract.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

/** Words.of splits exactly as {@code strip().split("\\s+")} does. */
class WordsTest {
    @Test
    void sameWordsAsTheRegularExpression() {
        String[] cases = {"Acme Holdings Inc", "  Acme \t Holdings\n", "", "   ", "Okafor-Hale", "a  b   c",
            "Nordvik\u00a0Bank", "\u2003Quill\u2003Group\u2003", "x\u000By\fz\rw", "Ünïcødé  Ltd."};
        for (String c : cases) {
            assertArrayEquals(c.strip().split("\\s+"), Words.of(c), "[" + c + "]");
        }
    }
}

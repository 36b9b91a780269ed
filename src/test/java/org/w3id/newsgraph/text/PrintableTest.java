package org.w3id.newsgraph.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class PrintableTest {
    @Test
    void controlCharactersAreEscaped() {
        assertEquals("a\\nb.txt", Printable.escape("a\nb.txt"));
        assertEquals("tab\\there\\r", Printable.escape("tab\there\r"));
        assertEquals("esc\\u001b[31mred", Printable.escape("esc\u001b[31mred"));
        assertEquals("del\\u007f c1\\u0085 ls\\u2028 rlo\\u202e", Printable.escape("del\u007f c1\u0085 ls\u2028 rlo\u202e"));
    }

    @Test
    void printableTextIsKeptAsItIs() {
        String s = "Kottasová’s “story” 北京 😀 a\\nb";
        assertSame(s, Printable.escape(s));
        assertEquals(Printable.escape("a\nb"), Printable.escape(Printable.escape("a\nb")), "idempotent");
    }
}

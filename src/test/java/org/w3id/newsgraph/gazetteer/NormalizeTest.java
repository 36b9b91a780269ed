package org.w3id.newsgraph.gazetteer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The gazetteer's lookup key: curly quotes folded, white space (no-break space included) collapsed, case kept. */
class NormalizeTest {
    @Test
    void foldsQuotesAndSpaces() {
        assertEquals("Huawei", Gazetteer.normalize("Huawei"));
        assertEquals("New York", Gazetteer.normalize("  New   York "));
        assertEquals("China's", Gazetteer.normalize("China\u2019s"));
        assertEquals("'Quoted'", Gazetteer.normalize("\u2018Quoted\u2019"));
        assertEquals("United Kingdom", Gazetteer.normalize("United\u00a0Kingdom"));
        assertEquals("a b", Gazetteer.normalize("a\t\n b"));
        assertEquals("AT&T", Gazetteer.normalize("AT&T"));
        assertEquals("", Gazetteer.normalize(" \u00a0 "));
    }
}

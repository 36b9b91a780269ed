package org.w3id.newsgraph.extract.values;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The one-pass look for what date patterns need. */
class DateWordsTest {
    @Test
    void readsDigitsMonthsDaysAndPeriods() {
        assertEquals(new DateWords(true, true, false, false, false), DateWords.of("on 3 March 2024 it fell"));
        assertEquals(new DateWords(false, false, true, true, false), DateWords.of("They met on Tuesday."));
        assertEquals(new DateWords(false, false, false, true, false), DateWords.of("Tomorrow they vote."));
        assertEquals(new DateWords(false, false, false, false, true), DateWords.of("earlier this month"));
        assertEquals(new DateWords(false, false, false, false, false), DateWords.of("the mayor spoke at length"));
        // "may" in lower case is no month: the patterns want "May"
        assertEquals(new DateWords(false, false, false, false, false), DateWords.of("it may rain"));
    }
}

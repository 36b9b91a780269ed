package org.w3id.newsgraph.extract.relations;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** The one-pass pre-filter of cue patterns: the stems it reads off, and that it never drops a pattern that matches. */
class CueTriggersTest {
    private static Pattern cue(String regex) {
        return Pattern.compile(CueTriggers.WORD_START + "(?:" + regex + ")(?![\\p{L}-])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    private static final List<Pattern> CUES = List.of(
            cue("acquir(?:e|es|ed|ing)|buy(?:s|ing)?|bought|take(?:s|n)?\\s+over"),
            cue("(?:work(?:s|ed)?|team(?:s|ed)?\\s+up)\\s+with|in\\s+(?:close\\s+)?partnership\\s+with"),
            cue("(?:(?:a|an|the)\\s+)?(?:unit|subsidiary)\\s+of"),
            cue("spin-?(?:out|off)\\s+from|co-operat(?:e|es)"),
            cue("(?<=,\\s)part\\s+of"));

    @Test
    void readsTheStemsEachMatchMustBeginWith() {
        assertEquals(List.of("acquir", "buy", "bought", "take"), CueTriggers.stems(CUES.get(0).pattern()));
        assertEquals(List.of("work", "team", "in"), CueTriggers.stems(CUES.get(1).pattern()));
        assertNull(CueTriggers.stems(CUES.get(2).pattern()), "an optional first group: no stem");
        assertEquals(List.of("spin", "co-operat"), CueTriggers.stems(CUES.get(3).pattern()));
        assertNull(CueTriggers.stems(CUES.get(4).pattern()), "a look-behind first: no stem");
        assertNull(CueTriggers.stems("acquired"), "not a word-start cue");
    }

    @Test
    void marksOnlyThePatternsWhoseStemsStartAWord() {
        CueTriggers t = new CueTriggers(CUES);
        assertArrayEquals(new boolean[] {true, false, true, false, true},
                t.candidates("Orvane ACQUIRED the mill, which it runs alone."));
        // "rebuy" and "take-" inside words are no word starts; "worked" is
        assertArrayEquals(new boolean[] {false, true, true, false, true}, t.candidates("They rebuy, re-take and worked."));
        assertArrayEquals(new boolean[] {false, false, true, true, true}, t.candidates("a spinout from Kelvar"));
        // where each may begin: "bought" at 7, "work" at 23 (not "rework" at 15), the stemless ones at 0
        assertArrayEquals(new int[] {7, 23, 0, -1, 0}, t.firstStarts("Orvane bought, rework, worked."));
    }

    /** The real cue table over every sentence of the development set's articles (made for the project). */
    @Test
    void theCueTableLosesNoMatchOnTheDevelopmentSet() throws java.io.IOException {
        List<Pattern> table = RelationCue.ALL.stream().map(RelationCue::pattern).toList();
        CueTriggers t = new CueTriggers(table);
        long withStems = table.stream().filter(p -> CueTriggers.stems(p.pattern()) != null).count();
        assertTrue(withStems >= 40, withStems + " of " + table.size() + " cues have stems");
        int matches = 0;
        try (var files = java.nio.file.Files.walk(java.nio.file.Path.of("src/test/resources/devset"))) {
            for (java.nio.file.Path f : files.filter(p -> p.toString().endsWith(".txt")).toList()) {
                for (String s : java.nio.file.Files.readString(f).split("(?<=[.!?])\\s+|\\n")) {
                    boolean[] c = t.candidates(s);
                    int[] first = t.firstStarts(s);
                    for (int k = 0; k < table.size(); k++) {
                        java.util.regex.Matcher m = table.get(k).matcher(s);
                        if (m.find()) {
                            matches++;
                            assertTrue(c[k], "cue " + k + " matches \"" + s + "\" but was filtered out");
                            assertTrue(first[k] >= 0 && first[k] <= m.start(), "cue " + k + " starts before " + first[k]);
                        }
                    }
                }
            }
        }
        assertTrue(matches > 100, matches + " cue matches");
    }

    @Test
    void neverDropsAPatternThatMatches() {
        CueTriggers t = new CueTriggers(CUES);
        List<String> sentences = List.of("Orvane bought Kelvar.", "It is a unit of Tessel.", "Kelvar, part of Tessel, said.",
                "They worked with Ambro and teamed up with Corda.", "Bolt will TAKE OVER Ambro", "a spin-off from Corda",
                "in close partnership with Ambro", "Acquiring Corda was hard", "nothing here at all");
        for (String s : sentences) {
            boolean[] c = t.candidates(s);
            for (int k = 0; k < CUES.size(); k++) {
                if (CUES.get(k).matcher(s).find()) {
                    assertTrue(c[k], "pattern " + k + " matches \"" + s + "\" but was filtered out");
                }
            }
        }
    }
}

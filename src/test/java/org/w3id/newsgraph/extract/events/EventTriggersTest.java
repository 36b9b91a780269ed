package org.w3id.newsgraph.extract.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** The one-pass stems never skip a trigger that matches, and do skip the types a sentence cannot hold. */
class EventTriggersTest {
    private static final List<Pattern> PATTERNS = List.copyOf(EventTriggers.TRIGGERS.values());

    @Test
    void stemsMarkEveryTypeWhoseTriggerMatches() {
        String[] sentences = {
            "Ministers MET in Oslo for TALKS on the Acquisition.",
            "The court ruled that the ban was lawful; the verdict was read at noon.",
            "She testified before the committee session after the re-elected mayor's Announcement.",
            "Nothing of note: a walk by the river, a sandwich, a nap.",
            "Blacklisting-free deals; pre-elections talk; unmet goals and co-statements.",
            "The REFERENDUM and the Elections, the contracts and the takeover.",
        };
        for (String s : sentences) {
            boolean[] maybe = EventTriggers.STEMS.candidates(s);
            assertEquals(PATTERNS.size(), maybe.length);
            for (int k = 0; k < PATTERNS.size(); k++) {
                if (PATTERNS.get(k).matcher(s).find()) {
                    assertTrue(maybe[k], "type " + k + " skipped in: " + s);
                }
            }
        }
        boolean[] none = EventTriggers.STEMS.candidates("Nothing of note: a walk by the river, a sandwich, a nap.");
        for (boolean b : none) {
            assertFalse(b);
        }
    }
}

package org.w3id.newsgraph.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import opennlp.tools.util.Span;

class MentionScoresTest {
    @Test
    void exactSpanAndTypeCountByConllevalRules() {
        MentionScores s = new MentionScores(Set.of("PER", "ORG", "LOC"));
        // sentence 1: PER right, ORG with a wrong boundary (1 FP + 1 FN), LOC typed PER (1 FP PER + 1 FN LOC)
        s.add(List.of(new Span(0, 2, "PER"), new Span(3, 5, "ORG"), new Span(6, 7, "LOC")),
                List.of(new Span(0, 2, "PER"), new Span(3, 4, "ORG"), new Span(6, 7, "PER")));
        // sentence 2: MISC is not scored on either side; one LOC right
        s.add(List.of(new Span(0, 1, "MISC"), new Span(2, 3, "LOC")),
                List.of(new Span(0, 1, "MISC"), new Span(2, 3, "LOC")));
        assertEquals(new Score(1, 1, 0), s.of("PER"));
        assertEquals(new Score(0, 1, 1), s.of("ORG"));
        assertEquals(new Score(1, 0, 1), s.of("LOC"));
        Score all = s.total();
        assertEquals(new Score(2, 2, 2), all);
        assertEquals(0.5, all.precision(), 1e-12); // 2 / (2 + 2)
        assertEquals(0.5, all.recall(), 1e-12); // 2 / (2 + 2)
        assertEquals(0.5, all.f1(), 1e-12);
        assertEquals(0.5, s.of("PER").precision(), 1e-12);
        assertEquals(2.0 / 3.0, s.of("PER").f1(), 1e-12); // P 0.5, R 1.0
        assertEquals(0.0, s.of("ORG").f1(), 1e-12);
    }
}

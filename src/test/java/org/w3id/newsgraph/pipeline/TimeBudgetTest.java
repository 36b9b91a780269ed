package org.w3id.newsgraph.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.w3id.newsgraph.model.SourceText;

class TimeBudgetTest {
    private static final SourceText SHORT = new SourceText("short.txt", "x".repeat(3_000));

    @Test
    void theDefaultIsFiveSecondsPlusThreePerStartedTenThousandCharacters() {
        assertEquals(Duration.ofSeconds(5), TimeBudget.DEFAULT.forLength(0));
        assertEquals(Duration.ofSeconds(8), TimeBudget.DEFAULT.forLength(1));
        assertEquals(Duration.ofSeconds(8), TimeBudget.DEFAULT.forLength(10_000));
        assertEquals(Duration.ofSeconds(17), TimeBudget.DEFAULT.forLength(32_768));
        assertEquals(Duration.ofSeconds(26), TimeBudget.DEFAULT.forLength(61_440));
        assertThrows(IllegalArgumentException.class, () -> new TimeBudget(Duration.ofSeconds(-1), Duration.ZERO));
    }

    @Test
    void aPassedDeadlineThrowsOneLineNamingTheArticleAndItsBudget() {
        AtomicLong now = new AtomicLong();
        Deadline d = TimeBudget.DEFAULT.start(SHORT, now::get);
        assertEquals(Duration.ofSeconds(8), d.budget());
        now.set(Duration.ofSeconds(8).toNanos());
        d.check(); // exactly at the deadline is still in time
        now.incrementAndGet();
        ExtractionTimeoutException e = assertThrows(ExtractionTimeoutException.class, d::check);
        assertEquals("short.txt: extraction took longer than its budget of 8 s, skipped", e.getMessage());
        assertEquals("b.txt: extraction took longer than its budget of 0.25 s, skipped",
                new ExtractionTimeoutException("b.txt", Duration.ofMillis(250)).getMessage());
    }

    @Test
    void thePipelineChecksTheDeadlineBeforeEachStepAndDocumentsKeepIt() {
        AtomicLong now = new AtomicLong();
        List<String> ran = new ArrayList<>();
        Pipeline p = Pipeline.builder().add(new Marker("first", ran, now)).add(new Marker("second", ran, now)).build();
        Deadline d = new TimeBudget(Duration.ofSeconds(1), Duration.ZERO).start(SHORT, now::get);
        ExtractionTimeoutException e = assertThrows(ExtractionTimeoutException.class,
                () -> p.run(Document.of(SHORT, d)));
        assertEquals(List.of("first"), ran, "the second step never started");
        assertTrue(e.getMessage().startsWith("short.txt: extraction took longer than its budget of 1 s"));

        ran.clear();
        now.set(0);
        Document done = Pipeline.builder().add(new Marker("only", ran, new AtomicLong())).build()
                .run(Document.of(SHORT, d));
        assertEquals(List.of("only"), ran);
        assertEquals(d, done.deadline(), "with() keeps the deadline");
        assertFalse(Document.of(SHORT).deadline().passed(), "no budget, no deadline");
    }

    /** A step that records its run and then moves the clock past any budget. */
    private record Marker(String name, List<String> ran, AtomicLong clock) implements Step {
        @Override
        public Set<AnnotationKey<?>> requires() {
            return Set.of();
        }

        @Override
        public Set<AnnotationKey<?>> provides() {
            return Set.of();
        }

        @Override
        public Document apply(Document document) {
            ran.add(name);
            clock.addAndGet(Duration.ofSeconds(2).toNanos());
            return document;
        }
    }
}

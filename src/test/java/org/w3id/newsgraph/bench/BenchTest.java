package org.w3id.newsgraph.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.w3id.newsgraph.model.SourceText;

/** The benchmarks' arithmetic (their figures live in docs/BENCHMARKS.md, never in tests). */
class BenchTest {
    @Test
    void corpusRepeatsArticlesUntilTheTargetSizeWithDistinctNames() {
        List<SourceText> c = ExtractionBenchmark.corpus(List.of(new SourceText("a.txt", "x".repeat(400)),
                new SourceText("b.txt", "é".repeat(100))), 1000);
        // 400 + 200 bytes per round: two rounds reach 1000
        assertEquals(List.of("0-a.txt", "0-b.txt", "1-a.txt", "1-b.txt"), c.stream().map(SourceText::source).toList());
        assertThrows(IllegalArgumentException.class, () -> ExtractionBenchmark.corpus(List.of(), 10));
    }

    @Test
    void medianOfOddAndEvenRuns() {
        assertEquals(2.0, new ExtractionBenchmark.BenchResult(1, 1_000_000, 1, new double[] {3, 1, 2}).medianSeconds());
        assertEquals(2.5, new ExtractionBenchmark.BenchResult(1, 1_000_000, 1, new double[] {4, 1, 2, 3}).medianSeconds());
        assertEquals(0.5, new ExtractionBenchmark.BenchResult(1, 1_000_000, 2, new double[] {1}).mbPerSecondPerThread());
    }

    @Test
    void nearestRankPercentiles() {
        long[] ms = new long[100];
        for (int i = 0; i < 100; i++) {
            ms[i] = (i + 1) * 1_000_000L;
        }
        assertEquals(50.0, LoadResult.pct(ms, 0.50));
        assertEquals(95.0, LoadResult.pct(ms, 0.95));
        assertEquals(99.0, LoadResult.pct(ms, 0.99));
        LoadResult r = LoadResult.of(List.of(new long[] {3_000_000L, 1_000_000L}, new long[] {2_000_000L}), 0, 2.0, 2);
        assertEquals(3, r.requests());
        assertEquals(1.5, r.throughput());
        assertEquals(2.0, r.p50());
        assertEquals(3.0, r.max());
    }

    @Test
    void floorTimesEachStageAndTheReferenceOnlyWhenAsked() {
        List<SourceText> texts = List.of(new SourceText("a.txt", "Marta Lindqvist met the mayor of Gothenburg on Tuesday. "
                + "She said the port would grow."));
        OpenNlpFloor plain = new OpenNlpFloor(org.w3id.newsgraph.nlp.NlpModels.load(),
                org.w3id.newsgraph.ner.NameModel.bundled(), false);
        long nanos = plain.pass(texts);
        double[] s = plain.seconds();
        assertEquals(5, s.length);
        assertEquals(nanos / 1e9, s[0] + s[1] + s[2] + s[3], 1e-9);
        assertEquals(0.0, s[4], "NameFinderME runs only when asked");
        OpenNlpFloor withReference = new OpenNlpFloor(org.w3id.newsgraph.nlp.NlpModels.load(),
                org.w3id.newsgraph.ner.NameModel.bundled(), true);
        withReference.pass(texts);
        org.junit.jupiter.api.Assertions.assertTrue(withReference.seconds()[4] > 0, "the reference was timed");
        withReference.reset();
        assertEquals(0.0, java.util.Arrays.stream(withReference.seconds()).sum());
    }
}

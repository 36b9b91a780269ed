package org.w3id.newsgraph.bench;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.w3id.newsgraph.extract.Extractor;
import org.w3id.newsgraph.model.SourceText;

/**
 * Measures extraction throughput: a corpus (articles repeated until it reaches a target size) is extracted once
 * to warm up, then {@code runs} times; the report gives the median, so one slow run (GC, another process) does
 * not move the figure. With one thread the rate is per core.
 */
public final class ExtractionBenchmark {
    private final Extractor extractor;

    public ExtractionBenchmark(Extractor extractor) {
        this.extractor = extractor;
    }

    /** The articles repeated (with distinct source names) until their UTF-8 size reaches {@code targetBytes}. */
    public static List<SourceText> corpus(List<SourceText> articles, long targetBytes) {
        if (articles.isEmpty()) {
            throw new IllegalArgumentException("no articles to benchmark");
        }
        List<SourceText> out = new ArrayList<>();
        long bytes = 0;
        for (int round = 0; bytes < targetBytes; round++) {
            for (SourceText a : articles) {
                out.add(new SourceText(round + "-" + a.source(), a.text()));
                bytes += a.text().getBytes(StandardCharsets.UTF_8).length;
            }
        }
        return out;
    }

    public BenchResult run(List<SourceText> corpus, int runs, int threads) throws Exception {
        long bytes = corpus.stream().mapToLong(s -> s.text().getBytes(StandardCharsets.UTF_8).length).sum();
        time(corpus, threads); // warm-up: JIT, model and gazetteer loading
        double[] seconds = new double[runs];
        for (int i = 0; i < runs; i++) {
            seconds[i] = time(corpus, threads);
        }
        return new BenchResult(corpus.size(), bytes, threads, seconds);
    }

    private double time(List<SourceText> corpus, int threads) throws Exception {
        long t0 = System.nanoTime();
        if (threads == 1) {
            corpus.forEach(extractor::extract);
        } else {
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            try {
                List<Future<?>> all = new ArrayList<>();
                corpus.forEach(s -> all.add(pool.submit(() -> extractor.extract(s))));
                for (Future<?> f : all) {
                    f.get();
                }
            } finally {
                pool.shutdown();
            }
        }
        return (System.nanoTime() - t0) / 1e9;
    }

    /** Timings of the measured runs (warm-up excluded). */
    public record BenchResult(int articles, long bytes, int threads, double[] seconds) {
        public double medianSeconds() {
            double[] s = seconds.clone();
            Arrays.sort(s);
            int n = s.length;
            return n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
        }

        public double megabytes() {
            return bytes / 1e6;
        }

        /** MB of text per second, over all threads. */
        public double mbPerSecond() {
            return megabytes() / medianSeconds();
        }

        /** MB of text per second per thread (per core when threads do not exceed the cores). */
        public double mbPerSecondPerThread() {
            return mbPerSecond() / threads;
        }
    }
}

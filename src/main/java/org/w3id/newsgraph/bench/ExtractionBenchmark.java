package org.w3id.newsgraph.bench;

import java.lang.management.ManagementFactory;
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
 * not move the figure. With one thread the rate is per core, and the thread's CPU time is kept beside the wall
 * time: on a machine shared with other work the CPU time is the steadier figure. With an {@link OpenNlpFloor}, its
 * passes alternate with the extractor's runs, so both see the same load.
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
        return run(corpus, runs, threads, null).get(0);
    }

    /**
     * The extractor's runs and, when {@code floor} is given (one thread only), as many floor passes, each right
     * after the extractor's run: the extractor's result first, then the floor's.
     */
    public List<BenchResult> run(List<SourceText> corpus, int runs, int threads, OpenNlpFloor floor) throws Exception {
        if (floor != null && threads != 1) {
            throw new IllegalArgumentException("the floor is measured on one thread");
        }
        long bytes = corpus.stream().mapToLong(s -> s.text().getBytes(StandardCharsets.UTF_8).length).sum();
        time(corpus, threads); // warm-up: JIT, model and gazetteer loading
        if (floor != null) {
            floor.pass(corpus);
            floor.reset();
        }
        double[][] wall = new double[2][runs];
        double[][] cpu = new double[2][runs];
        for (int i = 0; i < runs; i++) {
            long c0 = cpuNanos(threads);
            wall[0][i] = time(corpus, threads);
            cpu[0][i] = (cpuNanos(threads) - c0) / 1e9;
            if (floor != null) {
                long t0 = System.nanoTime();
                cpu[1][i] = floor.pass(corpus) / 1e9;
                wall[1][i] = (System.nanoTime() - t0) / 1e9; // with the NameFinderME reference when asked for
            }
        }
        BenchResult extraction = new BenchResult(corpus.size(), bytes, threads, wall[0], threads == 1 ? cpu[0] : null);
        return floor == null ? List.of(extraction)
                : List.of(extraction, new BenchResult(corpus.size(), bytes, 1, wall[1], cpu[1]));
    }

    /** The calling thread's CPU time, or 0 when the work is spread over a pool. */
    private static long cpuNanos(int threads) {
        return threads == 1 ? ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() : 0;
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

    /** Timings of the measured runs (warm-up excluded); {@code cpuSeconds} null when not measured (threads). */
    public record BenchResult(int articles, long bytes, int threads, double[] seconds, double[] cpuSeconds) {
        public BenchResult(int articles, long bytes, int threads, double[] seconds) {
            this(articles, bytes, threads, seconds, null);
        }

        public double medianSeconds() {
            return median(seconds);
        }

        /** The median CPU time of a run, or NaN when not measured. */
        public double medianCpuSeconds() {
            return cpuSeconds == null ? Double.NaN : median(cpuSeconds);
        }

        /** MB of text per CPU second (one thread), or NaN. */
        public double mbPerCpuSecond() {
            return megabytes() / medianCpuSeconds();
        }

        static double median(double[] values) {
            double[] s = values.clone();
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

package org.w3id.newsgraph.cli;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import org.w3id.newsgraph.bench.ExtractionBenchmark;
import org.w3id.newsgraph.bench.ExtractionBenchmark.BenchResult;
import org.w3id.newsgraph.extract.Extractor;
import org.w3id.newsgraph.pipeline.TimeBudget;
import org.w3id.newsgraph.model.SourceText;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code bench extract}: extraction throughput in MB of text per second (per core with one thread), median of runs. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Measure extraction speed: articles repeated to a target size, median of several runs.")
final class BenchExtractCommand implements Callable<Integer> {
    @Mixin
    InputOptions input;

    @Option(names = "--target-mb", defaultValue = "20", description = "Corpus size in MB (default: ${DEFAULT-VALUE}).")
    double targetMb;

    @Option(names = "--runs", defaultValue = "5", description = "Measured runs after one warm-up (default: ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--threads", defaultValue = "1", description = "Extraction threads (default: ${DEFAULT-VALUE}).")
    int threads;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        List<SourceText> articles = input.articles(spec.commandLine().getErr(), true);
        List<SourceText> corpus = ExtractionBenchmark.corpus(articles, (long) (targetMb * 1e6));
        out.printf(Locale.ROOT, "Extracting %d articles (%d distinct) x %d runs on %d thread(s)...%n", corpus.size(),
                articles.size(), runs, threads);
        out.flush();
        Extractor extractor = Extractor.create(TimeBudget.UNLIMITED); // a loaded machine must not skip articles
        BenchResult r = new ExtractionBenchmark(extractor).run(corpus, runs, threads);
        out.printf(Locale.ROOT, "corpus: %.2f MB, %d articles; runs (s): %s%n", r.megabytes(), r.articles(),
                Arrays.stream(r.seconds()).mapToObj(s -> String.format(Locale.ROOT, "%.2f", s))
                        .collect(Collectors.joining(", ")));
        out.printf(Locale.ROOT, "median: %.2f s = %.3f MB/s, %.3f MB/s per thread, %.1f articles/s%n",
                r.medianSeconds(), r.mbPerSecond(), r.mbPerSecondPerThread(), r.articles() / r.medianSeconds());
        double total = extractor.pipeline().timings().values().stream().mapToDouble(Double::doubleValue).sum();
        out.println("share of time per step (all runs):");
        extractor.pipeline().timings().forEach((step, ms) -> out.printf(Locale.ROOT, "  %-16s %5.1f%%%n", step,
                100 * ms / total));
        out.flush();
        return Main.OK;
    }
}

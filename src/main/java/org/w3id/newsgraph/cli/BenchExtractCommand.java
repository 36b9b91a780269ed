package org.w3id.newsgraph.cli;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import org.w3id.newsgraph.bench.ExtractionBenchmark;
import org.w3id.newsgraph.bench.ExtractionBenchmark.BenchResult;
import org.w3id.newsgraph.bench.OpenNlpFloor;
import org.w3id.newsgraph.extract.Extractor;
import org.w3id.newsgraph.model.SourceText;
import org.w3id.newsgraph.ner.NameModel;
import org.w3id.newsgraph.nlp.NlpModels;
import org.w3id.newsgraph.pipeline.TimeBudget;

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

    @Option(names = "--floor", description = "Also time bare OpenNLP (sentences, tokens, POS tags, the name model) "
            + "on the same texts, alternating with the extractor's runs (one thread).")
    boolean floor;

    @Option(names = "--name-finder", description = "With --floor: also tag the names with OpenNLP's NameFinderME "
            + "(the reference for the model's decoder), outside the floor's time.")
    boolean nameFinder;

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
        // no per-article time budget: under a heavy machine load an article over it would leave the corpus
        Extractor extractor = Extractor.create(TimeBudget.UNLIMITED);
        OpenNlpFloor bare = floor ? new OpenNlpFloor(NlpModels.load(), NameModel.bundled(), nameFinder) : null;
        List<BenchResult> results = new ExtractionBenchmark(extractor).run(corpus, runs, threads, bare);
        BenchResult r = results.get(0);
        out.printf(Locale.ROOT, "corpus: %.2f MB, %d articles; runs (s): %s%n", r.megabytes(), r.articles(),
                list(r.seconds()));
        out.printf(Locale.ROOT, "median: %.2f s = %.3f MB/s, %.3f MB/s per thread, %.1f articles/s%n",
                r.medianSeconds(), r.mbPerSecond(), r.mbPerSecondPerThread(), r.articles() / r.medianSeconds());
        if (r.cpuSeconds() != null) {
            out.printf(Locale.ROOT, "CPU time of the thread (s): %s; median %.2f s = %.3f MB per CPU second%n",
                    list(r.cpuSeconds()), r.medianCpuSeconds(), r.mbPerCpuSecond());
        }
        double total = extractor.pipeline().timings().values().stream().mapToDouble(Double::doubleValue).sum();
        out.println("share of time per step (all runs):");
        extractor.pipeline().timings().forEach((step, ms) -> out.printf(Locale.ROOT, "  %-16s %5.1f%%%n", step,
                100 * ms / total));
        if (bare != null) {
            BenchResult f = results.get(1);
            out.printf(Locale.ROOT, "floor (bare OpenNLP: sentences, tokens, POS tags, names), CPU per run (s): %s%n",
                    list(f.cpuSeconds()));
            out.printf(Locale.ROOT, "floor median CPU %.2f s = %.3f MB per CPU second; extraction / floor: %.2fx CPU%n",
                    f.medianCpuSeconds(), f.mbPerCpuSecond(), r.medianCpuSeconds() / f.medianCpuSeconds());
            double[] stages = bare.seconds();
            double sum = stages[0] + stages[1] + stages[2] + stages[3];
            out.println("floor CPU time per stage (all runs):");
            for (int k = 0; k < stages.length; k++) {
                if (k < 4 || nameFinder) {
                    out.printf(Locale.ROOT, "  %-22s %7.2f s %5.1f%%%n", OpenNlpFloor.STAGES.get(k), stages[k],
                            100 * stages[k] / sum);
                }
            }
            out.printf(Locale.ROOT, "names / POS tags: %.2fx%s%n", stages[3] / stages[2], nameFinder
                    ? String.format(Locale.ROOT, "; NameFinderME / names: %.2fx", stages[4] / stages[3]) : "");
        }
        out.flush();
        return Main.OK;
    }

    private static String list(double[] seconds) {
        return Arrays.stream(seconds).mapToObj(s -> String.format(Locale.ROOT, "%.2f", s)).collect(Collectors.joining(", "));
    }
}

package org.w3id.newsgraph.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.w3id.newsgraph.bench.CorpusGenerator;
import org.w3id.newsgraph.bench.CorpusStats;
import org.w3id.newsgraph.ingest.LazyExtractor;
import org.w3id.newsgraph.pipeline.TimeBudget;

import me.tongfei.progressbar.ProgressBar;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code bench corpus}: the scale corpus, N distinct articles derived deterministically from real ones with their
 * people, organisations and places renamed from large Zipf-like pools ({@link CorpusGenerator}). The texts are made
 * on demand into a folder outside the project, never stored in it.
 */
@Command(name = "corpus", mixinStandardHelpOptions = true,
        description = {"Make N distinct articles for scale tests from real ones, renaming people, organisations and "
                + "places from large name pools (the same N and seed give the same files).",
            "Default sources: ../shared/corpora/polnear-train (names found by the extractor, cached) and "
                + "../shared/corpora/conll2003/train.txt (CoNLL's own name tags)."})
final class BenchCorpusCommand implements Callable<Integer> {
    @Option(names = "--articles", required = true, paramLabel = "N", description = "How many articles to make.")
    int articles;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "S", description = "Seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--from", arity = "1..*", paramLabel = "DIR|FILE",
            description = "Folders of *.txt articles, or CoNLL-2003 files (default: the corpora beside the project).")
    List<Path> from = List.of();

    @Option(names = "--cache", paramLabel = "DIR", description = "Where the name spans found by the extractor are "
            + "kept between runs (default: ${DEFAULT-VALUE}).")
    Path cache = Path.of(System.getProperty("java.io.tmpdir"), "newsgraph-corpus-spans");

    @Parameters(paramLabel = "OUT", description = "The folder to write to (outside the project, e.g. under /tmp).")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (articles < 1) {
            throw new ParameterException(spec.commandLine(), "--articles must be at least 1");
        }
        PrintWriter err = spec.commandLine().getErr();
        Path target = out.toAbsolutePath().normalize();
        if (target.startsWith(Home.dir())) {
            err.println("newsgraph: " + target + " is inside the project: generated texts stay out of it (use /tmp)");
            return Main.FAILED;
        }
        List<Path> sources = from.isEmpty() ? defaultSources() : from;
        for (Path p : sources) {
            if (!Files.exists(p)) {
                err.println("newsgraph: no articles at " + p + (from.isEmpty() ? " (give --from)" : ""));
                return Main.FAILED;
            }
        }
        long t0 = System.nanoTime();
        err.println("newsgraph: finding the names in the base articles (extractor's spans cached in " + cache + ")");
        err.flush();
        CorpusStats stats;
        // no time budget: a slow base article on a busy machine is still worth its names
        LazyExtractor extractor = new LazyExtractor(TimeBudget.UNLIMITED);
        int threads = Runtime.getRuntime().availableProcessors();
        if (ConsoleProgress.isTerminal()) {
            try (ProgressBar bar = ConsoleProgress.barBuilder(articles).setTaskName("Generating").build()) {
                stats = CorpusGenerator.make(sources, cache, extractor, threads, articles, seed, target, bar::stepTo);
            }
        } else {
            stats = CorpusGenerator.make(sources, cache, extractor, threads, articles, seed, target, n -> {});
        }
        PrintWriter o = spec.commandLine().getOut();
        o.printf(Locale.ROOT, "Made %d articles in %s in %.1f s (seed %d)%n", stats.articles(), target,
                (System.nanoTime() - t0) / 1e9, seed);
        o.printf(Locale.ROOT, "  names: %d mentions, %d distinct %s; the 10 most frequent of each kind take %.1f%%%n",
                stats.mentions(), stats.distinct(), stats.distinctByKind(), 100 * stats.topTenShare());
        StringBuilder curve = new StringBuilder("  distinct names after");
        for (long[] point : stats.curve()) {
            curve.append(String.format(Locale.ROOT, " %d articles: %d;", point[0], point[1]));
        }
        o.println(curve);
        o.flush();
        return Main.OK;
    }

    private static List<Path> defaultSources() {
        Path corpora = Home.dir().resolveSibling("shared").resolve("corpora");
        return List.of(corpora.resolve("polnear-train"), corpora.resolve("conll2003").resolve("train.txt"));
    }
}

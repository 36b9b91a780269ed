package org.w3id.newsgraph.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.w3id.newsgraph.bench.ViewBenchmark;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code bench view}: the graph view on a store of made-up articles, in headless Chromium: medians of the time to
 * first render and of the time to expand a node.
 */
@Command(name = "view", mixinStandardHelpOptions = true,
        description = "Time the graph view in headless Chromium on a temporary store of made-up articles:"
                + " first render and node expansion (medians of --runs).")
final class BenchViewCommand implements Callable<Integer> {
    @Option(names = "--articles", defaultValue = "1000", description = "Made-up articles in the store (default: ${DEFAULT-VALUE}).")
    int articles;

    @Option(names = "--runs", defaultValue = "5", description = "Page loads and expansions to time (default: ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--chromium", defaultValue = "/usr/bin/chromium", description = "The Chromium binary (default: ${DEFAULT-VALUE}).")
    Path chromium;

    @Option(names = "--store", paramLabel = "DIR", description = "Build the store in DIR and keep it; a later run with"
            + " the same --articles reuses it (large stores take long to build). Default: a temporary one.")
    Path store;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (articles < 1 || runs < 1) {
            throw new IllegalArgumentException("--articles and --runs must be at least 1");
        }
        if (!Files.isExecutable(chromium)) {
            throw new IllegalArgumentException("no Chromium at " + chromium
                    + " (apt-get install chromium, or give --chromium)");
        }
        PrintWriter out = spec.commandLine().getOut();
        ViewBenchmark.Result r = new ViewBenchmark(articles, runs, chromium, store).run(line -> {
            out.println(line);
            out.flush();
        });
        out.printf(Locale.ROOT, "%d articles, %,d MB on disk, %d runs (medians)%n", r.articles(),
                r.storeBytes() / 1_000_000, r.firstRender().size());
        out.printf(Locale.ROOT, "  first render (top 40):        %6.0f ms (API %.0f ms)%n",
                ViewBenchmark.Result.median(r.firstRender()), ViewBenchmark.Result.median(r.firstApi()));
        out.printf(Locale.ROOT, "  expand a node:                %6.0f ms (API %.0f ms, browser CPU %.0f ms)%n",
                ViewBenchmark.Result.median(r.expand()), ViewBenchmark.Result.median(r.expandApi()),
                ViewBenchmark.Result.median(r.expandCpu()));
        out.printf(Locale.ROOT, "  first render (deep link):     %6.0f ms%n", ViewBenchmark.Result.median(r.deepLink()));
        return 0;
    }
}

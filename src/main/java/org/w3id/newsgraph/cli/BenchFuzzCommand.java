package org.w3id.newsgraph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.w3id.newsgraph.bench.FuzzCheck;
import org.w3id.newsgraph.bench.FuzzInputs;
import org.w3id.newsgraph.bench.FuzzRun;
import org.w3id.newsgraph.extract.Extractor;
import org.w3id.newsgraph.model.SourceText;
import org.w3id.newsgraph.rdf.ArticleMapper;
import org.w3id.newsgraph.rdf.ShapeValidator;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code bench fuzz}: hostile inputs made from the given articles (default: the seeds, and the development set
 * when the sources are there) through extraction, mapping, the shapes and a Turtle and N-Quads round trip, for a
 * number of minutes or cases; prints each failure with the command that replays it, and a summary.
 */
@Command(name = "fuzz", mixinStandardHelpOptions = true,
        description = "Fuzz extraction: random and mangled articles must keep their budget, shapes and round trips.")
final class BenchFuzzCommand implements Callable<Integer> {
    @Mixin
    InputOptions input;

    @Option(names = "--minutes", defaultValue = "1", description = "Run this long (default: ${DEFAULT-VALUE}).")
    double minutes;

    @Option(names = "--cases", defaultValue = "" + Long.MAX_VALUE, paramLabel = "N",
            description = "Stop after this many cases (default: no limit).")
    long cases;

    @Option(names = "--seed", defaultValue = "1", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--from", defaultValue = "0", paramLabel = "N",
            description = "First case number, to replay one case (default: ${DEFAULT-VALUE}).")
    long from;

    @Option(names = "--max-chars", defaultValue = "60000",
            description = "Longest generated text (default: ${DEFAULT-VALUE}).")
    int maxChars;

    @Option(names = "--save", paramLabel = "DIR", description = "Write each failing input to this folder.")
    Path save;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<SourceText> corpus = corpus(err);
        Extractor extractor = Extractor.create();
        FuzzRun run = new FuzzRun(new FuzzInputs(corpus, seed, maxChars),
                new FuzzCheck(extractor, new ArticleMapper(), new ShapeValidator()));
        out.printf(Locale.ROOT, "Fuzzing with seed %d from case %d, %d source articles, for %.1f minutes...%n", seed,
                from, corpus.size(), minutes);
        out.flush();
        long[] done = {0};
        FuzzRun.Summary s = run.run(from, cases, Duration.ofMillis((long) (minutes * 60_000)), r -> {
            if (!r.ok()) {
                out.printf(Locale.ROOT, "FAILED %s (%d characters, %d ms): %s%n  replay: newsgraph bench fuzz "
                        + "--seed %d --from %s --cases 1 --max-chars %d%n", r.source(), r.chars(), r.took().toMillis(),
                        r.failure(), seed, caseNumber(r.source()), maxChars);
                saveInput(r.source(), err);
            }
            if (++done[0] % 500 == 0) {
                out.printf(Locale.ROOT, "  %d cases%n", done[0]);
            }
            out.flush();
        });
        out.printf(Locale.ROOT, "fuzz: %d cases (%.1f MB) in %.1f s, %d failures; slowest %s: %d ms of its %d s "
                + "budget%n", s.cases(), s.chars() / 1e6, s.took().toMillis() / 1000.0, s.failures().size(),
                s.slowest() == null ? "-" : s.slowest().source(),
                s.slowest() == null ? 0 : s.slowest().took().toMillis(),
                s.slowest() == null ? 0 : s.slowest().budget().toSeconds());
        out.flush();
        return s.failures().isEmpty() ? Main.OK : Main.FAILED;
    }

    /** The given articles, else the seeds and (in a source checkout) the development set. */
    private List<SourceText> corpus(PrintWriter err) throws IOException {
        if (input.paths.isEmpty()) {
            Path devset = Home.dir().resolve("src/test/resources/devset");
            input.paths = Files.isDirectory(devset)
                    ? List.of(Home.seeds(), devset.resolve("dev"), devset.resolve("heldout")) : List.of(Home.seeds());
        }
        List<SourceText> corpus = input.articles(err, true);
        if (corpus.isEmpty()) {
            throw new IllegalArgumentException("no articles to make fuzz cases from");
        }
        return corpus;
    }

    private void saveInput(String source, PrintWriter err) {
        if (save == null) {
            return;
        }
        try {
            Files.createDirectories(save);
            SourceText again = new FuzzInputs(corpus(err), seed, maxChars).generate(caseNumber(source));
            Files.writeString(save.resolve(source), again.text());
        } catch (IOException e) {
            err.println("newsgraph: cannot save " + source + ": " + e.getMessage());
        }
    }

    /** The case number in "fuzz-{seed}-{n}-{kind}.txt". */
    private static long caseNumber(String source) {
        String[] parts = source.split("-");
        return Long.parseLong(parts[parts.length - 2]);
    }
}

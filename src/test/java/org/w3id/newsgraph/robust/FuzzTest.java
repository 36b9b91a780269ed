package org.w3id.newsgraph.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.w3id.newsgraph.bench.FuzzCheck;
import org.w3id.newsgraph.bench.FuzzInputs;
import org.w3id.newsgraph.bench.FuzzRun;
import org.w3id.newsgraph.extract.Extractor;
import org.w3id.newsgraph.model.SourceText;
import org.w3id.newsgraph.rdf.ArticleMapper;
import org.w3id.newsgraph.rdf.ShapeValidator;

/**
 * A seeded fuzz run of a fixed number of cases (issue 9): random Unicode, punctuation soup, long runs, and the
 * seeds and development articles truncated, repeated, on one line, shouted or with soup injected. Each case goes
 * through the real extractor and mapper; no exception may escape, every article must finish within its budget,
 * conform to the shapes, and read back from Turtle and N-Quads as an isomorphic graph. The long run is
 * {@code ./newsgraph bench fuzz --minutes 10}.
 */
class FuzzTest {
    static final long SEED = 9;
    static final int CASES = 300;
    static final int MAX_CHARS = 4_000;

    @Test
    void threeHundredHostileArticlesKeepEveryProperty() {
        FuzzRun run = new FuzzRun(new FuzzInputs(corpus(), SEED, MAX_CHARS),
                new FuzzCheck(Extractor.create(), new ArticleMapper(), new ShapeValidator()));
        FuzzRun.Summary s = run.run(0, CASES, Duration.ofMinutes(10), r -> { });
        System.out.printf(Locale.ROOT, "fuzz: %d cases (%d characters) in %.1f s, %d failures, slowest %s (%d ms of %d s)%n",
                s.cases(), s.chars(), s.took().toMillis() / 1000.0, s.failures().size(), s.slowest().source(),
                s.slowest().took().toMillis(), s.slowest().budget().toSeconds());
        assertEquals(List.of(), s.failures().stream().map(f -> f.source() + ": " + f.failure()).toList());
        assertEquals(CASES, s.cases());
    }

    @Test
    void aCaseIsTheSameTextEveryTime() {
        FuzzInputs a = new FuzzInputs(corpus(), SEED, MAX_CHARS);
        FuzzInputs b = new FuzzInputs(corpus(), SEED, MAX_CHARS);
        for (long n = 0; n < 50; n++) {
            SourceText x = a.generate(n);
            assertEquals(x, b.generate(n));
            assertTrue(x.text().length() <= MAX_CHARS, x.source());
            assertTrue(x.text().codePoints().noneMatch(c -> Character.getType(c) == Character.SURROGATE),
                    x.source() + " holds half a surrogate pair");
        }
    }

    /** The seeds and the development set: real articles to cut up. */
    static List<SourceText> corpus() {
        try (Stream<Path> files = Stream.concat(Files.list(Path.of("seeds")),
                Stream.concat(Files.list(Path.of("src/test/resources/devset/dev")),
                        Files.list(Path.of("src/test/resources/devset/heldout"))))) {
            return files.filter(f -> f.toString().endsWith(".txt")).sorted().map(FuzzTest::read).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static SourceText read(Path f) {
        try {
            return new SourceText(f.getFileName().toString(), Files.readString(f));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package org.w3id.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.IsoMatcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.newsgraph.store.CompactionPolicy;
import org.w3id.newsgraph.store.StoreSize;

/**
 * {@code compact} shrinks a store that rebuilds have grown and keeps its data (the same union graph, the same
 * query rows); {@code build} compacts by itself past {@link CompactionPolicy}'s threshold.
 */
class CompactCommandTest {
    static final Pattern LINE = Pattern.compile("Compacted (.+): (\\d+\\.\\d) MiB -> (\\d+\\.\\d) MiB on disk");

    @TempDir
    Path dir;

    private Path store() {
        return dir.resolve("store");
    }

    private Path folder() throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("acme.txt"), ArticleIdentityTest.ACME);
        Files.writeString(in.resolve("borealis.txt"), ArticleIdentityTest.BOREALIS);
        Files.writeString(in.resolve("corvid.txt"), ArticleIdentityTest.CORVID);
        return in;
    }

    private DatasetGraph snapshot() {
        return ArticleIdentityTest.snapshot(store());
    }

    private List<String> generations() throws IOException {
        try (Stream<Path> s = Files.list(store())) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("Data-")).sorted().toList();
        }
    }

    private String rows(String query) {
        Cli r = Cli.run("query", query, "--store", store().toString(), "--format", "csv");
        assertEquals(0, r.exit(), r.err());
        return r.out();
    }

    /** As if the store had last been compacted at 1 TB: build never compacts it, so rebuilds pile up. */
    private void neverAutoCompact() throws IOException {
        Files.writeString(store().resolve(CompactionPolicy.MARKER), "sizeOnDiskAfterCompaction=1000000000000\n");
    }

    @Test
    void compactShrinksARebuiltStoreAndKeepsItsData() throws IOException {
        Path in = folder();
        for (int i = 0; i < 4; i++) {
            if (i > 0) {
                touchEveryFile(in); // new bytes: build skips unchanged files, so each round must replace them
            }
            Cli b = Cli.run("build", in.toString(), "--store", store().toString());
            assertEquals(0, b.exit(), b.err());
            assertFalse(b.out().contains("compacted:"), b.out());
            neverAutoCompact();
        }
        long before = StoreSize.onDisk(store());
        DatasetGraph data = snapshot();
        String roles = rows("roles");
        String quotes = rows("quotes");

        Cli r = Cli.run("compact", "--store", store().toString());
        assertEquals(0, r.exit(), r.err());
        assertEquals("", r.err());
        assertEquals(1, r.out().lines().count(), r.out());
        Matcher m = LINE.matcher(r.out().strip());
        assertTrue(m.matches(), r.out());
        assertEquals(store().toAbsolutePath().toString(), m.group(1));
        long after = StoreSize.onDisk(store());
        assertTrue(after < before / 2, "rebuilt four times, the store holds mostly dead blocks: " + before + " -> " + after);
        assertEquals(String.format(java.util.Locale.ROOT, "%.1f", after / 1048576.0), m.group(3));
        assertEquals(List.of("Data-0002"), generations());
        assertTrue(IsoMatcher.isomorphic(data, snapshot()), "the same union graph");
        assertEquals(roles, rows("roles"));
        assertEquals(quotes, rows("quotes"));
    }

    /** Adds a line break at the end of every file: the same article, other bytes, so a new version to store. */
    private static void touchEveryFile(Path in) throws IOException {
        try (var files = Files.list(in)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Files.writeString(f, "\n", java.nio.file.StandardOpenOption.APPEND);
            }
        }
    }

    @Test
    void buildCompactsPastTheThreshold() throws IOException {
        Path in = folder();
        assertEquals(0, Cli.run("build", in.toString(), "--store", store().toString()).exit());
        Path marker = store().resolve(CompactionPolicy.MARKER);
        assertTrue(Files.exists(marker), "a first build records the store's size");
        Files.writeString(marker, "sizeOnDiskAfterCompaction=1000\n"); // as if it had been tiny when last compacted
        DatasetGraph data = snapshot();

        Cli r = Cli.run("build", in.toString(), "--store", store().toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("\n  compacted: ") && r.out().contains(" MiB on disk (it had grown past 2.0 times"),
                r.out());
        assertEquals(List.of("Data-0002"), generations());
        assertTrue(IsoMatcher.isomorphic(data, snapshot()));
        assertEquals("sizeOnDiskAfterCompaction=" + StoreSize.onDisk(store()),
                Files.readAllLines(marker).stream().filter(l -> !l.startsWith("#")).findFirst().orElse(""));
    }

    @Test
    void aStoreBuiltBeforeSizesWereRecordedIsCompactedOnce() throws IOException {
        Path in = folder();
        assertEquals(0, Cli.run("build", in.toString(), "--store", store().toString()).exit());
        Files.delete(store().resolve(CompactionPolicy.MARKER));
        Cli r = Cli.run("build", in.toString(), "--store", store().toString());
        assertTrue(r.out().contains("(first compaction of this store)"), r.out());
        assertEquals(List.of("Data-0002"), generations());
        assertTrue(Files.readString(store().resolve(CompactionPolicy.MARKER))
                .contains("sizeOnDiskAfterCompaction=" + StoreSize.onDisk(store())));
    }

    @Test
    void aMissingStoreIsOneLineAndNotCreated() {
        Cli r = Cli.run("compact", "--store", store().toString());
        assertEquals(1, r.exit());
        assertEquals(List.of("newsgraph: no store at " + store().toAbsolutePath()), r.errLines());
        assertFalse(Files.exists(store()));
    }
}

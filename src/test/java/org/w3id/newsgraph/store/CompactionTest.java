package org.w3id.newsgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalLong;
import java.util.stream.Stream;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Compaction of an open store: the same data afterwards, a smaller store, one generation left, and the same
 * {@link NewsStore} object still reads, writes and closes; a compaction killed midway leaves the data intact.
 */
class CompactionTest {
    @TempDir
    Path tmp;

    static DatasetGraph copy(NewsStore s) {
        DatasetGraph out = DatasetGraphFactory.createGeneral();
        Txn.executeRead(s.dataset(), () -> s.dataset().find().forEachRemaining(out::add));
        return out;
    }

    static List<String> generations(Path dir) throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("Data-")).sorted().toList();
        }
    }

    /** Rewrites the same two articles many times: each write leaves old index blocks behind. */
    static void churn(NewsStore s, int times) {
        for (int i = 0; i < times; i++) {
            s.replaceArticle(NewsStoreTest.ART_A, NewsStoreTest.articleGraph("a", "acme", "Acme " + (i % 2)));
            s.replaceArticle(NewsStoreTest.ART_B, NewsStoreTest.articleGraph("b", "borealis", "Borealis"));
        }
    }

    @Test
    void compactionKeepsTheDataShrinksTheStoreAndTheStoreStaysUsable() throws Exception {
        Path dir = tmp.resolve("db");
        try (NewsStore s = NewsStore.open(dir)) {
            churn(s, 15);
            DatasetGraph before = copy(s);
            Compaction.Result r = Compaction.run(s);
            assertTrue(r.after() < r.before(), r.toString());
            assertEquals(r.after(), StoreSize.onDisk(dir));
            assertTrue(IsoMatcher.isomorphic(before, copy(s)), "same data after compaction");
            assertEquals(List.of("Data-0002"), generations(dir));
            assertEquals(OptionalLong.of(r.after()), CompactionPolicy.read(dir));

            s.replaceArticle(NewsStoreTest.ART_A, NewsStoreTest.articleGraph("a", "acme", "Acme Renamed"));
            assertTrue(NewsStoreTest.labels(s.dataset()).contains("Acme Renamed"), "writes after compaction");
            Compaction.run(s);
            assertEquals(List.of("Data-0003"), generations(dir), "compacting twice in one process");
        }
        try (NewsStore s = NewsStore.open(dir)) {
            assertEquals(2, s.articles().size());
            assertTrue(NewsStoreTest.labels(s.dataset()).contains("Acme Renamed"));
        }
    }

    /** An older generation left by another tool goes too; TDB2 only reads the newest. */
    @Test
    void olderGenerationsAreDeleted() throws Exception {
        Path dir = tmp.resolve("db");
        try (NewsStore s = NewsStore.open(dir)) {
            churn(s, 2);
        }
        Path stale = Files.createDirectories(dir.resolve("Data-0000"));
        Files.writeString(stale.resolve("junk.dat"), "left by tdb2.tdbcompact without --deleteOld");
        try (NewsStore s = NewsStore.open(dir)) {
            Compaction.run(s);
            assertEquals(List.of("Data-0002"), generations(dir));
            assertEquals(2, s.articles().size());
        }
    }

    /**
     * What a kill during compaction leaves: the copy half-written in {@code Data-NNNN-tmp}, not yet renamed. The
     * store opens on the old generation, with all its data, and TDB2 removes the leftover.
     */
    @Test
    void aCompactionKilledBeforeItsRenameLosesNothing() throws Exception {
        Path dir = tmp.resolve("db");
        DatasetGraph before;
        try (NewsStore s = NewsStore.open(dir)) {
            churn(s, 1);
            before = copy(s);
        }
        Path partial = Files.createDirectories(dir.resolve("Data-0002-tmp"));
        Files.write(partial.resolve("SPO.dat"), new byte[4096]);
        try (NewsStore s = NewsStore.open(dir)) {
            assertTrue(IsoMatcher.isomorphic(before, copy(s)));
            assertFalse(Files.exists(partial), "the partial copy is removed on open");
            Compaction.run(s);
            assertEquals(List.of("Data-0002"), generations(dir));
            assertTrue(IsoMatcher.isomorphic(before, copy(s)));
        }
    }
}

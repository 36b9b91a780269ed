package org.w3id.newsgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** When build compacts: over twice the size after the last compaction, or once for an older store. */
class CompactionPolicyTest {
    @TempDir
    Path tmp;

    @Test
    void aNewStoreRecordsItsSizeAndIsNotCompacted() {
        try (NewsStore s = NewsStore.open(tmp.resolve("db"))) {
            CompactionPolicy p = CompactionPolicy.of(s);
            assertEquals(OptionalLong.empty(), p.baseline());
            assertFalse(p.due(1_000_000));
            p.settle(1_000_000);
            assertEquals(OptionalLong.of(1_000_000), CompactionPolicy.read(s.directory()));
        }
    }

    @Test
    void dueOverTwiceTheSizeAfterTheLastCompaction() {
        try (NewsStore s = NewsStore.open(tmp.resolve("db"))) {
            CompactionPolicy.record(s.directory(), 100);
            CompactionPolicy p = CompactionPolicy.of(s);
            assertFalse(p.due(200));
            assertTrue(p.due(201));
            p.settle(150);
            assertEquals(OptionalLong.of(100), CompactionPolicy.read(s.directory()), "growth is not recorded");
            p.settle(80);
            assertEquals(OptionalLong.of(80), CompactionPolicy.read(s.directory()), "a shrunk store is");
        }
    }

    @Test
    void anOlderStoreWithArticlesButNoRecordIsCompactedOnce() {
        try (NewsStore s = NewsStore.open(tmp.resolve("db"))) {
            s.replaceArticle(NewsStoreTest.ART_A, NewsStoreTest.articleGraph("a", "acme", "Acme"));
            assertTrue(CompactionPolicy.of(s).due(1));
        }
    }

    @Test
    void aDamagedRecordCountsAsNone() throws Exception {
        try (NewsStore s = NewsStore.open(tmp.resolve("db"))) {
            Files.writeString(s.directory().resolve(CompactionPolicy.MARKER), "sizeOnDiskAfterCompaction=lots\n");
            assertEquals(OptionalLong.empty(), CompactionPolicy.of(s).baseline());
        }
    }
}

package org.w3id.newsgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.w3id.newsgraph.store.NewsStoreTest.ART_A;
import static org.w3id.newsgraph.store.NewsStoreTest.ART_B;
import static org.w3id.newsgraph.store.NewsStoreTest.articleGraph;
import static org.w3id.newsgraph.store.NewsStoreTest.count;
import static org.w3id.newsgraph.store.NewsStoreTest.labels;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.TxnType;
import org.apache.jena.sparql.JenaTransactionException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Transactions begun on {@link NewsStore#dataset()} by other code (as Fuseki's SPARQL Update and Graph Store do)
 * take the store's guarded path: a write that does not commit reopens the database, and nothing stays locked.
 */
class GuardedDatasetTest {
    static final Node P = NodeFactory.createURI("urn:ex:p");

    @TempDir
    Path tmp;

    static void addJunk(DatasetGraph d) {
        for (int i = 0; i < 1000; i++) {
            d.add(ART_B, NodeFactory.createURI("urn:junk:" + i), P, NodeFactory.createLiteralString("junk " + i));
        }
    }

    @Test
    void anAbortBeginAndEndedOutsideTheStoreReopensTheDatabase() {
        try (NewsStore store = NewsStore.open(tmp.resolve("db"))) {
            store.replaceArticle(ART_A, articleGraph("a", "bt", "BT"));
            DatasetGraph d = store.dataset();
            DatasetGraph before = store.database();
            d.begin(TxnType.WRITE);
            addJunk(d);
            d.abort();
            d.end();
            assertFalse(d.isInTransaction());
            assertEquals(1, store.reopens());
            assertNotSame(before, store.database());
            assertSame(d, store.dataset(), "users keep the same dataset object");
            assertEquals(List.of(ART_A), store.articles());
            // the next writer is not blocked, and reads and writes work
            store.replaceArticle(ART_B, articleGraph("b", "ncsc", "NCSC"));
            assertEquals(List.of("BT", "NCSC"), labels(d));
        }
        try (NewsStore store = NewsStore.open(tmp.resolve("db"))) {
            assertEquals(List.of("BT", "NCSC"), labels(store.dataset()));
            assertEquals(10, store.size());
        }
    }

    @Test
    void endWithoutCommitIsAnAbortToo() {
        try (NewsStore store = NewsStore.open(tmp.resolve("db"))) {
            DatasetGraph d = store.dataset();
            d.begin(TxnType.WRITE);
            addJunk(d);
            assertThrows(JenaTransactionException.class, d::end, "TDB2 refuses a write end()ed without commit");
            assertFalse(d.isInTransaction());
            assertEquals(1, store.reopens());
            assertEquals(0, store.size());
            store.replaceArticle(ART_A, articleGraph("a", "bt", "BT"));
            assertEquals(5, store.size());
        }
    }

    @Test
    void committedAndReadTransactionsDoNotReopen() {
        try (NewsStore store = NewsStore.open(tmp.resolve("db"))) {
            DatasetGraph d = store.dataset();
            Txn.executeWrite(d, () -> addJunk(d));
            d.begin(TxnType.READ);
            assertEquals(1000, count(d, "SELECT (COUNT(*) AS ?n) { ?s <urn:ex:p> ?o }"));
            d.abort();
            d.end();
            assertEquals(0, store.reopens());
            assertEquals(1000, store.size());
            assertThrows(JenaTransactionException.class, () -> {
                d.begin(TxnType.READ);
                try {
                    d.begin(TxnType.READ);
                } finally {
                    d.end();
                }
            });
            assertFalse(d.isInTransaction());
        }
    }

    @Test
    void aReopenWaitsForOpenReadersWhoKeepTheirDatabase() throws Exception {
        try (NewsStore store = NewsStore.open(tmp.resolve("db"))) {
            store.replaceArticle(ART_A, articleGraph("a", "bt", "BT"));
            DatasetGraph d = store.dataset();
            CountDownLatch reading = new CountDownLatch(1);
            CountDownLatch release = new CountDownLatch(1);
            CompletableFuture<List<String>> reader = CompletableFuture.supplyAsync(() -> Txn.calculateRead(d, () -> {
                reading.countDown();
                await(release);
                return labels(d);
            }));
            assertTrue(reading.await(10, TimeUnit.SECONDS));
            CompletableFuture<Void> failedWrite = CompletableFuture.runAsync(() -> {
                d.begin(TxnType.WRITE);
                addJunk(d);
                d.abort();
                d.end();
            });
            Thread.sleep(300);
            assertFalse(failedWrite.isDone(), "the reopen waits for the reader");
            release.countDown();
            assertEquals(List.of("BT"), reader.get(10, TimeUnit.SECONDS));
            failedWrite.get(10, TimeUnit.SECONDS);
            assertEquals(1, store.reopens());
            assertEquals(List.of("BT"), labels(d));
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            assertTrue(latch.await(10, TimeUnit.SECONDS));
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}

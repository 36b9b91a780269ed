package org.w3id.newsgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.IsoMatcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real kill (SIGKILL) of a process that is compacting the store, at several moments: copying, renaming the copy
 * into place, deleting the old generation. Every time the store opens with exactly the data it had, as TDB2's
 * compaction promises (a copy goes live only by an atomic rename once complete).
 */
class CompactionKillTest {
    @TempDir
    Path tmp;

    @Test
    void killingACompactionLosesNothing() throws Exception {
        Path dir = tmp.resolve("db");
        DatasetGraph expected;
        try (NewsStore s = NewsStore.open(dir)) {
            CompactionTest.churn(s, 20);
            expected = CompactionTest.copy(s);
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        long[] delaysMs = {300, 2000, 5000};
        for (long delay : delaysMs) {
            Path log = tmp.resolve("child-" + delay + ".log");
            Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                    CompactionLoop.class.getName(), dir.toString()).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).start();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (!Files.readString(log).contains("READY\n") && child.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertTrue(Files.readString(log).contains("READY\n"), "the child opened the store: " + Files.readString(log));
            Thread.sleep(delay);
            child.destroyForcibly(); // SIGKILL: no shutdown hook, no finally
            assertTrue(child.waitFor(30, TimeUnit.SECONDS));
            long done = Files.readAllLines(log).stream().filter(l -> l.startsWith("compacted ")).count();
            try (var list = Files.list(dir)) { // what the kill left, for the record
                System.out.println("killed " + delay + " ms after READY, " + done + " compactions complete, left: "
                        + list.map(p -> p.getFileName().toString()).sorted().toList());
            }
            try (NewsStore s = NewsStore.open(dir)) {
                assertTrue(IsoMatcher.isomorphic(expected, CompactionTest.copy(s)),
                        "data intact after a kill " + delay + " ms into compacting");
                assertEquals(2, s.articles().size());
            }
        }
    }
}

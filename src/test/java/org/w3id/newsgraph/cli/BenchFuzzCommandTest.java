package org.w3id.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bench fuzz}: a short seeded run over the seeds and development set. */
class BenchFuzzCommandTest {
    @Test
    void aShortRunReportsItsCasesAndNoFailure() {
        Cli r = Cli.run("bench", "fuzz", "--cases", "6", "--seed", "3", "--max-chars", "2000");
        assertEquals(0, r.exit(), r.out() + r.err());
        assertTrue(r.out().startsWith("Fuzzing with seed 3 from case 0, 24 source articles"), r.out());
        assertTrue(r.out().lines().anyMatch(l -> l.matches("fuzz: 6 cases \\([0-9.]+ MB\\) in [0-9.]+ s, 0 failures; "
                + "slowest fuzz-3-\\d-\\w+\\.txt: \\d+ ms of its \\d+ s budget")), r.out());
    }

    @Test
    void oneCaseReplaysFromItsNumberAndTheArticlesGiven(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("a.txt"), "The harbour board of Marbury met on Monday, its chair Rosa Hallam said.");
        Cli r = Cli.run("bench", "fuzz", dir.toString(), "--cases", "1", "--from", "41", "--seed", "7");
        assertEquals(0, r.exit(), r.out() + r.err());
        assertTrue(r.out().contains("from case 41, 1 source articles"), r.out());
        assertTrue(r.out().contains("fuzz: 1 cases"), r.out());
        assertTrue(r.out().contains("slowest fuzz-7-41-"), r.out());
    }
}

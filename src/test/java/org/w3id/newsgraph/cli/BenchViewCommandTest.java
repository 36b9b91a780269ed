package org.w3id.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.w3id.newsgraph.view.Browser;

/** {@code bench view}: a short real run in headless Chromium, and one-line refusals of bad options. */
class BenchViewCommandTest {
    @Test
    void aShortRunPrintsEachRunAndTheMedians() {
        Browser.require();
        Cli r = Cli.run("bench", "view", "--articles", "60", "--runs", "1");
        assertEquals(0, r.exit(), r.out() + r.err());
        assertTrue(r.out().startsWith("building a store of 60 made-up articles in "), r.out());
        assertTrue(r.out().lines().anyMatch(l -> l.matches("run 1: first render \\d+ ms \\(API \\d+ ms\\), expand "
                + "[a-z0-9-]+ \\d+ ms \\(API \\d+ ms, browser CPU \\d+ ms\\), deep link \\d+ ms")), r.out());
        assertTrue(r.out().lines().anyMatch(l -> l.matches("60 articles, [\\d,]+ MB on disk, 1 runs \\(medians\\)")), r.out());
        assertTrue(r.out().lines().anyMatch(l -> l.matches(" {2}expand a node: +\\d+ ms \\(API \\d+ ms, browser CPU \\d+ ms\\)")), r.out());
    }

    @Test
    void aMissingBrowserOrNoRunsIsOneLine() {
        Cli missing = Cli.run("bench", "view", "--chromium", "/no/such/chromium");
        assertEquals("no Chromium at /no/such/chromium (apt-get install chromium, or give --chromium)",
                missing.err().strip().replaceFirst("^newsgraph: ", ""));
        Cli none = Cli.run("bench", "view", "--runs", "0");
        assertEquals("--articles and --runs must be at least 1", none.err().strip().replaceFirst("^newsgraph: ", ""));
        assertEquals(missing.exit(), none.exit());
        assertTrue(missing.exit() != 0);
    }
}

package org.w3id.newsgraph.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.newsgraph.eval.Category;
import org.w3id.newsgraph.eval.EvalReport;
import org.w3id.newsgraph.eval.FolderEvaluation;
import org.w3id.newsgraph.extract.Extractor;

/**
 * The quality bars of the extraction issue, as a guard against rule changes that lose ground: the development set
 * as a whole (dev/ and heldout/ together, unseen articles of many outlets) and the seeds, scored by the evaluate
 * command's scorer. The figures themselves are in docs/QUALITY.md.
 */
class DevsetQualityTest {
    static final Path DEVSET = Path.of("src/test/resources/devset");
    static EvalReport devset;
    static EvalReport seeds;

    @BeforeAll
    static void evaluate() throws Exception {
        Extractor x = Extractor.create();
        devset = score(x, List.of(DEVSET.resolve("dev"), DEVSET.resolve("heldout")), null);
        seeds = score(x, List.of(Path.of("seeds")), Path.of("src/test/resources/seeds-gold"));
    }

    static EvalReport score(Extractor x, List<Path> dirs, Path goldDir) throws Exception {
        return FolderEvaluation.score(x, dirs, dir -> goldDir == null ? dir : goldDir, skipped -> {
            throw new AssertionError(skipped);
        });
    }

    static void atLeast(EvalReport r, Category c, double bar) {
        assertTrue(r.total(c).f1() >= bar, c.label() + " F1 " + r.total(c).f1() + " < " + bar + "\n" + r.format());
    }

    @Test
    void theDevelopmentSetHasAtLeastTwentyArticlesWithGold() throws IOException {
        int n = 0;
        for (String d : List.of("dev", "heldout")) {
            try (var files = Files.list(DEVSET.resolve(d))) {
                n += (int) files.filter(f -> f.toString().endsWith(".gold.json")).count();
            }
        }
        assertTrue(n >= 20, n + " gold files");
        assertTrue(devset.total(Category.ENTITIES_TYPED).tp() > 300, devset.format());
    }

    @Test
    void developmentSetMeetsTheBars() {
        atLeast(devset, Category.ENTITIES_TYPED, 0.88);
        atLeast(devset, Category.ROLES, 0.80);
        atLeast(devset, Category.QUOTES, 0.85);
        atLeast(devset, Category.RELATIONS, 0.55);
    }

    @Test
    void seedsMeetTheBars() {
        atLeast(seeds, Category.ENTITIES_TYPED, 0.95);
        atLeast(seeds, Category.ROLES, 0.90);
        atLeast(seeds, Category.QUOTES, 0.90);
        atLeast(seeds, Category.RELATIONS, 0.70);
    }
}

package org.w3id.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code evaluate --conll} on a small made-up file in CoNLL-2003's format: every article is scored (none left out
 * by a time budget), the name model's and the extractor's mention tables and the entity totals are printed.
 */
class EvaluateConllTest {
    @TempDir
    Path dir;

    @Test
    void aSmallConllFileIsScoredAtBothLevels() throws Exception {
        String conll = """
                -DOCSTART- -X- -X- O

                Maria NNP B-NP B-PER
                Lindqvist NNP I-NP I-PER
                visited VBD B-VP O
                Stockholm NNP B-NP B-LOC
                on IN B-PP O
                Monday NNP B-NP O
                . . O O

                -DOCSTART- -X- -X- O

                Orvane NNP B-NP B-ORG
                Holdings NNP I-NP I-ORG
                said VBD B-VP O
                profits NNS B-NP O
                rose VBD B-VP O
                in IN B-PP O
                Norway NNP B-NP B-LOC
                . . O O
                """;
        Path file = Files.writeString(dir.resolve("tiny.conll"), conll);
        Cli r = Cli.run("evaluate", "--conll", file.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("Name model alone, mention level (2 articles of tiny.conll):"), r.out());
        assertTrue(r.out().contains("Extractor, mention level (exact character span and type):"), r.out());
        assertTrue(r.out().contains("newsgraph evaluation: 2 document(s)"), r.out());
        // both mention tables total the 4 gold mentions, each found or missed
        String extractor = r.out().substring(r.out().indexOf("Extractor, mention level"));
        String all = extractor.lines().filter(l -> l.startsWith("all ")).findFirst().orElseThrow();
        assertEquals(4, sum(all), all);
        assertTrue(r.out().lines().anyMatch(l -> l.matches(" +entities +[0-9.]+ +[0-9.]+ +[0-9.]+ +\\d+ +\\d+ +\\d+")
                && sum(l) == 4), r.out());
    }

    /** TP + FN of a table row (mentions, or the entity totals): the number of gold items. */
    private static int sum(String row) {
        String[] f = row.trim().split(" +");
        return Integer.parseInt(f[4]) + Integer.parseInt(f[6]);
    }
}

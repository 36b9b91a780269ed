package org.w3id.newsgraph.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.newsgraph.eval.Category;
import org.w3id.newsgraph.eval.EvalReport;
import org.w3id.newsgraph.eval.Evaluator;
import org.w3id.newsgraph.eval.GoldReader;
import org.w3id.newsgraph.extract.Extractor;
import org.w3id.newsgraph.model.ArticleFacts;
import org.w3id.newsgraph.model.SourceText;

/** The whole extractor on the seeds, scored against their gold files by the evaluate command's scorer. */
class SeedEvaluationTest {
    static EvalReport report;

    @BeforeAll
    static void evaluate() throws IOException {
        Extractor x = Extractor.create();
        List<ArticleFacts> facts = new ArrayList<>();
        for (String name : List.of("000_dda217fced0dccb5.txt", "004_25da5277dcdc13c7.txt")) {
            facts.add(x.extract(new SourceText(name, Files.readString(Path.of("seeds", name)))));
        }
        report = new Evaluator().evaluate(GoldReader.readAll(Path.of("src/test/resources/seeds-gold")), facts);
    }

    @Test
    void typedEntityF1IsAtLeastNinety() {
        assertTrue(report.total(Category.ENTITIES_TYPED).f1() >= 0.90, report.format());
    }

    @Test
    void everyRequiredRoleIsFound() {
        // Marc Allera/BT, Angela Merkel/Germany, Christopher Wray/FBI, Sun Yafang/Huawei, Theresa May/United Kingdom
        assertEquals(5, report.total(Category.ROLES).tp(), report.format());
        assertEquals(0, report.total(Category.ROLES).fn(), report.format());
    }

    @Test
    void everyRequiredQuoteHasItsSpeaker() {
        assertEquals(14, report.total(Category.QUOTES).tp(), report.format());
        assertEquals(0, report.total(Category.QUOTES).fn(), report.format());
    }

    @Test
    void noBoilerplateOnlyEntityIsReportedAndBodiesStartRight() {
        assertEquals(List.of(), report.boilerplateLeaks());
        assertEquals(0, report.bodyStartFailures());
    }
}

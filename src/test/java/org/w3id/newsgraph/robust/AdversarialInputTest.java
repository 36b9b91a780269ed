package org.w3id.newsgraph.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.w3id.newsgraph.bench.FuzzCheck;
import org.w3id.newsgraph.extract.Extractor;
import org.w3id.newsgraph.model.ArticleFacts;
import org.w3id.newsgraph.model.SourceText;
import org.w3id.newsgraph.rdf.ArticleMapper;
import org.w3id.newsgraph.rdf.ShapeValidator;

/**
 * Every extraction step (they all use regular expressions) on the inputs of issue 9 and long runs of quotes,
 * dashes, dots, spaces, capitalised words and digits: alone, as a paragraph between two real sentences and inside
 * their line. Extraction runs on a thread with half the usual stack, must finish within its budget and keep the
 * shapes and round trips, and the output must be right: nothing from a run alone, and the facts of the real
 * sentences around a run, just as without it.
 */
class AdversarialInputTest {
    private static final Extractor EXTRACTOR = Extractor.create();
    private static final FuzzCheck CHECK = new FuzzCheck(EXTRACTOR, new ArticleMapper(), new ShapeValidator());
    private static final String LEAD = "Rosa Hallam, the chief executive of Vodafone, met officials in London on "
            + "Monday, the company said.";
    private static final String CLOSE = "Officials will meet again next month to review the plan, a spokesman said.";
    private static final int RUN = 10_000;
    private static final List<String> UNITS = List.of("x", "[{", "\"", "“", "'", "-", "—", ".", " ", "Word ", "9",
            "1,", "A, ", "Mr ", "U.S. ", "“Yes,” he said. ");

    @Test
    void theInputsOfTheIssueGiveNoArticle() throws Exception {
        for (SourceText s : List.of(new SourceText("x800.txt", "x".repeat(800) + "\n"),
                new SourceText("x100k.txt", "x".repeat(100_000)),
                new SourceText("brackets-50k.txt", "[{".repeat(50_000)))) {
            ArticleFacts f = extractOnSmallStack(s);
            assertEquals(List.of(), f.sentences(), s.source());
            assertEquals(List.of(), f.entities(), s.source());
            assertNull(CHECK.check(s).failure(), s.source());
        }
    }

    @Test
    void aRunAloneGivesNothingAndARunBesideRealSentencesLeavesTheirFactsAsTheyAre() throws Exception {
        Map<String, String> expected = facts(extractOnSmallStack(new SourceText("plain.txt", LEAD + "\n" + CLOSE)));
        assertEquals("{London=CITY, Rosa Hallam=PERSON, Vodafone=COMPANY, rosa-hallam=chief executive of vodafone}",
                expected.toString());
        List<String> wrong = new ArrayList<>();
        for (String unit : UNITS) {
            String run = unit.repeat(RUN / unit.length());
            ArticleFacts alone = extractOnSmallStack(new SourceText("alone.txt", run));
            if (!alone.entities().isEmpty() || !alone.roles().isEmpty() || !alone.relations().isEmpty()) {
                wrong.add("'" + unit + "' alone gave " + facts(alone));
            }
            for (String text : List.of(LEAD + "\n" + run + "\n" + CLOSE, LEAD + " " + run + " " + CLOSE)) {
                SourceText s = new SourceText("run.txt", text);
                Map<String, String> got = facts(extractOnSmallStack(s));
                if (!got.entrySet().containsAll(expected.entrySet())) {
                    wrong.add("'" + unit + "' beside the sentences gave " + got);
                }
                String failure = CHECK.check(s).failure();
                if (failure != null) {
                    wrong.add("'" + unit + "': " + failure);
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    /** Entity names and types, and people's roles. */
    private static Map<String, String> facts(ArticleFacts f) {
        Map<String, String> out = new TreeMap<>();
        f.entities().forEach(e -> out.put(e.name(), e.type().toString()));
        f.roles().forEach(r -> out.put(r.personKey(), r.title() + " of " + r.organizationKey()));
        return out;
    }

    /** Extraction on a thread with a 512 KB stack (the ingest threads have the default, 1 MB on x64). */
    private static ArticleFacts extractOnSmallStack(SourceText s) throws InterruptedException {
        ArticleFacts[] out = new ArticleFacts[1];
        Throwable[] thrown = new Throwable[1];
        Thread t = new Thread(null, () -> {
            try {
                out[0] = EXTRACTOR.extract(s);
            } catch (Throwable e) {
                thrown[0] = e;
            }
        }, "small-stack", 512 * 1024);
        t.start();
        t.join();
        assertNull(thrown[0], () -> s.source() + ": " + thrown[0]);
        assertTrue(out[0] != null);
        return out[0];
    }
}

package org.w3id.newsgraph.extract.relations.learned;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.w3id.newsgraph.pipeline.Document;

class PairModelTest {
    /** Made-up training articles: "X of ORG" and "ORG in PLACE" are relations, "X met ORG", "ORG beat PLACE" not. */
    private static List<LabeledArticle> training() {
        String[] texts = {
                "Jane Roe of Acme Widgets spoke. John Doe met Bolt Institute staff.",
                "John Doe of Bolt Institute agreed. Ann Poe met Kestrel Labs staff.",
                "Ann Poe of Nordwind Trust wrote. Tom Lee met Acme Widgets staff.",
                "Tom Lee of Kestrel Labs left. Jane Roe met Nordwind Trust staff.",
                "Acme Widgets in Port Elm grew. Bolt Institute beat Eastmoor easily.",
                "Kestrel Labs in Lake Fen grew. Nordwind Trust beat Westvale easily.",
        };
        List<LabeledArticle> out = new ArrayList<>();
        for (int i = 0; i < texts.length; i++) {
            Document d = LearnedDocs.doc(texts[i]);
            List<Candidate> cs = LearnedDocs.candidates(d);
            List<PairLabel> labels = new ArrayList<>();
            for (Candidate c : cs) {
                String gap = d.text().substring(c.first().end(), c.second().begin());
                labels.add(gap.equals(" of ") ? PairLabel.WORK_FOR : gap.equals(" in ") ? PairLabel.BASED_IN
                        : PairLabel.NONE);
            }
            out.add(new LabeledArticle("a" + i, d.text(), cs, labels));
        }
        return out;
    }

    private static byte[] bytes(PairModel m) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        m.write(out);
        return out.toByteArray();
    }

    @Test
    void trainingIsDeterministicAndTheModelReadsBack() throws IOException {
        PairTrainer trainer = new PairTrainer("MAXENT", 50, 1);
        PairModel a = trainer.train(training(), 0.5, 0.5, "made-up");
        PairModel b = trainer.train(training(), 0.5, 0.5, "made-up");
        assertArrayEquals(bytes(a), bytes(b));
        PairModel back = PairModel.read(new ByteArrayInputStream(bytes(a)));
        assertEquals("made-up", back.info());
        assertEquals(0.5, back.workThreshold());
        Document d = LearnedDocs.doc("Tom Lee of Nordwind Trust spoke.");
        Candidate c = LearnedDocs.candidates(d).get(0);
        assertEquals(a.best(d.text(), c).confidence(), back.best(d.text(), c).confidence(), 1e-12);
    }

    @Test
    void decidesUnseenPairsByTheirContext() throws IOException {
        PairModel m = new PairTrainer("MAXENT", 50, 1).train(training(), 0.5, 0.5, "made-up");
        Document works = LearnedDocs.doc("Ann Poe of Bolt Institute spoke.");
        Optional<PairDecision> yes = m.decide(works.text(), LearnedDocs.candidates(works).get(0));
        assertTrue(yes.isPresent());
        assertEquals(PairLabel.WORK_FOR, yes.get().label());
        assertEquals("ann-poe", yes.get().subject().key());
        assertEquals("bolt", yes.get().object().key());
        assertTrue(yes.get().confidence() >= 0.5 && yes.get().confidence() <= 1);
        Document met = LearnedDocs.doc("Ann Poe met Bolt Institute staff.");
        assertTrue(m.decide(met.text(), LearnedDocs.candidates(met).get(0)).isEmpty());
        Document based = LearnedDocs.doc("Nordwind Trust in Eastmoor grew.");
        PairDecision in = m.decide(based.text(), LearnedDocs.candidates(based).get(0)).orElseThrow();
        assertEquals(PairLabel.BASED_IN, in.label());
        assertEquals("nordwind", in.subject().key());
    }

    @Test
    void crossValidationJudgesEveryCandidateOnceAndChoosesAThreshold() throws IOException {
        List<LabeledArticle> data = training();
        List<PairTrainer.Scored> scored = new PairTrainer("MAXENT", 50, 1).crossValidate(data, 3, f -> { });
        assertEquals(data.stream().mapToInt(a -> a.candidates().size()).sum(), scored.size());
        Thresholds.Point p = Thresholds.choose(scored, k -> k == PairKind.PERSON_ORGANIZATION, 0);
        assertEquals(4, p.tp() + p.fn()); // the four "X of ORG" pairs
        assertTrue(p.threshold() > 0 && p.threshold() < 1);
    }

    @Test
    void theShippedModelLoadsWithThresholdsChosenOnTheDevelopmentPart() {
        PairModel m = PairModel.shipped().orElseThrow();
        assertTrue(m.workThreshold() > 0 && m.workThreshold() < 1);
        assertTrue(m.placeThreshold() > 0 && m.placeThreshold() < 1);
        assertTrue(m.info().contains("dev"), m.info());
    }
}

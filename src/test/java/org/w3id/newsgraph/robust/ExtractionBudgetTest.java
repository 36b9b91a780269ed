package org.w3id.newsgraph.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.w3id.newsgraph.extract.Extractor;
import org.w3id.newsgraph.extract.text.TokenStep;
import org.w3id.newsgraph.model.ArticleFacts;
import org.w3id.newsgraph.model.Sentence;
import org.w3id.newsgraph.model.SourceText;
import org.w3id.newsgraph.model.Span;
import org.w3id.newsgraph.model.Token;
import org.w3id.newsgraph.nlp.NlpModels;
import org.w3id.newsgraph.pipeline.Annotations;
import org.w3id.newsgraph.pipeline.Deadline;
import org.w3id.newsgraph.pipeline.Document;
import org.w3id.newsgraph.pipeline.ExtractionTimeoutException;
import org.w3id.newsgraph.pipeline.TimeBudget;

/**
 * The per-article time budget (issue 9: a 32 KB file of "[{" took 45 s and a 60 KB one 205 s in the
 * part-of-speech tagger, and nothing bounded the time one article could take).
 */
class ExtractionBudgetTest {
    private static final Extractor EXTRACTOR = Extractor.create();
    private static final String STORY = "The harbour authority of Marbury approved a new ferry terminal on Monday, "
            + "its chair Rosa Hallam said.";

    @Test
    void anArticleOverItsBudgetStopsWithOneLine() throws Exception {
        Extractor hasty = Extractor.create(new TimeBudget(Duration.ofNanos(1), Duration.ZERO));
        SourceText seed = new SourceText("seed.txt", Files.readString(Path.of("seeds", "004_25da5277dcdc13c7.txt")));
        ExtractionTimeoutException e = assertThrows(ExtractionTimeoutException.class, () -> hasty.extract(seed));
        assertTrue(e.getMessage().matches("seed\\.txt: extraction took longer than its budget of [0-9.]+ s, skipped"),
                e.getMessage());
        assertEquals(TimeBudget.DEFAULT, EXTRACTOR.budget());
    }

    @Test
    void tokenisingChecksTheDeadlinePerSentenceAndTaggingPerChunk() {
        TokenStep step = new TokenStep(NlpModels.load());
        String sentence = STORY + " ";
        String text = sentence.repeat(10);
        List<Sentence> sentences = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            sentences.add(new Sentence(i, new Span(i * sentence.length(), (i + 1) * sentence.length() - 1)));
        }
        // A clock that moves one second on every reading: a 5 s budget passes at the sixth check.
        Document d = document(text, 5).with(Annotations.SENTENCES, sentences);
        assertThrows(ExtractionTimeoutException.class, () -> step.apply(d));
        assertEquals(10 * 19, step.apply(document(text, 11).with(Annotations.SENTENCES, sentences))
                .get(Annotations.TOKENS).size(), "eleven checks are enough for ten sentences");

        // One run-on sentence of 1,000 tokens is tagged in five chunks, with a check before each.
        String runOn = "word ".repeat(1_000).strip();
        List<Sentence> one = List.of(new Sentence(0, new Span(0, runOn.length())));
        assertThrows(ExtractionTimeoutException.class,
                () -> step.apply(document(runOn, 3).with(Annotations.SENTENCES, one)));
        List<Token> tokens = step.apply(document(runOn, 10).with(Annotations.SENTENCES, one)).get(Annotations.TOKENS);
        assertEquals(1_000, tokens.size());
    }

    @Test
    void bracketSoupAndRunOnSentencesFinishWithinTheirBudget() {
        List<String> report = new ArrayList<>();
        // The files of the issue, and the same soup after a real sentence, so that it reaches the tagger.
        for (SourceText s : List.of(new SourceText("brackets-32k.txt", "[{".repeat(16_384)),
                new SourceText("brackets-60k.txt", "[{".repeat(30_720)),
                new SourceText("story-then-brackets.txt", STORY + "\nSoup: " + "[{".repeat(30_720)),
                new SourceText("story-then-long-word.txt", STORY + "\n" + "ab".repeat(30_720) + "."),
                new SourceText("run-on-words.txt", STORY + "\n" + "the big ship sails ".repeat(3_000) + "."),
                new SourceText("run-of-names.txt", STORY + "\n" + "Huawei and BT’s Ofcom, ".repeat(2_000) + "."))) {
            long t0 = System.nanoTime();
            ArticleFacts facts = EXTRACTOR.extract(s);
            Duration took = Duration.ofNanos(System.nanoTime() - t0);
            Duration budget = TimeBudget.DEFAULT.forLength(s.text().length());
            report.add(String.format(Locale.ROOT, "%s: %.2f s of %d s", s.source(), took.toMillis() / 1000.0,
                    budget.toSeconds()));
            assertTrue(took.compareTo(budget) < 0, report.toString());
            assertTrue(facts.sentences().stream().allMatch(x -> x.span().length() <= 1_000),
                    s.source() + ": a run-on sentence is cut into pieces the later steps handle in linear time");
        }
        System.out.println("bracket soup and run-on sentences: " + report);
    }

    /** A document whose deadline passes after {@code seconds} readings of a clock that moves 1 s per reading. */
    private static Document document(String text, int seconds) {
        AtomicLong clock = new AtomicLong();
        SourceText s = new SourceText("t.txt", text);
        Deadline d = new TimeBudget(Duration.ofSeconds(seconds), Duration.ZERO).start(s,
                () -> clock.getAndAdd(Duration.ofSeconds(1).toNanos()));
        return Document.of(s, d);
    }
}

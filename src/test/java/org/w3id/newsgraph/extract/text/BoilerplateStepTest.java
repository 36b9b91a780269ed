package org.w3id.newsgraph.extract.text;

import org.w3id.newsgraph.extract.Seeds;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.w3id.newsgraph.model.Sentence;
import org.w3id.newsgraph.model.SourceText;
import org.w3id.newsgraph.model.Span;
import org.w3id.newsgraph.nlp.NlpModels;
import org.w3id.newsgraph.pipeline.Annotations;
import org.w3id.newsgraph.pipeline.Document;
import org.w3id.newsgraph.pipeline.Pipeline;

class BoilerplateStepTest {
    private static final Pipeline PIPELINE = Pipeline.builder().add(new BoilerplateStep())
            .add(new SentenceStep(NlpModels.load())).build();

    private static Document run(SourceText s) {
        return PIPELINE.run(Document.of(s));
    }

    private static String bodyStart(Document d, int words) {
        String body = TextLines.collapse(d.get(Annotations.BODY).of(d.text()));
        String[] w = body.split(" ");
        return String.join(" ", List.of(w).subList(0, words));
    }

    private static List<String> sentences(Document d) {
        return d.get(Annotations.SENTENCES).stream().map(s -> s.span().of(d.text())).toList();
    }

    @Test
    void cnnBodyStartsAtTheDatelineAfterThePlaylist() throws Exception {
        Document d = run(Seeds.read(Seeds.CNN));
        String gold = Seeds.gold(Seeds.CNN).bodyStartsWith();
        assertEquals(TextLines.collapse(gold), bodyStart(d, 9));
        assertEquals("(CNN Business) — UK telecoms group BT has seen", bodyStart(d, 9));
        Span body = d.get(Annotations.BODY);
        assertEquals(d.text().stripTrailing().length(), body.end());
        assertTrue(d.get(Annotations.BOILERPLATE).get(0).begin() == 0, "the playlist block is boilerplate");
    }

    @Test
    void aPhotoGalleryIsCaptionsAndALoneDatelineStartsTheBody() {
        String page = """
                Photos: Flooding in the valley
                1 of 2
                Rescue teams wade through the flooded high street of Marbury on Sunday after the river burst its banks.
                PHOTO: Jan Holt/Reuters
                2 of 2
                A resident carries her dog to a waiting boat outside the church in the centre of the old town.
                Advertisement
                Marbury —

                Emergency crews evacuated more than 300 homes overnight as the river rose to a record level, officials said.
                """;
        Document d = run(new SourceText("gallery.txt", page));
        assertEquals("Marbury — Emergency crews evacuated more than 300", bodyStart(d, 8));
        assertEquals(List.of("Marbury —", "Emergency crews evacuated more than 300 homes overnight as the river rose to a record "
                + "level, officials said."), sentences(d));
    }

    @Test
    void itwireBodyIsTheWholeTextAndTheCmsTagIsCutOut() throws Exception {
        Document d = run(Seeds.read(Seeds.ITWIRE));
        String gold = Seeds.gold(Seeds.ITWIRE).bodyStartsWith();
        assertEquals(gold, bodyStart(d, 8));
        assertEquals(0, d.get(Annotations.BODY).begin());
        List<String> boiler = d.get(Annotations.BOILERPLATE).stream().map(s -> s.of(d.text())).toList();
        assertEquals(List.of("{loadposition sam08}"), boiler);
        List<String> s = sentences(d);
        assertTrue(s.stream().noneMatch(x -> x.contains("loadposition")));
        assertTrue(s.stream().anyMatch(x -> x.startsWith("Last week, the head of the FBI, Christopher Wray, told")),
                "the text after the tag on the same line is body");
    }

    @Test
    void noSentenceHoldsCaptionsCreditsOrPlaylists() {
        for (String seed : Seeds.ALL) {
            Document d = run(Seeds.read(seed));
            for (String s : sentences(d)) {
                assertFalse(s.contains("Getty Images"), s);
                assertFalse(s.contains("Now playing"), s);
                assertFalse(s.contains("PHOTO:"), s);
                assertFalse(s.startsWith("Journalists watch a trailer"), s);
            }
        }
    }

    @Test
    void cnnSentencesAreTrimmedAndLineBound() {
        Document d = run(Seeds.read(Seeds.CNN));
        List<String> s = sentences(d);
        assertEquals("(CNN Business) —", s.get(0));
        assertEquals("UK telecoms group BT has seen no evidence that technology from China’s Huawei poses a security risk.",
                s.get(1));
        assertEquals("Michael Kaplan and Ivana Kottasová contributed reporting.", s.get(s.size() - 1));
        List<Sentence> list = d.get(Annotations.SENTENCES);
        for (int i = 0; i < list.size(); i++) {
            assertEquals(i, list.get(i).index());
        }
    }

    @Test
    void syntheticPageWithReutersDatelineAndAdvertisement() {
        String page = String.join("\n",
                "Home | World | Business",
                "Share this article",
                "A worker walks past a logo at a plant in Munich, Germany. (Photo by Jane Doe/Getty Images)",
                "LONDON (Reuters) - The Bank of England kept interest rates on hold on Thursday, its policymakers said.",
                "Advertisement",
                "The decision was widely expected by economists and markets, who had priced it in for weeks.",
                "Related: Inflation falls again in the euro zone",
                "{mosimage}Officials will meet again next month to review the outlook for growth.",
                "");
        Document d = run(new SourceText("synthetic.txt", page));
        assertEquals(page.indexOf("LONDON (Reuters) -"), d.get(Annotations.BODY).begin());
        assertEquals(List.of(
                "LONDON (Reuters) - The Bank of England kept interest rates on hold on Thursday, its policymakers said.",
                "The decision was widely expected by economists and markets, who had priced it in for weeks.",
                "Officials will meet again next month to review the outlook for growth."), sentences(d));
        List<String> boiler = d.get(Annotations.BOILERPLATE).stream().map(s -> s.of(page)).toList();
        assertEquals(List.of(page.substring(0, page.indexOf("\nLONDON")), "Advertisement",
                "Related: Inflation falls again in the euro zone", "{mosimage}"), boiler);
    }

    @Test
    void plainTextWithoutBoilerplateIsAllBody() {
        String page = "  The council approved the budget on Monday after a long debate.\nIt takes effect in May.\n";
        Document d = run(new SourceText("plain.txt", page));
        assertEquals(new Span(2, page.length() - 1), d.get(Annotations.BODY));
        assertEquals(List.of(), d.get(Annotations.BOILERPLATE));
        assertEquals(List.of("The council approved the budget on Monday after a long debate.", "It takes effect in May."),
                sentences(d));
    }

    @Test
    void leadingPlaylistWithoutDatelineIsSkipped() {
        String page = String.join("\n", "Now playing", "02:15", "Markets rally as rates hold",
                "A trader at work. (Photo by John Roe/AFP via Getty Images)",
                "Stocks rose sharply on Wednesday as investors welcomed the central bank decision.",
                "Analysts said the rally could continue into the end of the year.");
        Document d = run(new SourceText("p.txt", page));
        assertEquals(page.indexOf("Stocks rose"), d.get(Annotations.BODY).begin());
    }

    @Test
    void aLineHoldingAPageIsReadSentenceBySentenceAndAParagraphStaysWhole() {
        String paragraph = "Rates held on Monday. \"Good,\" she said. It rose 2.5% in May. Then it fell.";
        assertEquals(List.of(new Span(0, paragraph.length())), TextLines.segments(paragraph, 0, paragraph.length()));
        String page = "(Photo by Ann Lee/AFP) LONDON (Reuters) - Rates held. \"Good,\" she said. It rose 2.5% in May. "
                + "Then it fell. Why? Nobody knew! The end.";
        assertEquals(List.of("(Photo by Ann Lee/AFP)", "LONDON (Reuters) - Rates held.", "\"Good,\" she said.",
                "It rose 2.5% in May.", "Then it fell.", "Why?", "Nobody knew!", "The end."),
                TextLines.segments(page, 0, page.length()).stream().map(s -> s.of(page)).toList());
    }

    @Test
    void aPageWithoutASentenceOfRunningTextHasNoBody() {
        String page = String.join("\n", "Home | News | Sport", "Accept all cookies",
                "We use cookies to improve your experience. By using this site you agree to our cookie policy.",
                "Privacy policy | Terms of use", "© 2024 Example Media. All rights reserved.", "");
        Document d = run(new SourceText("menu.txt", page));
        assertEquals(List.of(), sentences(d));
        assertEquals(0, d.get(Annotations.BODY).length());
        assertEquals(List.of(new Span(0, page.length() - 1)), d.get(Annotations.BOILERPLATE));
        assertEquals(List.of(), sentences(run(new SourceText("soup.txt", "[{".repeat(5_000)))));
        assertTrue(BoilerplateStep.isSentence("Stocks rose on Monday."));
        assertFalse(BoilerplateStep.isSentence("Home | News | Sport."));
        assertFalse(BoilerplateStep.isSentence("BREAKING NEWS FROM LONDON TODAY."));
    }
}

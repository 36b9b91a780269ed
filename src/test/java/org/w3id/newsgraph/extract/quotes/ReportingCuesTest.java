package org.w3id.newsgraph.extract.quotes;

import org.w3id.newsgraph.extract.TestDocs;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.w3id.newsgraph.pipeline.Annotations;
import org.w3id.newsgraph.pipeline.Document;

/** Reporting cues learned from attribution annotations (lexicon/reporting-cues.txt), on made-up sentences. */
class ReportingCuesTest {
    private static List<String> speakers(String text, String... people) {
        TestDocs docs = TestDocs.entities();
        for (String p : people) {
            docs = docs.person(p);
        }
        Document d = new QuoteStep().apply(docs.doc(text));
        return d.get(Annotations.QUOTES).stream().map(q -> q.speakerKey() + " | " + q.verb() + " | " + q.text())
                .toList();
    }

    @Test
    void listIsLoadedWithoutCountsAndLongestFirst() {
        List<String> cues = ReportingCues.load();
        assertTrue(cues.contains("called") && cues.contains("pledged"), cues.toString());
        assertTrue(cues.stream().noneMatch(c -> c.contains(" ") || c.matches(".*\\d.*")), cues.toString());
        assertEquals("\\Qcalling\\E|\\Qcalled\\E", ReportingCues.alternation(List.of("called", "calling")));
    }

    @Test
    void partialQuoteAfterALearnedCueGetsTheSpeaker() {
        assertEquals(List.of("nora-vance | called | a reckless waste of public money."),
                speakers("Mayor Nora Vance called the harbour plan “a reckless waste of public money.”\n",
                        "Nora Vance"));
        assertEquals(List.of("piet-damsma | pledged | never raise the ferry fares again"),
                speakers("Piet Damsma pledged to “never raise the ferry fares again” if elected.\n", "Piet Damsma"));
    }

    @Test
    void learnedCueAfterTheQuoteGetsTheSpeaker() {
        assertEquals(List.of("ada-quill | joked | We will need a bigger boat for this"),
                speakers("“We will need a bigger boat for this,” Ada Quill joked on Tuesday.\n", "Ada Quill"));
    }
}

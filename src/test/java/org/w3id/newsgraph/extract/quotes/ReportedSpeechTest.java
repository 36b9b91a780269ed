package org.w3id.newsgraph.extract.quotes;

import org.w3id.newsgraph.extract.TestDocs;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.w3id.newsgraph.pipeline.Annotations;
import org.w3id.newsgraph.pipeline.Document;

/** Partial quotes at the end of reported speech, on made-up sentences. */
class ReportedSpeechTest {
    private static List<String> speakers(String text) {
        Document d = new QuoteStep().apply(TestDocs.entities().person("Lena Hartwig").person("Omar Castell")
                .doc(text));
        return d.get(Annotations.QUOTES).stream().map(q -> q.speakerKey() + " | " + q.verb() + " | " + q.text())
                .toList();
    }

    @Test
    void paraphraseBeforeAPartialQuoteKeepsTheVerbsSubject() {
        assertEquals(List.of("lena-hartwig | says | bring the harbour back to life"),
                speakers("Lena Hartwig says the council will sell the old docks and will “bring the harbour back "
                        + "to life” within a decade.\n"));
        assertEquals(List.of("omar-castell | called | boots on the ground."),
                speakers("Omar Castell has also broadly called for “boots on the ground.”\n"));
    }

    @Test
    void aSpeakerOutsideTheClauseIsNotGuessed() {
        assertEquals(List.of("null | null | a new chapter for the port"),
                speakers("Lena Hartwig sold the docks.\n\nThe council says the old sheds will go and the quay "
                        + "will open “a new chapter for the port” this week.\n"));
    }
}

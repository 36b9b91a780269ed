package org.w3id.newsgraph.extract.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.w3id.newsgraph.model.EntityType.POLITICAL_ORGANIZATION;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.w3id.newsgraph.extract.TestDocs;
import org.w3id.newsgraph.pipeline.Annotations;
import org.w3id.newsgraph.pipeline.Document;

/** The last-resort speaker (NearbySpeaker) and the organisation premodifier (Premodifier), on made-up text. */
class NearbySpeakerTest {
    private static List<String> speakers(String text, TestDocs entities) {
        Document d = new QuoteStep().apply(entities.doc(text));
        return d.get(Annotations.QUOTES).stream().map(q -> q.speakerKey() + ": " + q.text()).toList();
    }

    @Test
    void aQuoteInsideAnUncuedSentenceIsItsSubjects() {
        assertEquals(List.of("nora-fenwick: a bold and careful mayor"),
                speakers("Nora Fenwick described her rival as “a bold and careful mayor” at the fair.\n",
                        TestDocs.entities().person("Nora Fenwick")));
    }

    @Test
    void aQuoteParagraphTakesTheSubjectOfTheParagraphBefore() {
        String text = """
                Tobias Marsh praised the new ferry timetable and the harbour staff.

                “We finally have boats that leave when people need them.”
                """;
        assertEquals(List.of("tobias-marsh: We finally have boats that leave when people need them."),
                speakers(text, TestDocs.entities().person("Tobias Marsh")));
    }

    @Test
    void anObjectIsNotTheSubject() {
        String text = """
                The council wrote to Tobias Marsh about the harbour fees, and Nora Fenwick described them as “far too high for small boats” on Monday.
                """;
        assertEquals(List.of("nora-fenwick: far too high for small boats"),
                speakers(text, TestDocs.entities().person("Tobias Marsh").person("Nora Fenwick")));
    }

    @Test
    void anUnresolvedPronounKeepsTheQuoteWithoutSpeaker() {
        String text = """
                Robert Klein praised the new quay.

                “The harbour will stay open all winter,” she said.
                """;
        assertEquals(List.of("null: The harbour will stay open all winter"),
                speakers(text, TestDocs.entities().person("Robert Klein")));
    }

    @Test
    void aCueInTheQuotesOwnSentenceKeepsTheSpeakerThere() {
        String text = """
                Robert Klein praised the new quay.

                “The harbour will stay open all winter,” a local fisherman said.
                """;
        assertEquals(List.of("null: The harbour will stay open all winter"),
                speakers(text, TestDocs.entities().person("Robert Klein")));
    }

    @Test
    void twoPeopleWithOneSurnameStayApart() {
        String text = """
                Anna Brandt and her brother Felix Brandt run the bakery.

                Felix Brandt praised the new flour from the mill.

                “It makes the crust much lighter than before.”
                """;
        assertEquals(List.of("felix-brandt: It makes the crust much lighter than before."),
                speakers(text, TestDocs.entities().person("Anna Brandt").person("Felix Brandt")));
    }

    @Test
    void anOrganisationBeforeAPersonsTitleIsAPremodifier() {
        String text = """
                Harbour Party mayoral candidate Nora Fenwick is asking whether the port would stay open “if the fees were doubled.”
                """;
        assertEquals(List.of("nora-fenwick: if the fees were doubled."),
                speakers(text, TestDocs.entities().person("Nora Fenwick")
                        .of("harbour-party", "Harbour Party", POLITICAL_ORGANIZATION, "Harbour Party")));
    }

    @Test
    void aPersonAReportingVerbIntroducesAfterTheQuoteSpeaks() {
        String text = """
                “The ferry will pay for itself” long before Tobias Marsh retires, argued harbour treasurer Nora Fenwick on Monday.
                """;
        assertEquals(List.of("nora-fenwick: The ferry will pay for itself"),
                speakers(text, TestDocs.entities().person("Tobias Marsh").person("Nora Fenwick")));
    }

    @Test
    void aPersonAfterTheQuoteWithoutAReportingVerbIsNotTaken() {
        String text = """
                “The ferry will pay for itself” long before Tobias Marsh retires, according to a letter sent to Nora Fenwick on Monday.
                """;
        assertEquals(List.of("tobias-marsh: The ferry will pay for itself"),
                speakers(text, TestDocs.entities().person("Tobias Marsh").person("Nora Fenwick")));
    }
}

package org.w3id.newsgraph.extract.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.w3id.newsgraph.model.EntityType.COMPANY;
import static org.w3id.newsgraph.model.EntityType.MEDIA_ORGANIZATION;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.w3id.newsgraph.extract.TestDocs;
import org.w3id.newsgraph.pipeline.Annotations;
import org.w3id.newsgraph.pipeline.Document;

/**
 * Each attribution pattern of issue 11 on made-up text, with the entities given by hand and coreference run
 * (TestDocs), so that only the quote step is tested: who speaks, or no one.
 */
class AttributionPatternsTest {
    private final QuoteStep step = new QuoteStep();

    /** "speaker: first three words" per quote, in text order. */
    private List<String> speakers(String text, TestDocs entities) {
        Document d = step.apply(entities.doc(text));
        return d.get(Annotations.QUOTES).stream().map(q -> q.speakerKey() + ": "
                + String.join(" ", List.of(q.text().split(" ")).subList(0, Math.min(3, q.text().split(" ").length))))
                .toList();
    }

    @Test
    void speakerBeforeOrAfterInTheSameOrThePreviousParagraph() {
        String text = """
                Dana Pike said on Monday: “The harbour will reopen in spring.”

                “We have the money,” Omar Reyes said.

                Lena Voss told the harbour board on Tuesday that the jobs were safe.

                “Nobody will lose a job over this.”
                """;
        assertEquals(List.of("dana-pike: The harbour will", "omar-reyes: We have the",
                "lena-voss: Nobody will lose"), speakers(text, TestDocs.entities().person("Dana Pike")
                        .person("Omar Reyes").person("Lena Voss")));
    }

    @Test
    void aQuoteContinuingAcrossParagraphs() {
        String text = """
                Dana Pike told the council: “The harbour will reopen in spring, and the ferries will run again.

                “The money is there. The workers are there.”
                """;
        assertEquals(List.of("dana-pike: The harbour will"), speakers(text, TestDocs.entities().person("Dana Pike")));
    }

    @Test
    void accordingToToldAndChannels() {
        String text = """
                “The deal is off,” according to Omar Reyes.

                Lena Voss told the Harbour Gazette: “We will sue.”

                In a statement, Orvane Mills said: “We regret the delay.”

                “Costs are rising,” Dana Pike wrote in a letter to staff.
                """;
        assertEquals(List.of("omar-reyes: The deal is", "lena-voss: We will sue.", "orvane-mills: We regret the",
                "dana-pike: Costs are rising"), speakers(text, TestDocs.entities().person("Omar Reyes")
                        .person("Lena Voss").person("Dana Pike")
                        .of("harbour-gazette", "Harbour Gazette", MEDIA_ORGANIZATION, "Harbour Gazette")
                        .of("orvane-mills", "Orvane Mills", COMPANY, "Orvane Mills")));
    }

    @Test
    void partialQuotesInsideReportedSpeechAndQuotesInsideQuotes() {
        String text = """
                Lena Voss accused the board of “playing games with the harbour” at the meeting.

                Omar Reyes recalled: “My father used to say ‘the sea pays for everything’ when I was a boy.”
                """;
        assertEquals(List.of("lena-voss: playing games with", "omar-reyes: My father used"),
                speakers(text, TestDocs.entities().person("Lena Voss").person("Omar Reyes")));
    }

    @Test
    void aTitleBeforeTheSpeakerAfterTheQuoteAndALongApposition() {
        String text = """
                “Does that float?” former Orvane adviser Dana Pike asked on the radio.

                A former harbour master -- Omar Reyes, who ran the port for twenty years -- said the plan “will sink the town.”

                “It is a good plan,” Lena Voss, the mayor of a small fishing town on the northern coast, said.
                """;
        assertEquals(List.of("dana-pike: Does that float?", "omar-reyes: will sink the", "lena-voss: It is a"),
                speakers(text, TestDocs.entities().person("Dana Pike").person("Omar Reyes").person("Lena Voss")
                        .of("orvane-mills", "Orvane Mills", COMPANY, "Orvane")));
    }

    @Test
    void aTitleIsNoSpeakerAndTheSpeakerIsNotTheOutlet() {
        String text = """
                “We will not back down,” said Gov.
                Dana Pike on Friday.

                “The numbers are wrong,” Omar Reyes told the Harbour Gazette.
                """;
        assertEquals(List.of("dana-pike: We will not", "omar-reyes: The numbers are"),
                speakers(text, TestDocs.entities().person("Dana Pike").person("Omar Reyes")
                        .of("gov", "Gov.", org.w3id.newsgraph.model.EntityType.PERSON, "Gov.")
                        .of("harbour-gazette", "Harbour Gazette", MEDIA_ORGANIZATION, "Harbour Gazette")));
    }

    @Test
    void pronounsDescriptionsAndAVerbNoListHas() {
        String text = """
                Dana Pike visited the docks on Monday.

                “The cranes are too old,” she said. “Go back to your office,” Omar Reyes barked.

                Omar Reyes met Lena Voss later. “It will not happen again,” the harbour chief said.
                """;
        List<String> got = speakers(text, TestDocs.entities().person("Dana Pike").person("Omar Reyes")
                .person("Lena Voss"));
        assertEquals("dana-pike: The cranes are", got.get(0));
        assertEquals("omar-reyes: Go back to", got.get(1));
    }

    @Test
    void aPronounWithNoFittingPersonLeavesTheQuoteWithoutSpeaker() {
        String text = """
                Robert Klein opened the meeting.

                “The harbour stays open,” she said.
                """;
        assertEquals(List.of("null: The harbour stays"), speakers(text, TestDocs.entities().person("Robert Klein")));
    }

    @Test
    void scareQuotesAndTitlesAreNoQuotes() {
        String text = """
                The so-called “harbour tax” was dropped after the “Save the Docks” campaign.

                Dana Pike called the plan “a disaster” on Monday.
                """;
        assertEquals(List.of("dana-pike: a disaster"), speakers(text, TestDocs.entities().person("Dana Pike")));
    }

    @Test
    void aShowOrBookTitledInCapitalsIsNoQuoteEvenNextToASpeaker() {
        String text = """
                Dana Pike said on “Harbour Morning Live” that the docks would stay open.

                “Absolutely.” Dana Pike told “The Coast Hour” on Friday. “We will sue,” she said.

                Omar Reyes, who wrote “Tides of the North,” said the plan was “not good enough” and “Outrageous!”
                """;
        assertEquals(List.of("dana-pike: Absolutely.", "dana-pike: We will sue", "omar-reyes: not good enough",
                "omar-reyes: Outrageous!"), speakers(text, TestDocs.entities().person("Dana Pike")
                        .person("Omar Reyes")));
    }

    @Test
    void aPlaceAndAnAbbreviatedTitleBeforeTheSubject() {
        String text = """
                Norland Gov. Dana Pike ended her campaign on Monday, telling supporters that the road “will go on.”

                Retired Navy Capt. Omar Reyes, who served for thirty years, said the base would “stay open.”
                """;
        assertEquals(List.of("dana-pike: will go on.", "omar-reyes: stay open."),
                speakers(text, TestDocs.entities().person("Dana Pike").person("Omar Reyes")
                        .of("norland", "Norland", org.w3id.newsgraph.model.EntityType.PLACE)
                        .of("navy", "Navy", org.w3id.newsgraph.model.EntityType.ORGANIZATION)));
    }

    @Test
    void aPlaceEndingAnAppositionIsNotTheSpeaker() {
        // the whole extractor: the entity step finds the towns and the country, as in a real story
        String text = """
                Bakers rally in the north

                Dana Pike, a 40-year-old baker from Ayrton, Norland, says Lena Voss will “pull through.”

                Omar Reyes of Kelso, Norland says he really thinks Lena Voss can win if she keeps “doing what she does.”
                """;
        List<String> quotes = org.w3id.newsgraph.extract.Extractor.create()
                .extract(new org.w3id.newsgraph.model.SourceText("t.txt", text))
                .quotes().stream().map(q -> q.speakerKey() + " | " + q.text()).toList();
        assertEquals(List.of("dana-pike | pull through.", "omar-reyes | doing what she does."), quotes);
    }

    @Test
    void aNameInAppositionAfterAnOrganisationsTitleIsTheSpeaker() {
        String text = """
                Bakers rally in the north

                The Norland Bakers Union said it would seek talks about jobs.

                “Our members have heard promises before,” said the union’s regional officer, Dana Pike.
                """;
        List<String> quotes = org.w3id.newsgraph.extract.Extractor.create()
                .extract(new org.w3id.newsgraph.model.SourceText("t.txt", text))
                .quotes().stream().map(q -> q.speakerKey() + " | " + q.text()).toList();
        assertEquals(List.of("dana-pike | Our members have heard promises before"), quotes);
    }

    @Test
    void aNameAndVerbSentenceAfterTheQuotesOwnEndMarkIsItsAttribution() {
        String text = """
                “We will fix the hull first,” Dana Pike said.

                “The ferry will sail, whatever the cost.” Omar Reyes said.

                “The hull is sound.” Omar Reyes told reporters on the quay.

                At one point, Omar Reyes said the board was calling “every day.”

                Dana Pike told a different tale.
                """;
        assertEquals(List.of("dana-pike: We will fix", "omar-reyes: The ferry will", "omar-reyes: The hull is",
                "omar-reyes: every day."),
                speakers(text, TestDocs.entities().person("Dana Pike").person("Omar Reyes")));
    }
}

package org.w3id.newsgraph.extract.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.w3id.newsgraph.model.EntityType.CITY;
import static org.w3id.newsgraph.model.EntityType.COMPANY;
import static org.w3id.newsgraph.model.EntityType.MEDIA_ORGANIZATION;
import static org.w3id.newsgraph.model.EntityType.ORGANIZATION;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.w3id.newsgraph.extract.TestDocs;
import org.w3id.newsgraph.extract.values.AmountStep;
import org.w3id.newsgraph.extract.values.DateStep;
import org.w3id.newsgraph.model.Event;
import org.w3id.newsgraph.model.Span;
import org.w3id.newsgraph.pipeline.Annotations;
import org.w3id.newsgraph.pipeline.Document;
import org.w3id.newsgraph.pipeline.Pipeline;

/** Participants by their role in the trigger's clause, on made-up sentences. */
class EventRolesTest {
    /** The events of {@code text} as "TYPE trigger [participants]", in text order. */
    private static List<String> events(String text) {
        Document d = TestDocs.entities()
                .of("acme", "Acme Holdings", COMPANY, "Acme Holdings", "Acme")
                .of("rivalco", "Rivalco", COMPANY, "Rivalco")
                .of("pelt-mining", "Pelt Mining", COMPANY, "Pelt Mining")
                .of("newsco", "Newsco", MEDIA_ORGANIZATION, "Newsco")
                .of("civic-watch", "Civic Watch", ORGANIZATION, "Civic Watch")
                .of("zenda", "Zenda", CITY, "Zenda")
                .person("Ann Lee").person("Max Moe").person("Jo Marsh").person("Tom Fitt")
                .doc(text);
        d = d.with(Annotations.BODY, new Span(0, text.length())).with(Annotations.BOILERPLATE, List.of());
        Document out = Pipeline.builder().add(new AmountStep()).add(new DateStep()).add(new EventStep())
                .build(Set.of(Annotations.BODY, Annotations.BOILERPLATE, Annotations.SENTENCES, Annotations.ENTITIES,
                        Annotations.COREFERENCE))
                .run(d);
        return out.get(Annotations.EVENTS).stream()
                .map(e -> e.type() + " " + e.trigger() + " " + String.join(",", e.participants())).toList();
    }

    private static String joined(String text) {
        return String.join("; ", events(text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // the subject of a verb trigger, not the organisation of its title
            "Civic Watch president Tom Fitt met Jo Marsh.|MEETING met tom-fitt,jo-marsh",
            // an appositive describes the subject; the place in it is no participant
            "Ann Lee, the mayor of Zenda, met Max Moe.|MEETING met ann-lee,max-moe",
            // the object inside a relative clause is not the subject of the main verb
            "The man who hired Ann Lee met Max Moe on Friday.|MEETING met max-moe",
            // a light verb's subject, and the partner after \"with\"
            "Acme Holdings signed a deal with Rivalco on Monday.|DEAL deal acme,rivalco",
            "Ann Lee held a meeting with Max Moe.|MEETING meeting ann-lee,max-moe",
            // the possessor of a noun trigger and the object of an acquisition
            "Rivalco's acquisition of Pelt Mining closed quickly.|DEAL acquisition rivalco,pelt-mining",
            // \"between X and Y\", heads of their noun phrases
            "The talks between Acme chairman Tom Fitt and Ann Lee ended.|MEETING talks tom-fitt,ann-lee",
            // the speaker of a reporting verb around the event is left out
            "Max Moe said Ann Lee met Jo Marsh.|MEETING met ann-lee,jo-marsh",
            "Ann Lee met Jo Marsh, Max Moe told Newsco.|MEETING met ann-lee,jo-marsh",
            // a statement's participant is its author, not what it is about
            "Acme announced that Rivalco had cheated Ann Lee.|STATEMENT announced acme",
            "Acme said in a statement that Max Moe lied.|STATEMENT statement acme",
            // a passive verb: the one it happened to, and the agent after \"by\"
            "Pelt Mining was acquired by Acme last year.|DEAL acquired pelt-mining,acme",
            // a verb that only names the event noun is no light verb; nor is a reporting verb's object its author
            "Max Moe called the merger a mistake.|",
            "Max Moe told Newsco that the announcement hurt Ann Lee.|",
            // the subject of a relative clause after a description is the one described
            "Ann Lee, a Zenda lawyer who met Max Moe, left.|MEETING met ann-lee,max-moe",
            // a name in front of the object's title is no participant
            "Ann Lee met with Zenda Mayor Max Moe.|MEETING met ann-lee,max-moe",
            // a gerund after a preposition, a purchase of no company, a passive announcement: no event
            "Nothing stops Ann Lee from blocking Max Moe.|",
            "Max Moe acquired Zenda citizenship.|",
            "Ann Lee was announced the winner.|",
            // an infinitive is no fact; a possessive pronoun is no object
            "Max Moe found a way to block Ann Lee.|",
            "Acme Holdings met with their bankers.|MEETING met acme",
            // no participant, no event
            "The meeting in Zenda ended early.|",
            // a speaking verb, a modifier and a postponement are no events
            "Ann Lee talks about Acme every day.|",
            "Max Moe bought new election gear.|",
            "The meeting between Ann Lee and Max Moe was postponed.|"})
    void participantsByRole(String text, String expected) {
        assertEquals(expected == null ? "" : expected, joined(text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // a pronoun subject resolved by coreference
            "Ann Lee flew to Zenda on Monday. She met Max Moe there.|MEETING met ann-lee,max-moe",
            // a pronoun left unresolved keeps its place: the object stays, nobody else becomes the agent
            "They met Max Moe there.|MEETING met max-moe",
            "They met in Zenda.|",
            // a pronoun goes to the close antecedent, not to the speaker quoted before; unsure, to nobody
            "“It is over,” Max Moe said. The board sat on Monday. Ann Lee chaired it. She met Jo Marsh.|MEETING met ann-lee,jo-marsh",
            "The question for Max Moe is whether Tom Fitt stays. He met Jo Marsh later.|MEETING met jo-marsh",
            // a negation a few words back denies the event
            "Max Moe did not sign a new agreement with Acme.|"})
    void pronounAgents(String text, String expected) {
        assertEquals(expected == null ? "" : expected, joined(text));
    }
}

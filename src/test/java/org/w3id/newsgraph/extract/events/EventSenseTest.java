package org.w3id.newsgraph.extract.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.w3id.newsgraph.model.Span;

class EventSenseTest {
    /** Whether the first occurrence of {@code trigger} in {@code sentence} states an event. */
    private static boolean asserted(String sentence, String trigger) {
        Span s = new Span(0, sentence.length());
        int at = sentence.indexOf(trigger);
        Span t = new Span(at, at + trigger.length());
        return EventSense.asserted(sentence, s, EventSense.clause(sentence, s, t), t);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Orvane Holdings signed the deal with Pelt Mining on Tuesday.|deal|true",
            "The Pelt council banned the parade after the riot.|banned|true",
            "The two meetings in Eastmoor ended without a vote.|meetings|true",
            "May Quint met the mayor in Westvale.|met|true",
            "A spokesman for the Federal Election Board said so.|Election|false",
            "Trade deals rarely help small farms.|deals|false",
            "The state's election law was struck down.|election|false",
            "Senator Ann Lee would ban the sale of the land.|ban|false",
            "Ann Lee called for a hearing on the spill.|hearing|false",
            "If elected, Jo Marsh will cut the tax.|elected|false",
            "Jo Marsh plans to meet the governor next week.|meet|false",
            "Did Orvane Holdings sign the deal with Pelt Mining?|deal|false",
            "Jo Marsh was encouraged to testify before the board.|testify|false",
            "The panel asked Ann Lee to testify in March.|testify|false",
            "Ann Lee called on the council to ban the parade.|ban|false",
            "Ann Lee is trying to reach a deal with Pelt Mining.|deal|false",
            "The Pelt council postponed the hearing on the spill.|hearing|false",
            "The hearing on the spill was postponed again.|hearing|false",
            "Jo Marsh talks about the spill every week.|talks|false",
            "The talks about the spill ended on Friday.|talks|true",
            "Pelt lost three election cycles in a row.|election|false",
            "Jo Marsh met the criteria for the grant.|met|false"})
    void onlyFactsAreEvents(String sentence, String trigger, boolean expected) {
        assertEquals(expected, asserted(sentence, trigger));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Orvane signed the deal; Pelt Mining said nothing.|deal|Orvane signed the deal",
            "Pelt Mining stayed away, but Orvane signed the deal.|deal|Orvane signed the deal.",
            "Orvane signed the deal with Pelt Mining.|deal|Orvane signed the deal with Pelt Mining."})
    void participantsComeFromTheTriggersClause(String sentence, String trigger, String clause) {
        Span s = new Span(0, sentence.length());
        int at = sentence.indexOf(trigger);
        assertEquals(clause, EventSense.clause(sentence, s, new Span(at, at + trigger.length())).of(sentence).strip());
    }
}

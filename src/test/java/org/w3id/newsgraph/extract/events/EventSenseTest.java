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
            "Jo Marsh met the criteria for the grant.|met|false",
            // another sense: acquaintance, habit, speeches, a bill blocked, an adjective, a noun modifier
            "Before she met Tom Fitt, Jo Marsh lived in Pelt.|met|false",
            "When Jo Marsh met with the mayor, they agreed.|met|true",
            "Tom Fitt and Jo Marsh have met over the years in the lobby.|met|false",
            "Jo Marsh first met Tom Fitt in 1990.|met|false",
            "The three candidates delivered their talks between stops.|talks|false",
            "Pelt senators blocked the funding bill on Tuesday.|blocked|false",
            "The Pelt council banned the parade and blocked the road.|blocked|true",
            "Jo Marsh has never held elected office.|elected|false",
            "Ann Lee gave her announcement speech in Pelt.|announcement|false",
            "The court ruled out a new trial.|ruled|false",
            // denied, only a readiness, not yet done, negated a few words back
            "Ann Lee denied that she had struck a deal with Tom Fitt.|deal|false",
            "Tom Fitt signalled a willingness to take a meeting with Ann Lee.|meeting|false",
            "The agreement with Pelt still needs to be hammered out.|agreement|false",
            "Jo Marsh signed the agreement with Pelt on Monday.|agreement|true",
            "The council denied Ann Lee a hearing on the spill.|hearing|false",
            "Pelt denies any fault and says that Jo Marsh signed the agreement.|agreement|true"})
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

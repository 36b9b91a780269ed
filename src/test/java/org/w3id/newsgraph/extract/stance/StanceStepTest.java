package org.w3id.newsgraph.extract.stance;

import org.w3id.newsgraph.extract.TestDocs;
import org.w3id.newsgraph.extract.quotes.QuoteStep;
import org.w3id.newsgraph.extract.relations.RelationStep;
import org.w3id.newsgraph.extract.roles.RoleStep;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.w3id.newsgraph.model.EntityType.COMPANY;
import static org.w3id.newsgraph.model.EntityType.COUNTRY;
import static org.w3id.newsgraph.model.EntityType.GOVERNMENT_BODY;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.w3id.newsgraph.model.Polarity;
import org.w3id.newsgraph.model.Span;
import org.w3id.newsgraph.pipeline.Annotations;
import org.w3id.newsgraph.pipeline.Document;
import org.w3id.newsgraph.pipeline.Pipeline;

class StanceStepTest {
    private final Pipeline pipeline = Pipeline.builder().add(new RoleStep()).add(new QuoteStep())
            .add(new RelationStep()).add(new StanceStep())
            .build(Set.of(Annotations.SENTENCES, Annotations.QUOTE_SPANS, Annotations.ENTITIES));

    private static List<String> rows(Document d) {
        return d.get(Annotations.STANCES).stream().map(s -> s.holderKey() + " " + s.polarity() + " " + s.targetKey()
                + " " + s.cues() + (s.quote() != null ? " (quote)" : s.relation() != null ? " (relation)" : ""))
                .toList();
    }

    private static TestDocs parties() {
        return TestDocs.entities()
                .of("acme", "Acme", COMPANY, "Acme")
                .of("rivalco", "Rivalco", COMPANY, "Rivalco")
                .of("trade-office", "Trade Office", GOVERNMENT_BODY, "Trade Office")
                .of("ruritania", "Ruritania", COUNTRY, "Ruritania")
                .person("Jane Roe", "Roe").person("Max Moe", "Moe");
    }

    @Test
    void cueTable() {
        assertEquals(List.of("no … risk"), cues("Acme poses no greater cyber security risk than any vendor."));
        assertEquals(List.of("concerned", "risks"), cues("We are deeply concerned about the risks."));
        assertEquals(List.of("not … concern"), cues("We have not yet seen anything that gives us cause for concern."));
        assertEquals(List.of("no evidence", "no … risk"), cues("Roe has seen no evidence that the kit poses a risk."));
        assertEquals(List.of("not safe"), cues("The network is not safe."));
        assertEquals(List.of("benefit"), cues("They will benefit while managing security risks."));
        assertEquals(List.of("threat"), cues("There is no doubt it is a threat."));
        assertEquals(List.of(), cues("The unit monitors threats and backdoors."));
        assertEquals(List.of("no concern", "risk"), cues("There is no concern, but a risk remains."));
        assertEquals(Polarity.SUPPORTIVE, polarity("poses no greater cyber security risk than"));
        assertEquals(Polarity.CRITICAL, polarity("we are deeply concerned about the risks"));
        assertEquals(Polarity.NEUTRAL, polarity("it is trusted but risky"));
    }

    @Test
    void quotesGiveTheSpeakersStanceTowardsWhomTheyName() {
        String text = "“Acme is trusted by customers and poses no greater cyber security risk than any vendor,” "
                + "Jane Roe said. "
                + "“Rivalco is a danger to our networks,” Roe added. "
                + "“We work with many partners,” Max Moe said.";
        Document d = pipeline.run(parties().doc(text));
        assertEquals(List.of(
                "jane-roe SUPPORTIVE acme [trusted, no … risk] (quote)",
                "jane-roe CRITICAL rivalco [danger] (quote)"), rows(d));
        assertEquals(new Span(0, text.indexOf("” Jane") + 1), d.get(Annotations.STANCES).get(0).span());
    }

    @Test
    void aQuoteNamingNobodyIsAboutTheArticlesCompanyWhenTheSentenceBeforeNamesIt() {
        String text = "Acme sells routers to Rivalco. Acme grew. Acme is large. "
                + "The Trade Office reviewed Acme kit. "
                + "Max Moe said: “We are deeply concerned about the risks.” "
                + "Rivalco hired staff. "
                + "“We see no problem,” Jane Roe said.";
        Document d = pipeline.run(parties().doc(text));
        assertEquals(List.of("max-moe CRITICAL acme [concerned, risks] (quote)"), rows(d));
    }

    @Test
    void relationsAndSayingSentencesGiveStancesButPlacesAreNoTargets() {
        String text = "Ruritania accused Acme of spying. "
                + "The Trade Office has seen no evidence that Acme poses a security risk. "
                + "Rivalco said it faces risks in Ruritania.";
        Document d = pipeline.run(parties().doc(text));
        assertEquals(List.of(
                "ruritania CRITICAL acme [accused, spying] (relation)",
                "trade-office SUPPORTIVE acme [no evidence, no … risk]"), rows(d));
    }

    private static List<String> cues(String sentence) {
        return StanceCues.find(sentence, new Span(0, sentence.length()), List.of()).stream()
                .map(StanceCues.Cue::text).toList();
    }

    private static Polarity polarity(String sentence) {
        return StanceCues.polarity(StanceCues.find(sentence, new Span(0, sentence.length()), List.of()));
    }
}

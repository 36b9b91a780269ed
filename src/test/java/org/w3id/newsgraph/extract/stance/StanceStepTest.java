package org.w3id.newsgraph.extract.stance;

import org.w3id.newsgraph.extract.TestDocs;
import org.w3id.newsgraph.extract.quotes.QuoteStep;
import org.w3id.newsgraph.extract.relations.RelationStep;
import org.w3id.newsgraph.extract.roles.RoleStep;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.w3id.newsgraph.model.EntityType.COMPANY;
import static org.w3id.newsgraph.model.EntityType.COUNTRY;
import static org.w3id.newsgraph.model.EntityType.POLITICAL_ORGANIZATION;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.w3id.newsgraph.pipeline.Annotations;
import org.w3id.newsgraph.pipeline.Document;
import org.w3id.newsgraph.pipeline.Pipeline;

/** Each rule of the clause-based stances on made-up sentences (issue 14). */
class StanceStepTest {
    private final Pipeline pipeline = Pipeline.builder().add(new RoleStep()).add(new QuoteStep())
            .add(new RelationStep()).add(new StanceStep())
            .build(Set.of(Annotations.SENTENCES, Annotations.QUOTE_SPANS, Annotations.ENTITIES, Annotations.COREFERENCE));

    private List<String> rows(String text) {
        Document d = pipeline.run(TestDocs.entities()
                .of("acme", "Acme", COMPANY, "Acme")
                .of("blue-party", "Blue Party", POLITICAL_ORGANIZATION, "Blue Party")
                .of("ruritania", "Ruritania", COUNTRY, "Ruritania")
                .person("Jane Roe", "Roe").person("Max Moe", "Moe").person("Ann Poe", "Poe")
                .person("Rex Danger", "Danger").doc(text));
        return d.get(Annotations.STANCES).stream().map(s -> s.holderKey() + " " + s.polarity() + " " + s.targetKey()
                + " " + s.cues() + (s.quote() != null ? " (quote)" : "")).toList();
    }

    @Test
    void theSubjectOfAnEvaluativeVerbHoldsAStanceTowardsItsObject() {
        assertEquals(List.of("jane-roe CRITICAL max-moe [criticized]"),
                rows("Jane Roe on Tuesday sharply criticized Max Moe over the budget."));
        assertEquals(List.of("jane-roe SUPPORTIVE max-moe [endorsed]"),
                rows("Jane Roe has endorsed fellow candidate Max Moe."));
        assertEquals(List.of("max-moe CRITICAL jane-roe [accused]"), rows("Moe accused Roe of lying."));
    }

    @Test
    void passivesAndReportedCriticismNameTheHolderAfterTheCue() {
        assertEquals(List.of("jane-roe SUPPORTIVE max-moe [praised]"), rows("Max Moe was praised by Jane Roe."));
        assertEquals(List.of("jane-roe CRITICAL max-moe [criticism]"),
                rows("Max Moe faced sharp criticism from Jane Roe after the vote."));
    }

    @Test
    void theCueMustBeTiedToTheTarget() {
        assertEquals(List.of(), rows("Jane Roe said the plan is dangerous for Max Moe."));
        assertEquals(List.of(), rows("Jane Roe criticized the plan, and Max Moe left."));
        assertEquals(List.of(), rows("Jane Roe attacked Max Moe supporters."));
        assertEquals(List.of(), rows("“It is important that Max Moe hears this,” Jane Roe said."));
    }

    @Test
    void aPredicateInAQuoteIsTheSpeakersStanceAndASayingVerbGivesTheHolder() {
        assertEquals(List.of("jane-roe CRITICAL max-moe [dangerous] (quote)"),
                rows("“Max Moe is very dangerous,” Jane Roe said."));
        assertEquals(List.of("jane-roe CRITICAL max-moe [reckless] (quote)"),
                rows("“The trouble is that Max Moe is reckless.” Jane Roe said it twice."));
        assertEquals(List.of("jane-roe CRITICAL max-moe [dishonesty] (quote)"),
                rows("“We are tired of Max Moe’s dishonesty,” Jane Roe said."));
        assertEquals(List.of("jane-roe CRITICAL max-moe [liar]"), rows("Jane Roe said that Max Moe is a liar."));
        assertEquals(List.of("jane-roe CRITICAL max-moe [unfit]"), rows("Max Moe is unfit, Jane Roe said."));
        assertEquals(List.of("jane-roe CRITICAL max-moe [liar]"), rows("Jane Roe called Max Moe a liar."));
        assertEquals(List.of("jane-roe SUPPORTIVE max-moe [support] (quote)"),
                rows("“I support Max Moe,” Jane Roe said."));
    }

    @Test
    void negationsGiveNothing() {
        assertEquals(List.of(), rows("Jane Roe did not criticize Max Moe."));
        assertEquals(List.of(), rows("“Max Moe is not dangerous,” Jane Roe said."));
        assertEquals(List.of(), rows("“There is no place for Max Moe’s dishonesty,” Jane Roe said."));
        assertEquals(List.of(), rows("“Max Moe is too reckless to be trusted,” Jane Roe said."));
        assertEquals(List.of(), rows("Jane Roe never praised Max Moe."));
    }

    @Test
    void questionsAndHypotheticalsGiveNothing() {
        assertEquals(List.of(), rows("“Is Max Moe dangerous?” Jane Roe asked."));
        assertEquals(List.of(), rows("“Why would anyone think Max Moe is honest?” Jane Roe said."));
        assertEquals(List.of(), rows("If Jane Roe criticized Max Moe, the party would split."));
        assertEquals(List.of(), rows("Jane Roe said Max Moe would be a disaster."));
    }

    @Test
    void cuesInsideNamesOrScareQuotesDoNotCount() {
        assertEquals(List.of(), rows("Jane Roe worked with Rex Danger on the album."));
        assertEquals(List.of(), rows("Jane Roe said Max Moe is “dangerous” in a joke."));
        assertEquals(List.of(), rows("Jane Roe joined the Attack Committee with Max Moe."));
    }

    @Test
    void aRelativeClauseOrAPrepositionalNameIsNoHolder() {
        assertEquals(List.of(), rows("Women who have accused Max Moe spoke on Monday."));
        assertEquals(List.of(), rows("Supporters of Jane Roe attacked Max Moe."));
        assertEquals(List.of(), rows("Jane Roe, who criticized Max Moe, resigned."));
        assertEquals(List.of(), rows("Critics say Max Moe is dangerous."));
        assertEquals(List.of(), rows("“Many voters think Max Moe is dishonest,” Jane Roe said."));
        assertEquals(List.of("jane-roe CRITICAL max-moe [dishonest] (quote)"),
                rows("“I think Max Moe is dishonest,” Jane Roe said."));
        assertEquals(List.of(), rows("The wife of crash victim Max Moe praised Jane Roe."));
        assertEquals(List.of("max-moe SUPPORTIVE jane-roe [praised]"),
                rows("When reporters asked, Max Moe praised Jane Roe."));
    }

    @Test
    void placesAreNeitherHoldersNorTargets() {
        assertEquals(List.of(), rows("Ruritania condemned Acme."));
        assertEquals(List.of(), rows("Jane Roe praised Ruritania."));
        assertEquals(List.of("blue-party CRITICAL acme [condemned]"), rows("The Blue Party condemned Acme."));
    }
}

package org.w3id.newsgraph.extract.relations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.w3id.newsgraph.model.EntityType.CITY;
import static org.w3id.newsgraph.model.EntityType.COMPANY;
import static org.w3id.newsgraph.model.EntityType.COUNTRY;
import static org.w3id.newsgraph.model.EntityType.GOVERNMENT_BODY;
import static org.w3id.newsgraph.model.EntityType.MEDIA_ORGANIZATION;
import static org.w3id.newsgraph.model.EntityType.ORGANIZATION;
import static org.w3id.newsgraph.model.EntityType.PLACE;
import static org.w3id.newsgraph.model.EntityType.POLITICAL_ORGANIZATION;
import static org.w3id.newsgraph.model.EntityType.REGION;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.w3id.newsgraph.extract.ArticleView;
import org.w3id.newsgraph.extract.TestDocs;
import org.w3id.newsgraph.extract.quotes.QuoteStep;
import org.w3id.newsgraph.extract.roles.RoleStep;
import org.w3id.newsgraph.model.Relation;
import org.w3id.newsgraph.model.RelationType;
import org.w3id.newsgraph.pipeline.Annotations;
import org.w3id.newsgraph.pipeline.Document;
import org.w3id.newsgraph.pipeline.Pipeline;

/**
 * The checks of {@link PostBodies}, {@link SureReferents}, the possessive and prepositional lists, the title-case
 * dateline, names that go on after "and" or into a title, and the cue's premodifier, mood and owner tests; made-up text.
 */
class PostsListsAndPronounsTest {
    private final Pipeline pipeline = Pipeline.builder().add(new RoleStep()).add(new QuoteStep()).add(new RelationStep())
            .build(java.util.Set.of(Annotations.SENTENCES, Annotations.QUOTE_SPANS, Annotations.ENTITIES, Annotations.COREFERENCE));

    private static List<String> rows(Document d) {
        return d.get(Annotations.RELATIONS).stream()
                .map(r -> r.subjectKey() + " " + r.type().localName() + " " + r.objectKey()).toList();
    }

    /** Whether the filter keeps the relation stated in the sentence that holds {@code words}. */
    private static boolean keeps(Document d, String words, String subject, RelationType type, String object, String cue) {
        var sentence = d.get(Annotations.SENTENCES).stream().filter(x -> x.span().of(d.text()).contains(words))
                .findFirst().orElseThrow();
        Relation r = new Relation(subject, type, object, cue, sentence.span(),
                RuleConfidence.of(RuleConfidence.Family.ROLE, type));
        return new TrustedRelations(ArticleView.of(d)).keeps(r);
    }

    @Test
    void aPostBelongsToTheBodyItsWordsName() {
        String text = """
                Arden state Sen. Jane Roe spoke.
                Sen. Tom Avery spoke.
                Avery campaign spokeswoman Ana Ruiz spoke.
                The campaign of Sen. Tom Avery began.
                Ivo Dunn, a Pinecrest lawyer, spoke.
                Ana Ruiz, Arden state director of Acme Networks, spoke.
                Acme Networks’ president Jane Roe spoke.
                Arden Gov. Tom Avery spoke.
                The Unity Party met.
                """;
        Document d = TestDocs.entities().person("Jane Roe").person("Tom Avery").person("Ana Ruiz").person("Ivo Dunn")
                .of("senate", "Senate", GOVERNMENT_BODY, "Senate")
                .of("unity", "Unity Party", POLITICAL_ORGANIZATION, "Unity Party")
                .of("arden", "Arden", REGION, "Arden")
                .of("pinecrest", "Pinecrest", CITY, "Pinecrest")
                .of("freedonia", "Freedonia", COUNTRY, "Freedonia")
                .of("acme", "Acme Networks", COMPANY, "Acme Networks")
                .doc(text);
        assertFalse(keeps(d, "Arden state Sen.", "jane-roe", RelationType.HOLDS_ROLE_IN, "senate", "state Sen."), "a state senator");
        assertTrue(keeps(d, "Tom Avery spoke", "tom-avery", RelationType.HOLDS_ROLE_IN, "senate", "Sen."));
        assertFalse(keeps(d, "Avery campaign", "ana-ruiz", RelationType.HOLDS_ROLE_IN, "unity", "spokeswoman"), "a campaign's post");
        assertTrue(keeps(d, "Tom Avery began", "tom-avery", RelationType.HOLDS_ROLE_IN, "senate", "Sen."), "the campaign of a senator");
        assertFalse(keeps(d, "Pinecrest lawyer", "ivo-dunn", RelationType.HOLDS_ROLE_IN, "pinecrest", "lawyer"), "a trade");
        assertFalse(keeps(d, "state director", "ana-ruiz", RelationType.HOLDS_ROLE_IN, "arden", "state director of Acme Networks"));
        assertFalse(keeps(d, "president Jane Roe", "jane-roe", RelationType.HOLDS_ROLE_IN, "freedonia", "president"), "the owner's post");
        assertTrue(keeps(d, "Arden Gov.", "tom-avery", RelationType.HOLDS_ROLE_IN, "arden", "Gov."));
    }

    @Test
    void possessivePlacesAndRepeatedPrepositionsMakeLists() {
        String text = """
                She toured Arden’s Pine County, Norland’s Elm County and Vale.
                She spoke on Pine Island or in Upper Arden.
                Her depot in Pine County, Norland, opened.
                """;
        Document d = TestDocs.entities()
                .of("arden", "Arden", REGION, "Arden")
                .of("norland", "Norland", REGION, "Norland")
                .of("pine", "Pine County", PLACE, "Pine County")
                .of("elm", "Elm County", PLACE, "Elm County")
                .of("island", "Pine Island", PLACE, "Pine Island")
                .of("upper", "Upper Arden", PLACE, "Upper Arden")
                .doc(text);
        assertFalse(keeps(d, "She toured", "pine", RelationType.LOCATED_IN, "norland", ""));
        assertFalse(keeps(d, "Pine Island", "island", RelationType.LOCATED_IN, "upper", ""));
        assertTrue(keeps(d, "Her depot", "pine", RelationType.LOCATED_IN, "norland", ""), "City, State stays");
    }

    @Test
    void aTitleCaseDatelineCreditAndNamesThatGoOnAreDropped() {
        String text = """
                Pine Crest (Wirepress) – Acme Networks opened a plant.
                Jane Roe heads the Office of Trade and Outreach at the Ministry.
                Acme Political Director Jane Roe spoke.
                Jane Roe heads the Office of Trade and Acme Networks.
                """;
        Document d = TestDocs.entities().person("Jane Roe")
                .of("pinecrest", "Pine Crest", CITY, "Pine Crest")
                .of("wirepress", "Wirepress", MEDIA_ORGANIZATION, "Wirepress")
                .of("acme", "Acme Networks", COMPANY, "Acme Networks")
                .of("office", "Office of Trade", GOVERNMENT_BODY, "Office of Trade")
                .of("acmepol", "Acme Political", ORGANIZATION, "Acme Political")
                .doc(text);
        assertFalse(keeps(d, "Pine Crest (", "wirepress", RelationType.BASED_IN, "pinecrest", ""), "Pine Crest (Wirepress) –");
        assertFalse(keeps(d, "Outreach", "jane-roe", RelationType.HOLDS_ROLE_IN, "office", "head"), "cut before \"and Outreach\"");
        assertFalse(keeps(d, "Political Director", "jane-roe", RelationType.HOLDS_ROLE_IN, "acmepol", "Director"), "the title's first word");
        assertTrue(keeps(d, "Trade and Acme", "jane-roe", RelationType.HOLDS_ROLE_IN, "office", "head"), "another name after \"and\"");
    }

    @Test
    void aPronounWithTwoPossibleReferentsGivesNoRelation() {
        String text = """
                Tom Avery spoke on Monday. He accused Acme Networks of fraud.
                Tom Avery met Ivo Dunn at noon. He accused Bolt Telecom of fraud.
                """;
        Document d = TestDocs.entities().person("Tom Avery").person("Ivo Dunn")
                .of("acme", "Acme Networks", COMPANY, "Acme Networks")
                .of("bolt", "Bolt Telecom", COMPANY, "Bolt Telecom")
                .doc(text);
        List<String> rows = rows(pipeline.run(d));
        assertTrue(rows.contains("tom-avery accuses acme"), rows.toString());
        assertTrue(rows.stream().noneMatch(r -> r.endsWith(" bolt")), rows.toString());
    }

    @Test
    void aPremodifierAChanceOrAnOwnerIsNoEnd() {
        String text = """
                Acme Networks met with Bolt Telecom on Monday.
                The Acme Networks veteran later met with Orion Mobile.
                Acme Networks has the best odds of beating Vela Corp.
                Acme Networks met with Kappa Group’s chief.
                """;
        Document d = TestDocs.entities()
                .of("acme", "Acme Networks", COMPANY, "Acme Networks")
                .of("bolt", "Bolt Telecom", COMPANY, "Bolt Telecom")
                .of("orion", "Orion Mobile", COMPANY, "Orion Mobile")
                .of("vela", "Vela Corp", COMPANY, "Vela Corp")
                .of("kappa", "Kappa Group", COMPANY, "Kappa Group")
                .doc(text);
        assertEquals(List.of("acme meetsWith bolt"), rows(pipeline.run(d)));
    }
}

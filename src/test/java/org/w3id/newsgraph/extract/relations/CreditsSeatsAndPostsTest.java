package org.w3id.newsgraph.extract.relations;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.w3id.newsgraph.model.EntityType.CITY;
import static org.w3id.newsgraph.model.EntityType.COMPANY;
import static org.w3id.newsgraph.model.EntityType.GOVERNMENT_BODY;
import static org.w3id.newsgraph.model.EntityType.MEDIA_ORGANIZATION;
import static org.w3id.newsgraph.model.EntityType.REGION;

import org.junit.jupiter.api.Test;
import org.w3id.newsgraph.extract.ArticleView;
import org.w3id.newsgraph.extract.TestDocs;
import org.w3id.newsgraph.model.Relation;
import org.w3id.newsgraph.model.RelationType;
import org.w3id.newsgraph.pipeline.Annotations;
import org.w3id.newsgraph.pipeline.Document;

/**
 * Wire credits after a dated dateline, a town's possessive before a national body, "attorney" as a trade, and a
 * campaign post's organisation ({@link TrustedRelations}, {@link WholeNames}, {@link PostBodies}); made-up text.
 */
class CreditsSeatsAndPostsTest {

    /** Whether the filter keeps the relation stated in the sentence that holds {@code words}; shared by the tests here. */
    static boolean keeps(Document d, String words, String subject, RelationType type, String object, String cue) {
        var sentence = d.get(Annotations.SENTENCES).stream().filter(x -> x.span().of(d.text()).contains(words))
                .findFirst().orElseThrow();
        Relation r = new Relation(subject, type, object, cue, sentence.span(),
                RuleConfidence.of(RuleConfidence.Family.ROLE, type));
        return new TrustedRelations(ArticleView.of(d)).keeps(r);
    }

    private static TestDocs base() {
        return TestDocs.entities().person("Jane Roe").person("Ivo Dunn").person("Ana Ruiz")
                .of("pinecrest", "Pine Crest", CITY, "Pine Crest", "PINE CREST")
                .of("wirepress", "Wirepress", MEDIA_ORGANIZATION, "Wirepress")
                .of("star", "Daily Star", MEDIA_ORGANIZATION, "Daily Star")
                .of("acme", "Acme Networks", COMPANY, "Acme Networks")
                .of("senate", "U.S. Senate", GOVERNMENT_BODY, "United States Senate");
    }

    @Test
    void aCreditAfterADatedDatelineIsNoSeat() {
        Document d = base().doc("""
                PINE CREST, July 19 (Wirepress) — Acme Networks opened a plant.

                Pine Crest, March 8, 2016 (Wirepress) — Jane Roe spoke.

                The Wirepress desk in Pine Crest (Wirepress) is busy.
                """);
        assertFalse(keeps(d, "July 19", "wirepress", RelationType.BASED_IN, "pinecrest", ""), "capitals and a date");
        assertFalse(keeps(d, "March 8", "wirepress", RelationType.BASED_IN, "pinecrest", ""), "title case and a date");
        assertTrue(keeps(d, "desk in", "wirepress", RelationType.BASED_IN, "pinecrest", ""), "no dateline");
    }

    @Test
    void aTownsShareOfANationalBodyIsNoSeat() {
        Document d = base().doc("""
                Jane Roe wants one of Pine Crest's United States Senate seats.
                The United States Senate met in Pine Crest on Monday.
                """);
        assertFalse(keeps(d, "seats", "senate", RelationType.BASED_IN, "pinecrest", ""), "a possessive town");
        assertTrue(keeps(d, "met in", "senate", RelationType.BASED_IN, "pinecrest", ""), "no possessive");
    }

    @Test
    void anAttorneyIsATradeUnlessTheWordsMakeItAnOffice() {
        Document d = base().doc("""
                Ivo Dunn, a Pine Crest attorney, spoke.
                Pine Crest City Attorney Jane Roe spoke.
                """);
        assertFalse(keeps(d, "attorney, spoke", "ivo-dunn", RelationType.HOLDS_ROLE_IN, "pinecrest", "attorney"), "a trade");
        assertTrue(keeps(d, "City Attorney", "jane-roe", RelationType.HOLDS_ROLE_IN, "pinecrest", "City Attorney"), "an office");
    }

    @Test
    void aCampaignPostIsNotInAnOrganisationNamedElsewhere() {
        Document d = base().doc("""
                Roe campaign chairman Ana Ruiz told the Daily Star on Monday.
                Acme Networks campaign director Ana Ruiz spoke.
                """);
        assertFalse(keeps(d, "told the Daily Star", "ana-ruiz", RelationType.HOLDS_ROLE_IN, "star", "chairman"),
                "the outlet she spoke to");
        assertTrue(keeps(d, "campaign director", "ana-ruiz", RelationType.HOLDS_ROLE_IN, "acme", "director"),
                "the organisation the title names");
    }

    @Test
    void aListWhoseLastMemberHasACompassWordIsAList() {
        Document d = base().of("mississippi", "Mississippi", REGION, "Mississippi").of("louisiana", "Louisiana", REGION, "Louisiana")
                .of("arkansas", "Arkansas", REGION, "Arkansas")
                .doc("""
                Storms hit Mississippi, Louisiana and eastern Arkansas on Monday.
                Jane Roe lives in Pine Crest, Louisiana now.
                """);
        assertFalse(keeps(d, "Storms", "mississippi", RelationType.LOCATED_IN, "louisiana", ""), "three members, the last with a compass word");
        assertTrue(keeps(d, "lives in", "pinecrest", RelationType.LOCATED_IN, "louisiana", ""), "a town and its state");
    }
}

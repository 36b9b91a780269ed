package org.w3id.newsgraph.extract.relations;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.w3id.newsgraph.model.EntityType.CITY;
import static org.w3id.newsgraph.model.EntityType.COMPANY;
import static org.w3id.newsgraph.model.EntityType.GOVERNMENT_BODY;
import static org.w3id.newsgraph.model.EntityType.ORGANIZATION;
import static org.w3id.newsgraph.model.EntityType.PLACE;
import static org.w3id.newsgraph.model.EntityType.POLITICAL_ORGANIZATION;
import static org.w3id.newsgraph.model.EntityType.REGION;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.w3id.newsgraph.extract.TestDocs;
import org.w3id.newsgraph.model.RelationType;
import org.w3id.newsgraph.pipeline.Document;

/**
 * Address chains ({@link PlaceChains}), a place "in" a compass part of a region ({@link StructuralRelations}), sites
 * ({@link FacilitySeats}), bodies named after a place ({@link PlaceNamedBodies}), seats after "of"
 * ({@link CompanySeats}, {@link AddressRelations}) and legislators' bodies ({@link PostBodies}); made-up text.
 */
class ChainsSitesAndLegislatorsTest {
    private final FacilitySeatsTest sites = new FacilitySeatsTest();

    private List<String> rows(String text, TestDocs entities) {
        return sites.rows(text, entities);
    }

    private static boolean keeps(Document d, String words, String subject, RelationType type, String object, String cue) {
        return CreditsSeatsAndPostsTest.keeps(d, words, subject, type, object, cue);
    }

    private static TestDocs places() {
        return TestDocs.entities()
                .of("fort", "Fort Ardmore", PLACE, "Fort Ardmore")
                .of("kelton", "Kelton", CITY, "Kelton")
                .of("ny", "New York", REGION, "N.Y.")
                .of("ohio", "Ohio", REGION, "Ohio")
                .of("iowa", "Iowa", REGION, "Iowa")
                .of("montana", "Montana", REGION, "Montana")
                .of("elmhurst", "Elmhurst", CITY, "Elmhurst");
    }

    @Test
    void aSiteItsTownAndItsStateAreAnAddress() {
        List<String> rows = rows("""
                Visitors were counted at Fort Ardmore, Kelton, N.Y., on Monday.
                """, places());
        assertTrue(rows.containsAll(List.of("fort locatedIn kelton", "fort locatedIn ny")), rows.toString());
        List<String> list = rows("""
                Storms hit Fort Ardmore, Kelton, Ohio and Iowa on Monday.
                """, places());
        assertFalse(list.contains("fort locatedIn kelton"), list.toString());
    }

    @Test
    void aPlaceInACompassPartOfARegionIsInIt() {
        List<String> rows = rows("""
                Crews cleared wreckage four miles north of Elmhurst in northwest Montana on Monday.
                """, places());
        assertTrue(rows.contains("elmhurst locatedIn montana"), rows.toString());
    }

    @Test
    void aGovernmentBodyBeforeASiteNounIsNotTheSite() {
        TestDocs e = places().of("vanta", "Vanta Agency", GOVERNMENT_BODY, "Vanta Agency")
                .of("fleet", "Home Fleet", GOVERNMENT_BODY, "Home Fleet")
                .of("elmlab", "Elm Laboratory", PLACE, "Elm Laboratory");
        List<String> rows = rows("""
                Gunmen attacked the Vanta Agency base in Kelton last year.
                Jane Roe, a Home Fleet veteran attending school in Elmhurst, spoke.
                Samples went to the Elm Laboratory in Kelton on Monday.
                """, e);
        assertFalse(rows.contains("vanta basedIn kelton"), rows.toString());
        assertFalse(rows.contains("fleet basedIn elmhurst"), rows.toString());
        assertTrue(rows.contains("elmlab locatedIn kelton"), rows.toString());
    }

    @Test
    void aCityElectsNoLegislatorAndAPartyAdjectiveIsNoPost() {
        Document d = places().person("Jane Roe").person("Ivo Dunn")
                .of("unity", "Unity Party", POLITICAL_ORGANIZATION, "Unity Party", "Unity")
                .doc("""
                Jane Roe, a Kelton senator, spoke on Monday.
                Kelton Mayor Jane Roe spoke on Tuesday.
                Unity Congressman Ivo Dunn voted against it.
                Unity chairman Ivo Dunn voted for it.
                """);
        assertFalse(keeps(d, "senator", "jane-roe", RelationType.HOLDS_ROLE_IN, "kelton", "senator"), "a city's senator");
        assertTrue(keeps(d, "Mayor", "jane-roe", RelationType.HOLDS_ROLE_IN, "kelton", "Mayor"), "a city's mayor");
        assertFalse(keeps(d, "voted against", "ivo-dunn", RelationType.HOLDS_ROLE_IN, "unity", "Congressman"), "a party's legislator");
        assertTrue(keeps(d, "voted for", "ivo-dunn", RelationType.HOLDS_ROLE_IN, "unity", "chairman"), "a party's chairman");
    }

    @Test
    void aSiteInATownInARegionIsInBoth() {
        TestDocs e = places().of("hospital", "Elm Hospital", PLACE, "Elm Hospital");
        List<String> rows = rows("""
                He was treated at Elm Hospital in Kelton in northeast Ohio last year.
                """, e);
        assertTrue(rows.containsAll(List.of("hospital locatedIn kelton", "hospital locatedIn ohio")), rows.toString());
    }

    @Test
    void aBodyNamedAfterAPlaceTheSentenceNamesIsThere() {
        TestDocs e = places().of("opera", "Kelton Opera", ORGANIZATION, "Kelton Opera")
                .of("ohiocity", "Ohio City", CITY, "Ohio City");
        List<String> rows = rows("""
                Three singers left the Kelton Opera on its way home to Kelton last week.
                Fans from Ohio City drove across Ohio on Sunday.
                """, e);
        assertTrue(rows.contains("opera basedIn kelton"), rows.toString());
        assertFalse(rows.contains("ohiocity locatedIn ohio"), "a town named after its state: " + rows);
    }

    @Test
    void aSeatAfterOf() {
        TestDocs e = places().of("nj", "New Jersey", REGION, "N.J.")
                .of("harlow", "Harlow Medical Co", COMPANY, "Harlow Medical Co")
                .of("institute", "Institute of Botany", ORGANIZATION, "Institute of Botany");
        List<String> rows = rows("""
                The Harlow Medical Co of Elm Lakes, N.J., donates the kits.
                Samples went to the Institute of Botany of Kelton on Monday.
                """, e);
        assertTrue(rows.containsAll(List.of("harlow basedIn nj", "institute basedIn kelton")), rows.toString());
    }
}

package org.w3id.newsgraph.extract.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.w3id.newsgraph.extract.entities.WirePlacesTest.byName;
import static org.w3id.newsgraph.extract.entities.WirePlacesTest.places;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.w3id.newsgraph.extract.Extractor;
import org.w3id.newsgraph.model.ArticleFacts;
import org.w3id.newsgraph.model.Entity;
import org.w3id.newsgraph.model.EntityType;
import org.w3id.newsgraph.model.SourceText;

/**
 * Places of wire copy whose ends the entity step missed or mistyped (branch h-rel8), on made-up text: sites on
 * address lines, foreign and cut datelines in capitals, a source line that opens the text, an agency's feed after
 * its name, "X City".
 */
class AddressLinesAndDatelinesTest {
    private static final Extractor EXTRACTOR = Extractor.create();
    private static final String LEAD = "Storms close schools.\n\n"
            + "The mayor said the budget would pass on Monday after a long debate.\n\n";

    @Test
    void theSiteOfAnAddressLineIsOnePlaceInItsTownAndState() {
        ArticleFacts f = EXTRACTOR.extract(new SourceText("t.txt", LEAD
                + "Fort Ardmore, Kelton, N.Y.;\n\n"
                + "Elm Lock and Dam, Pike County, Ala.;\n\n"
                + "Pinewood Indian Center, N.M.;\n\n"
                + "John Carter, Kelton, N.Y.;\n"));
        Map<String, Entity> n = byName(f);
        assertEquals(EntityType.PLACE, n.get("Fort Ardmore").type(), n.toString()); // the model: a person
        assertEquals(EntityType.PLACE, n.get("Elm Lock and Dam").type(), n.toString()); // not "Elm Lock" and "Dam"
        assertFalse(n.containsKey("Dam"), n.toString());
        assertEquals(EntityType.PLACE, n.get("Pinewood Indian Center").type(), n.toString());
        assertEquals(EntityType.PERSON, n.get("John Carter").type(), n.toString()); // no site word: left alone
        List<String> p = places(f);
        assertEquals(List.of("Kelton locatedIn New York State", "Fort Ardmore locatedIn Kelton",
                "Fort Ardmore locatedIn New York State", "Pike County locatedIn Alabama",
                "Elm Lock and Dam locatedIn Pike County", "Elm Lock and Dam locatedIn Alabama",
                "Pinewood Indian Center locatedIn New Mexico", "Kelton locatedIn New York State"), p);
    }

    @Test
    void aSiteIsReadSoOnlyOnALineOfItsOwnThatEndsInASemicolon() {
        ArticleFacts f = EXTRACTOR.extract(new SourceText("t.txt", LEAD
                + "Fort Ardmore, Kelton, said the budget would pass.\n"));
        assertTrue(places(f).isEmpty(), places(f).toString());
    }

    @Test
    void aDatelineTownInCapitalsThatTheModelCutOrTypedAsABody() {
        ArticleFacts f = EXTRACTOR.extract(new SourceText("t.txt", LEAD + "GLEN FALLS, N.Y.\n\n"
                + "Workers cheered as the first shift began on Monday at the mill.\n"));
        Map<String, Entity> n = byName(f);
        assertEquals(EntityType.CITY, n.get("Glen Falls").type(), n.toString()); // "GLEN" alone was a person
        assertFalse(n.containsKey("GLEN"), n.toString());
        assertEquals(List.of("Glen Falls locatedIn New York State"), places(f));
    }

    @Test
    void aForeignDatelineTownBeforeItsCountryAndCredit() {
        ArticleFacts f = EXTRACTOR.extract(new SourceText("t.txt", "Mill fire\n\n"
                + "ELMSTADT, Austria (AP) - A fire closed the mill on Friday, the owners said.\n\n"
                + "KELTONBURG, England (AP)\n\n"
                + "The talks ended on Friday, the minister said after the meeting.\n"));
        Map<String, Entity> n = byName(f);
        assertEquals(EntityType.CITY, n.get("Elmstadt").type(), n.toString());
        assertEquals(EntityType.CITY, n.get("Keltonburg").type(), n.toString());
        assertEquals(List.of("Elmstadt locatedIn Austria", "Keltonburg locatedIn England"), places(f));
        // a country that the line goes on after is no dateline's
        ArticleFacts g = EXTRACTOR.extract(new SourceText("t.txt", LEAD
                + "ELMSTADT, Austria and the mill agreed on a plan, officials said on Friday.\n"));
        assertFalse(byName(g).containsKey("Elmstadt"), byName(g).toString());
    }

    @Test
    void aSourceLineOpeningTheTextIsRead() {
        ArticleFacts f = EXTRACTOR.extract(new SourceText("t.txt", "Moscow ZK-PRAVDA\n\n"
                + "The talks on the harbour ended on Friday, the minister said in a statement.\n"));
        assertEquals(0, f.body().begin());
        assertEquals(List.of("ZK-PRAVDA basedIn Moscow"), places(f));
        // a headline in title case stays header
        ArticleFacts h = EXTRACTOR.extract(new SourceText("t.txt", "Moscow Weighs New Rules\n\n"
                + "The talks on the harbour ended on Friday, the minister said in a statement.\n"));
        assertTrue(h.body().begin() > 0);
    }

    @Test
    void anAgencyIsNamedWithoutItsFeed() {
        ArticleFacts f = EXTRACTOR.extract(new SourceText("t.txt", LEAD
                + "OW3004022094 Beijing ZK-XINWEN Domestic Service in Chinese 1149 GMT 29 Apr 94\n\n"
                + "Lisbon ZK-RADIO World Service\n\n"
                + "The talks ended on Friday, the minister said after the meeting.\n"));
        Map<String, Entity> n = byName(f);
        assertTrue(n.containsKey("ZK-XINWEN") && n.containsKey("ZK-RADIO"), n.toString());
        assertFalse(n.keySet().stream().anyMatch(k -> k.contains("Service")), n.toString());
        assertEquals(List.of("ZK-XINWEN basedIn Beijing", "ZK-RADIO basedIn Lisbon"), places(f));
    }

    @Test
    void aNameReadAsAPersonThatEndsInCityIsATown() {
        ArticleFacts f = EXTRACTOR.extract(new SourceText("t.txt", LEAD
                + "Hurricane warnings were posted from Freeport, Texas, to Morgan City, La.\n"));
        assertEquals(EntityType.PLACE, byName(f).get("Morgan City").type(), byName(f).toString());
        assertTrue(places(f).contains("Morgan City locatedIn Louisiana"), places(f).toString());
    }

    @Test
    void aCompanyWithInitialsOfAnUnlistedTownAndState() {
        ArticleFacts f = EXTRACTOR.extract(new SourceText("t.txt", LEAD
                + "Inspectors filed charges against the S.A. Harlow Co. of Elmford, Ill., the tunnel contractor.\n"));
        Map<String, Entity> n = byName(f);
        assertEquals(EntityType.PLACE, n.get("Elmford").type(), n.toString()); // not "... Co. of Elmford" joined
        assertEquals(List.of("Elmford locatedIn Illinois", "S.A. Harlow Co basedIn Elmford",
                "S.A. Harlow Co basedIn Illinois"), places(f));
    }
}

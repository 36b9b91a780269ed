package org.w3id.newsgraph.extract.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.w3id.newsgraph.extract.Extractor;
import org.w3id.newsgraph.model.Entity;
import org.w3id.newsgraph.model.EntityType;
import org.w3id.newsgraph.model.SourceText;

/** The filters and boundary fixes after the name model ({@link NotNames}, {@link HeadlineNames}, {@link PlaceNames}). */
class NameFiltersTest {
    private static final Extractor EXTRACTOR = Extractor.create();

    /** Entity name to coarse type for a made-up article. */
    private static Map<String, EntityType> names(String text) {
        List<Entity> es = EXTRACTOR.extract(new SourceText("t.txt", text)).entities();
        return es.stream().collect(Collectors.toMap(Entity::name, e -> e.type().coarse(), (a, b) -> a));
    }

    @Test
    void creditLinesWithASlashAreNoEntities() {
        Map<String, EntityType> n = names("Voters lined up early.\n\nPhoto: Dalia Ferrow/Pixwire\n\n"
                + "Dalia Ferrow, a photographer, said the lines were long in Denver on Tuesday.\n");
        assertTrue(n.keySet().stream().noneMatch(k -> k.contains("/")), n.toString());
    }

    @Test
    void ordinaryCapitalisedWordsAreNoEntities() {
        Map<String, EntityType> n = names("The debate ran long.\n\n"
                + "Laura Quent said the debate was OK but that TV coverage was thin. A super PAC backing Quent "
                + "spent heavily. \"God knows what comes next,\" Quent said in Denver.\n");
        assertFalse(n.containsKey("OK") || n.containsKey("TV") || n.containsKey("PAC") || n.containsKey("God"),
                n.toString());
        assertEquals(EntityType.PERSON, n.get("Laura Quent"), n.toString());
    }

    @Test
    void titleAbbreviationsAreNoEntitiesAndNoNameEdges() {
        Map<String, EntityType> n = names("Lawmakers met on Monday.\n\n"
                + "Among those present were Sen.\nOrrin Faldane and Gov.\nTessa Brume, who spoke about the budget.\n");
        assertTrue(n.keySet().stream().noneMatch(k -> k.startsWith("Sen") || k.startsWith("Gov")), n.toString());
    }

    @Test
    void eventsLawsAndDocumentsAreNoOrganisations() {
        Map<String, EntityType> n = names("Leaders gathered in Denver.\n\n"
                + "Delegates at the Harbourlight Summit debated the Clean Rivers Act and the legacy of World War II, "
                + "said Laura Quent, who chairs the Quent Foundation.\n");
        assertFalse(n.containsKey("Harbourlight Summit") || n.containsKey("Clean Rivers Act")
                || n.containsKey("World War II"), n.toString());
        assertEquals(EntityType.PERSON, n.get("Laura Quent"), n.toString());
    }

    @Test
    void aPostBeforeAPersonIsNoPartOfAnOrganisationName() {
        Map<String, EntityType> n = names("The vote failed.\n\n"
                + "Senate Minority Whip Tessa Brume said the vote failed because of absences.\n");
        assertEquals(EntityType.PERSON, n.get("Tessa Brume"), n.toString());
        assertTrue(n.keySet().stream().noneMatch(k -> k.contains("Whip")), n.toString());
    }

    @Test
    void aTitleCaseHeadlineKeepsOnlyConfirmedNames() {
        Map<String, EntityType> n = names("Laura Quent Praises Harlow Steel Over Plant Expansion\n\n"
                + "Laura Quent, the mayor, said Harlow Steel would hire 200 workers in Denver.\n");
        assertTrue(n.keySet().stream().noneMatch(k -> k.contains("Praises") || k.contains("Over")), n.toString());
        assertEquals(EntityType.PERSON, n.get("Laura Quent"), n.toString());
    }

    @Test
    void aTownNamedAfterACityIsTheWholeTown() {
        Map<String, EntityType> n = names("Plants closed across the region.\n\n"
                + "Workers in East Chicago, Ind., and in Palm Beach Gardens said the closures hurt, and a mill in "
                + "Berlin, N.H., shut too.\n");
        assertTrue(n.containsKey("East Chicago"), n.toString());
        assertTrue(n.containsKey("Palm Beach Gardens"), n.toString());
        assertFalse(n.containsKey("Chicago"), n.toString());
        List<Entity> es = EXTRACTOR.extract(new SourceText("t.txt", "A mill in Berlin, N.H., shut on Monday.\n")).entities();
        assertTrue(es.stream().noneMatch(e -> e.name().equals("Berlin") && e.wikidata() != null), es.toString());
    }

    @Test
    void aGivenNameBeforeACompanyNameIsAPerson() {
        List<Entity> es = EXTRACTOR.extract(new SourceText("t.txt", "Historians met in Denver.\n\n"
                + "They said Gerald Ford's pardon was a turning point for the country.\n")).entities();
        assertTrue(es.stream().noneMatch(e -> e.type().coarse() == EntityType.ORGANIZATION), es.toString());
    }

    @Test
    void aCompassWordAloneIsARegion() {
        Map<String, EntityType> n = names("Turnout rose.\n\n"
                + "Laura Quent said turnout rose across the Midwest and the South, where her campaign spent most.\n");
        assertTrue(!n.containsKey("Midwest") || n.get("Midwest") == EntityType.PLACE, n.toString());
        assertTrue(!n.containsKey("South") || n.get("South") == EntityType.PLACE, n.toString());
        assertTrue(n.containsKey("Midwest") || n.containsKey("South"), n.toString());
    }

    @Test
    void aStateAbbreviationAfterATownIsAPlace() {
        Map<String, EntityType> n = names("A rally drew crowds.\n\n"
                + "Laura Quent spoke to voters in Dayton, Tex., and in Harlow, VA, on Friday.\n");
        for (String k : n.keySet()) {
            if (k.startsWith("Tex") || k.equals("VA")) {
                assertEquals(EntityType.PLACE, n.get(k), n.toString());
            }
        }
    }

    @Test
    void aNameAbbreviationAloneIsNoEntityButStaysInsideNames() {
        Map<String, EntityType> n = names("The parish met.\n\n"
                + "Members of St. Brendan Parish in Fort Worth said the meeting, led by Laura Quent Jr., ran late. "
                + "They then walked to St.\nThe vote came later.\n");
        assertFalse(n.containsKey("St.") || n.containsKey("St"), n.toString());
        assertTrue(n.containsKey("Laura Quent Jr."), n.toString());
    }

    @Test
    void aCreditLineIsNoHeadline() {
        Map<String, EntityType> n = names("Prices rise again in Denver\n\n"
                + "DENVER (Reuters) - Prices of food rose for a third month in Denver, the city's statistics office "
                + "said on Monday, as shoppers paid more for bread and milk.\n\n"
                + "The office said it expected prices to keep rising until the summer.\n\n"
                + "(Reporting by Tessa Brume; Editing by Laura Quent)\n");
        assertEquals(EntityType.PERSON, n.get("Tessa Brume"), n.toString());
        assertEquals(EntityType.PERSON, n.get("Laura Quent"), n.toString());
    }

    @Test
    void anOrganisationWithAnEventWordInItsNameStays() {
        Map<String, EntityType> n = names("Ballots were counted.\n\n"
                + "The Harlow County Board of Elections said the count would end on Friday.\n");
        assertTrue(n.keySet().stream().anyMatch(k -> k.endsWith("Board of Elections")), n.toString());
    }

    @Test
    void aSurnameAsModifierIsThePersonAndAPluralIsNoEntity() {
        Map<String, EntityType> n = names("Talks resumed.\n\n"
                + "Laura Quent met union leaders on Monday. The Quent administration said talks went well, and the "
                + "Quents later flew back to Denver.\n");
        assertFalse(n.containsKey("Quents"), n.toString());
        assertTrue(n.values().stream().noneMatch(t -> t == EntityType.ORGANIZATION), n.toString());
    }

    @Test
    void thePartiesOfACaseNameAreNoEntities() {
        Map<String, EntityType> n = names("The court ruled.\n\n"
                + "Laura Quent said the ruling in Harlow v. Brume changed the law in Denver.\n");
        assertFalse(n.containsKey("Harlow") || n.containsKey("Brume"), n.toString());
    }

    @Test
    void aPostIsCutFromTheEndOfAnInstitution() {
        Map<String, EntityType> n = names("The bill stalled.\n\n"
                + "The bill stalled after Senate Majority Leader Tessa Brume said it lacked support.\n");
        assertTrue(n.keySet().stream().noneMatch(k -> k.endsWith("Majority") || k.endsWith("Leader")), n.toString());
    }

    @Test
    void aCountyPostBeforeAPersonIsNoPartOfTheName() {
        Map<String, EntityType> n = names("The search went on.\n\n"
                + "\"We will find them,\" Harlow County Sheriff Tessa Brume said at a news conference on Monday.\n");
        assertTrue(n.keySet().stream().noneMatch(k -> k.contains("Sheriff")), n.toString());
        assertEquals(EntityType.PERSON, n.get("Tessa Brume"), n.toString());
    }

    @Test
    void aStateTagInParenthesesIsAPlace() {
        Map<String, EntityType> n = names("The bill advanced.\n\n"
                + "Rep. Tessa Brume (Tex.), who wrote the bill, said it would pass in Denver on Friday.\n");
        assertTrue(n.entrySet().stream().noneMatch(e -> e.getKey().startsWith("Tex")
                && e.getValue() != EntityType.PLACE), n.toString());
    }

    @Test
    void georgiaAmongUsStatesIsTheState() {
        List<Entity> es = EXTRACTOR.extract(new SourceText("t.txt", "Refugees arrive.\n\n"
                + "Families moved to Texas, Ohio and Georgia this year, and more will go to Georgia next year, "
                + "officials in Denver said.\n")).entities();
        assertTrue(es.stream().anyMatch(e -> e.name().equals("Georgia") && e.type() == EntityType.REGION),
                es.toString());
    }

    @Test
    void aNameBeforeASportsEventHeadIsTheEvents() {
        Map<String, EntityType> n = names("Tennis results.\n\n"
                + "Laura Quent won the Hong Kong Open on Sunday and will play the U.S. Open in Denver next month.\n");
        assertFalse(n.containsKey("Hong Kong") || n.containsKey("United States") || n.containsKey("U.S."), n.toString());
        assertEquals(EntityType.PLACE, n.get("Denver"), n.toString());
    }

    @Test
    void aNameCutBeforeOfAndALawIsNoEntity() {
        Map<String, EntityType> n = names("Records released.\n\n"
                + "The group filed a request under the Freedom of Information Act, Laura Quent said in Denver.\n");
        assertFalse(n.containsKey("Freedom"), n.toString());
        assertEquals(EntityType.PERSON, n.get("Laura Quent"), n.toString());
    }
}

package org.w3id.newsgraph.extract.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.w3id.newsgraph.extract.Extractor;
import org.w3id.newsgraph.model.Entity;
import org.w3id.newsgraph.model.EntityType;
import org.w3id.newsgraph.model.Mention;
import org.w3id.newsgraph.model.SourceText;

/**
 * The error classes of the seed-17 entity sample (docs/QUALITY.md) on invented news: a city's name that names its
 * state, a count before a name, a religion's adjective, a body's head word alone, a poll, a university's campus, a
 * state's nickname.
 */
class SeedSeventeenClassesTest {
    private static final Extractor EXTRACTOR = Extractor.create();

    private static Map<String, EntityType> mentions(String text) {
        return ModelJoinTest.mentions(text);
    }

    /** Each entity's name with its type, for every mention's text: the last entity with that mention wins. */
    private static Map<String, String> entities(String text) {
        Map<String, String> out = new TreeMap<>();
        for (Entity e : EXTRACTOR.extract(new SourceText("seed17.txt", text)).entities()) {
            for (Mention m : e.mentions()) {
                out.merge(m.text(), e.name() + " " + e.type(), (a, b) -> a.equals(b) ? a : a + "; " + b);
            }
        }
        return out;
    }

    @Test
    void aCitysNameBeforeAVoteOrAfterStateOfIsTheState() {
        Map<String, String> m = entities("""
                In her New York victory speech, the senator thanked volunteers.
                The governor said his home state of New York votes next week.
                """);
        assertEquals("New York State REGION", m.get("New York"), m.toString());
    }

    @Test
    void aCitysNameInAListAfterStatesSuchAsIsTheState() {
        Map<String, String> m = entities("""
                The senator hopes to carry big primary states, such as Ohio and New York, in April.
                """);
        assertEquals("New York State REGION", m.get("New York"), m.toString());
    }

    @Test
    void theCitysMayorAndTheCityStayTheCity() {
        Map<String, String> m = entities("""
                New York Mayor Bill Smith met the team in New York on Friday.
                """);
        assertEquals("New York City CITY", m.get("New York"), m.toString());
    }

    @Test
    void aCountBeforeANameThatModifiesAPluralIsNoPartOfIt() {
        Map<String, EntityType> m = mentions("""
                Long-Time Leaders of Conservative Movement Endorse Cruz
                The letter was signed by more than 300 leaders. Signers include Two Supreme Court nominees, a former
                attorney general and others.
                """);
        assertFalse(m.containsKey("Two Supreme Court"), m.toString());
        assertEquals(EntityType.ORGANIZATION, m.get("Supreme Court"), m.toString());
    }

    @Test
    void aReligionsAdjectiveBeforeANounIsNoName() {
        Map<String, EntityType> m = mentions("""
                Carson Is Cratering While Trump Holds Steady
                Carson has lost ground with the Christian right in recent weeks, a new survey shows.
                His support among the Christian right fell to 20 percent.
                """);
        assertFalse(m.containsKey("Christian"), m.toString());
    }

    @Test
    void aBodysHeadWordAloneAndAPollAreNoNames() {
        Map<String, EntityType> m = mentions("""
                The Department said it would review the case, a spokesman said.
                He appeared on television on Monday, and the Acme News Poll showed him ahead.
                """);
        assertFalse(m.containsKey("Department"), m.toString());
        assertFalse(m.containsKey("Acme News Poll"), m.toString());
    }

    @Test
    void aUniversityAtATownIsOneCampus() {
        Map<String, EntityType> m = mentions("""
                She studied at the University of California at San Diego before moving to Ohio.
                """);
        assertEquals(EntityType.ORGANIZATION, m.get("University of California at San Diego"), m.toString());
        assertFalse(m.containsKey("San Diego"), m.toString());
    }

    @Test
    void aStatesNicknameIsTheState() {
        Map<String, String> m = entities("""
                Democrats are battling for the Bluegrass State's voters, and the Palmetto State votes next.
                """);
        assertEquals("Kentucky REGION", m.get("Bluegrass State"), m.toString());
        assertEquals("South Carolina REGION", m.get("Palmetto State"), m.toString());
    }
}

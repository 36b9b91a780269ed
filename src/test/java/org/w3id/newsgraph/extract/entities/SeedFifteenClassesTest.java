package org.w3id.newsgraph.extract.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.w3id.newsgraph.model.EntityType;

/**
 * The error classes of the seed-15 entity sample (docs/QUALITY.md), on invented news: a weekday glued to a
 * person's name, a surname that is also a demonym, a language read as its country, a social-media handle, a
 * sentence's full stop kept on a name.
 */
class SeedFifteenClassesTest {
    private static Map<String, EntityType> mentions(String text) {
        return ModelJoinTest.mentions(text);
    }

    @Test
    void aWeekdayAfterAPersonIsNoPartOfTheName() {
        Map<String, EntityType> m = mentions("""
                Senator Jane Roeburn Wednesday called the bill a disgrace.
                Roeburn said she would vote against it.
                """);
        assertEquals(EntityType.PERSON, m.get("Jane Roeburn"), m.toString());
        assertFalse(m.keySet().stream().anyMatch(k -> k.contains("Wednesday")), m.toString());
    }

    @Test
    void aSurnameThatIsADemonymIsThePerson() {
        Map<String, EntityType> m = mentions("""
                The investor Mark Cuban said on Sunday he would consider running for office one day.
                Cuban told reporters that neither party had asked him.
                """);
        assertEquals(EntityType.PERSON, m.get("Mark Cuban"), m.toString());
        assertFalse(m.containsKey("Cuban") && m.get("Cuban") != EntityType.PERSON, m.toString());
    }

    @Test
    void aLanguageIsNoCountry() {
        Map<String, EntityType> m = mentions("""
                The campaign ran advertisements in both English and Spanish across the state, Jane Roe said.
                """);
        assertFalse(m.containsKey("Spanish"), m.toString());
    }

    @Test
    void aHandleIsNoName() {
        Map<String, EntityType> m = mentions("""
                The columnist wrote on Twitter, @RoeWrites, that the debate had been a disaster for both men.
                Fact check: the figure is wrong. — Jane Roe (@JaneRoeDC) November 17, 2015
                Follow Dan Pellow on Twitter @DanPellowNC.
                """);
        m.putAll(mentions("""
                The senator's claim does not survive a fact check, writes Mark Wexford.
                Wexford has covered the campaign since the first debate in Cleveland.
                Follow Mark Wexford on Twitter @WexfordNC.
                """));
        assertFalse(m.keySet().stream().anyMatch(k -> k.contains("RoeWrites") || k.contains("RoeDC")
                || k.contains("PellowNC")
                || k.contains("WexfordNC")), m.toString());
    }

    @Test
    void aSentencesFullStopIsNoPartOfAName() {
        Map<String, EntityType> m = mentions("""
                Senator Tom Roeburn spoke to voters in Dayton on Friday.
                His aide said: “She really likes Mr. Roeburn.”
                The group later flew on to the airline's head office in Tel Aviv.
                Others said the flight had been delayed by two hours.
                """);
        assertFalse(m.keySet().stream().anyMatch(k -> k.endsWith(".")), m.toString());
    }

    @Test
    void anAbbreviationsStopInsideASentenceStays() {
        Map<String, EntityType> m = mentions("""
                Shares of Vellmont Holdings Inc rose 3 percent on Friday.
                The bid for Vellmont Holdings Inc. by Pellow Corp could lead to more mergers, analysts said.
                """);
        assertEquals(EntityType.ORGANIZATION, m.get("Vellmont Holdings Inc."), m.toString());
    }
}

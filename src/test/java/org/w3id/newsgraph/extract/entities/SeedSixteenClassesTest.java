package org.w3id.newsgraph.extract.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.w3id.newsgraph.model.EntityType;

/**
 * The error classes of the seed-16 entity sample (docs/QUALITY.md), on invented news: a post's field or a rank kept
 * in a person's or a body's name, a title word that is a surname, "the X administration", storms, followers of a
 * religion, a city's nickname, a slogan.
 */
class SeedSixteenClassesTest {
    private static Map<String, EntityType> mentions(String text) {
        return ModelJoinTest.mentions(text);
    }

    @Test
    void thePostFieldOfChiefOfStaffIsNoPartOfThePersonsName() {
        Map<String, EntityType> m = mentions("""
                Records show that White House Chief of Staff Dorian Kellerby wrote to the agency twice.
                Deputy Director of Communications Jennifer Vasko said the letters were routine.
                """);
        assertEquals(EntityType.PERSON, m.get("Dorian Kellerby"), m.toString());
        assertEquals(EntityType.PERSON, m.get("Jennifer Vasko"), m.toString());
        assertFalse(m.keySet().stream().anyMatch(k -> k.startsWith("Staff") || k.startsWith("Communications")),
                m.toString());
    }

    @Test
    void anAbbreviatedRankAfterABodyEndsTheBody() {
        Map<String, EntityType> m = mentions("""
                Retired Army Col. Dana Whitlow told the panel that the base had been warned twice.
                """);
        assertEquals(EntityType.PERSON, m.get("Dana Whitlow"), m.toString());
        assertFalse(m.keySet().stream().anyMatch(k -> k.contains("Col")), m.toString());
    }

    @Test
    void aTitleWordAfterAGivenNameIsTheSurname() {
        Map<String, EntityType> m = mentions("""
                The senator thanked her campaign manager Kevin Bishop and her pollster on Tuesday night.
                """);
        assertEquals(EntityType.PERSON, m.get("Kevin Bishop"), m.toString());
        assertFalse(m.containsKey("Kevin"), m.toString());
    }

    @Test
    void theNameOfAnAdministrationIsThePerson() {
        Map<String, EntityType> m = mentions("""
                Lawmakers said on Tuesday that the Halvorsen administration had not yet backed the bill.
                """);
        assertEquals(EntityType.PERSON, m.get("Halvorsen"), m.toString());
    }

    @Test
    void aStormIsNoPersonOrPlace() {
        Map<String, EntityType> m = mentions("""
                The governor was praised for his response to Hurricane Marisol in 2012, aides said.
                """);
        assertFalse(m.containsKey("Marisol"), m.toString());
    }

    @Test
    void followersOfAReligionAreNoEntity() {
        Map<String, EntityType> m = mentions("""
                Members of the Sikh community gathered at the temple in Ohio on Sunday, Jane Roe said.
                """);
        assertFalse(m.containsKey("Sikh"), m.toString());
        assertEquals(EntityType.PLACE, m.get("Ohio"), m.toString());
    }

    @Test
    void theBigAppleIsNewYorkNotTheCompany() {
        Map<String, EntityType> m = mentions("""
                The candidate will spend two nights in the Big Apple before flying back to Iowa, aides said.
                """);
        assertEquals(EntityType.PLACE, m.get("Big Apple"), m.toString());
        assertTrue(m.keySet().stream().noneMatch("Apple"::equals), m.toString());
    }

    @Test
    void aSloganOpenedByAVerbIsNoName() {
        Map<String, EntityType> m = mentions("""
                Fans held signs reading Make Denver Affordable Again while Jane Roe spoke on Friday.
                """);
        m.putAll(mentions("""
                Fans held signs reading Make Canada Strong Again while Jane Roe spoke on Friday.
                """));
        assertFalse(m.keySet().stream().anyMatch(k -> k.contains("Again")), m.toString());
        assertEquals(EntityType.PERSON, m.get("Jane Roe"), m.toString());
    }
}

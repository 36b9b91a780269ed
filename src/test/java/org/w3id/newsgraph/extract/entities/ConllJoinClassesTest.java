package org.w3id.newsgraph.extract.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.w3id.newsgraph.model.EntityType;

/**
 * The classes where the join of the name model and the rules lost to the model alone on CoNLL-2003 valid.txt
 * (docs/QUALITY.md, branch h-ent8), on invented wire copy: a listed place that is a named person's surname,
 * competitions in sports copy, peoples, stock indexes, venues, clubs on a table's rows.
 */
class ConllJoinClassesTest {
    private static Map<String, EntityType> mentions(String text) {
        return ModelJoinTest.mentions(text);
    }

    @Test
    void aListedPlaceThatIsTheSurnameOfAPersonNamedInFullIsThePerson() {
        Map<String, EntityType> m = mentions("""
                Tennis player Marcus Washington beat Lee Harper 6-3 6-4 on Friday.
                Washington, who won the title last year, said he was tired.
                """);
        assertEquals(EntityType.PERSON, m.get("Washington"), m.toString());
    }

    @Test
    void aPlacePrepositionKeepsThePlaceOfThatName() {
        Map<String, EntityType> m = mentions("""
                Council member Jeremy Paris said the plan would work. He flew to Paris on Monday.
                """);
        assertEquals(EntityType.PERSON, m.get("Jeremy Paris"), m.toString());
        assertEquals(EntityType.PLACE, m.get("Paris"), m.toString());
    }

    @Test
    void aLeagueNamedAsTheCompetitionInSportsCopyIsNoOrganisation() {
        Map<String, EntityType> m = mentions("""
                BASEBALL - MAJOR LEAGUE STANDINGS.
                NEW YORK 1996-08-30
                Major League Baseball standings after games played on Thursday:
                AMERICAN LEAGUE
                EASTERN DIVISION
                W L PCT GB
                NEW YORK 74 59 .556 -
                BALTIMORE 70 63 .526 4
                The Orioles stayed tied with the White Sox for the American League wild card after the match.
                """);
        assertFalse(m.containsKey("AMERICAN LEAGUE"), m.toString());
        assertFalse(m.containsKey("American League"), m.toString());
        assertEquals(EntityType.ORGANIZATION, m.get("Orioles"), m.toString());
    }

    @Test
    void aPeopleInThePluralIsNoOrganisation() {
        Map<String, EntityType> m = mentions("""
                Rival Kurds fought for the city on Friday, and the Afrikaners voted, officials said.
                """);
        assertFalse(m.containsKey("Afrikaners"), m.toString());
        assertFalse(m.containsKey("Kurds"), m.toString());
    }

    @Test
    void aStockIndexIsNoOrganisationNorIsItsShortForm() {
        Map<String, EntityType> m = mentions("""
                Shares fell on Friday, and the Dow Jones index closed down 31 points at 5,616, brokers said.
                "We could see another 100 points lower in the Dow," one trader said.
                """);
        assertFalse(m.containsKey("Dow Jones"), m.toString());
        assertFalse(m.containsKey("Dow"), m.toString());
    }

    @Test
    void anExchangeBeforeItsIndexKeepsItsName() {
        Map<String, EntityType> m = mentions("""
                The Halvard Stock Exchange index was down 1.66 points at 559.68 on Friday, dealers said.
                """);
        assertEquals(EntityType.ORGANIZATION, m.get("Halvard Stock Exchange"), m.toString());
    }

    @Test
    void aVenueTakesTheModelsType() {
        Map<String, EntityType> m = mentions("""
                Results from the Open at the National Tennis Centre on Friday, the organisers said.
                The champion had won at the National Tennis Centre last year.
                """);
        assertEquals(EntityType.PLACE, m.get("National Tennis Centre"), m.toString());
    }

    @Test
    void clubsOnATablesRowsAreClubsEvenWhenTheModelIsUnsure() {
        Map<String, EntityType> m = mentions("""
                SOCCER - ENGLISH LEAGUE STANDINGS.
                LONDON 1996-08-31
                English soccer league standings after Saturday's matches (played, won, drawn, lost, points):
                Division two
                Plymouth 4 3 1 0 10 6 10
                Reading 4 1 1 2 5 10 4
                Notts County 3 1 1 1 2 2 4
                Walsall 3 0 1 2 2 4 1
                """);
        assertEquals(EntityType.ORGANIZATION, m.get("Reading"), m.toString());
        assertEquals(EntityType.ORGANIZATION, m.get("Notts County"), m.toString());
    }
}

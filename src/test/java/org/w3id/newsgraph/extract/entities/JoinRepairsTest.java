package org.w3id.newsgraph.extract.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.w3id.newsgraph.model.EntityType;

/**
 * Names the rules used to cut or type against the model, on invented news: firms written with "&", a seat in a
 * legislature, hotels, contractions, hyphened given names.
 */
class JoinRepairsTest {
    private static Map<String, EntityType> mentions(String text) {
        return ModelJoinTest.mentions(text);
    }

    @Test
    void aNameWithAnAmpersandIsAFirmNotAPerson() {
        Map<String, EntityType> m = mentions("""
                Shares in Douglas & Pellow rose 4 percent on Friday.
                Douglas & Pellow said its profits grew in the third quarter.
                """);
        assertEquals(EntityType.ORGANIZATION, m.get("Douglas & Pellow"), m.toString());
    }

    @Test
    void aLegislatureForAPlaceIsASeatNotOneName() {
        Map<String, EntityType> m = mentions("""
                Jane Roe, the member of Parliament for Harrowfield, said on Monday she would vote against the plan.
                """);
        assertFalse(m.keySet().stream().anyMatch(k -> k.contains("Parliament for")), m.toString());
    }

    @Test
    void aHotelIsAPlace() {
        Map<String, EntityType> m = mentions("""
                The candidate spoke to supporters at the Grand Vellmont Hotel on Tuesday evening.
                """);
        assertEquals(EntityType.PLACE, m.get("Grand Vellmont Hotel"), m.toString());
    }

    @Test
    void aContractionIsNoName() {
        Map<String, EntityType> m = mentions("""
                "I'll Never Stop Fighting," Jane Roe told the crowd in the town hall on Monday.
                """);
        assertFalse(m.keySet().stream().anyMatch(k -> k.contains("'ll")), m.toString());
    }

    @Test
    void aHyphenedGivenNameStaysWhole() {
        Map<String, EntityType> m = mentions("""
                Red Cross president Kim Dal-ho said in a statement that talks would resume next week.
                """);
        assertEquals(EntityType.PERSON, m.get("Kim Dal-ho"), m.toString());
    }
}

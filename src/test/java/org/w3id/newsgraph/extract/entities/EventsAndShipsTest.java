package org.w3id.newsgraph.extract.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.w3id.newsgraph.model.EntityType;

/**
 * Names of the CoNLL-2003 diff's rule-made false names, on invented news: a sports event whose name holds an
 * organisation word ("Nations", "Fed") before its head, and a ship named after a kind of ship.
 */
class EventsAndShipsTest {
    private static Map<String, EntityType> mentions(String text) {
        return ModelJoinTest.mentions(text);
    }

    @Test
    void aCupWithAnOrganisationWordIsAnEvent() {
        Map<String, EntityType> m = mentions("""
                Valdoria beat Ostrava 2-1 in the Caribbean Nations Cup qualifier on Sunday.
                Jane Roe said the Fed Cup tie against Orsay would be harder.
                """);
        assertFalse(m.containsKey("Caribbean Nations Cup"), m.toString());
        assertFalse(m.containsKey("Fed Cup"), m.toString());
    }

    @Test
    void aBodyOfSomethingStaysABody() {
        Map<String, EntityType> m = mentions("""
                The Board of Elections in Harrowfield said on Monday that turnout was high.
                """);
        assertEquals(EntityType.ORGANIZATION, m.get("Board of Elections"), m.toString());
    }

    @Test
    void aShipAfterAKindOfShipIsNoOrganisation() {
        Map<String, EntityType> m = mentions("""
                The aircraft carrier Resolute sailed from Norfolk on Tuesday, the Navy said.
                Two frigates, Vellmoor and Ostrander, will join it next week.
                """);
        assertFalse(m.containsKey("Resolute"), m.toString());
        assertFalse(m.containsKey("Vellmoor"), m.toString());
    }
}

package org.w3id.newsgraph.extract.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.w3id.newsgraph.model.EntityType;

/** Companies joined by "and" on invented news: parted after a legal form, kept whole without one. */
class CompanyListsTest {
    @Test
    void aLegalFormBeforeAndEndsTheFirstCompany() {
        Map<String, EntityType> m = ModelJoinTest.mentions("""
                Seat makers Halvard Holdings Inc and Brenner Corp. both bid for the contract, analysts said on Monday.
                """);
        assertEquals(EntityType.ORGANIZATION, m.get("Halvard Holdings Inc"), m.toString());
        assertEquals(EntityType.ORGANIZATION, m.get("Brenner Corp."), m.toString());
        assertFalse(m.keySet().stream().anyMatch(k -> k.contains(" and ")), m.toString());
    }

    @Test
    void aNameWithAndButNoLegalFormBeforeItStaysOne() {
        Map<String, EntityType> m = ModelJoinTest.mentions("""
                Shares in Pellow & Grange Inc rose 4 percent after the company raised its forecast.
                """);
        assertEquals(EntityType.ORGANIZATION, m.get("Pellow & Grange Inc"), m.toString());
    }

    @Test
    void anOrganisationHeadBeforeAndTheOrAGivenNameEndsTheName() {
        Map<String, EntityType> m = ModelJoinTest.mentions("""
                Speakers from Hollins University and Mary Pemberton joined the panel in Dayton on Tuesday.
                """);
        assertEquals(EntityType.ORGANIZATION, m.get("Hollins University"), m.toString());
        assertEquals(EntityType.PERSON, m.get("Mary Pemberton"), m.toString());
        assertFalse(m.keySet().stream().anyMatch(k -> k.contains(" and ")), m.toString());
    }
}

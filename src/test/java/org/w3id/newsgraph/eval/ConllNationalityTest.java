package org.w3id.newsgraph.eval;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.w3id.newsgraph.gazetteer.Gazetteer;
import org.w3id.newsgraph.model.Entity;
import org.w3id.newsgraph.model.EntityType;

/** Which predicted mentions the CoNLL mention score leaves out as nationalities (MISC in CoNLL). */
class ConllNationalityTest {
    private static final Gazetteer G = Gazetteer.loadDefault();

    private static Entity of(String name, EntityType type) {
        return new Entity("k", name, type, Set.of(), List.of(), null);
    }

    @Test
    void aDemonymAndItsPluralLinkedToTheCountryAreNationalities() {
        assertTrue(ConllScoring.nationality(G, "German", of("Germany", EntityType.COUNTRY)));
        assertTrue(ConllScoring.nationality(G, "Germans", of("Germany", EntityType.COUNTRY)));
    }

    @Test
    void aPlaceOrAnOrganisationIsNoNationality() {
        assertFalse(ConllScoring.nationality(G, "Germany", of("Germany", EntityType.COUNTRY)));
        assertFalse(ConllScoring.nationality(G, "Germans", of("Germans", EntityType.ORGANIZATION)));
        assertFalse(ConllScoring.nationality(G, "Paris", of("Paris", EntityType.CITY)));
    }
}

package org.w3id.newsgraph.extract.entities;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.w3id.newsgraph.model.ArticleFacts;
import org.w3id.newsgraph.model.Entity;

/** Numbered courts and units keep their ordinal ("the 4th U.S. Circuit Court of Appeals"). */
class OrdinalBodyNamesTest {
    private static List<String> organizations(ArticleFacts f) {
        return f.entities().stream().filter(e -> e.type().isOrganization()).map(Entity::name).toList();
    }

    @Test
    void aNumberedCourtOrUnitKeepsItsOrdinal() {
        ArticleFacts f = PostAnchoredNamesTest.extract("Judge Paul Dorn of the 4th U.S. Circuit Court of Appeals "
                + "ruled on Monday.\n\nSoldiers of the 82nd Airborne Division landed near Quent.\n\n"
                + "Runners in the 3rd Harlow Marathon and voters of the 5th District waited.");
        List<String> orgs = organizations(f);
        assertTrue(orgs.contains("4th U.S. Circuit Court of Appeals"), orgs.toString());
        assertTrue(orgs.contains("82nd Airborne Division"), orgs.toString());
        assertFalse(orgs.stream().anyMatch(o -> o.startsWith("3rd") || o.startsWith("5th")), orgs.toString());
        assertTrue(PostAnchoredNamesTest.roles(f).stream()
                .anyMatch(r -> r.startsWith("Paul Dorn | Judge | 4th U.S. Circuit Court of Appeals")),
                PostAnchoredNamesTest.roles(f).toString());
    }
}

package org.w3id.newsgraph.extract.entities;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.w3id.newsgraph.model.ArticleFacts;
import org.w3id.newsgraph.model.Entity;

/** Bodies named after two fields joined by "and" ("the Mining and Quarry Safety Administration") */
class AndBodyNamesTest {
    private static List<String> organizations(ArticleFacts f) {
        return f.entities().stream().filter(e -> e.type().isOrganization()).map(Entity::name).toList();
    }

    @Test
    void theFieldBeforeAndBelongsToTheBody() {
        ArticleFacts f = PostAnchoredNamesTest.extract("Dana Fell, a spokeswoman for the Mining and Quarry Safety "
                + "Administration, said the mine was closed.\n\nTwo agents of the Fishing and Wildlife Service "
                + "arrived on Monday.\n\nInterior and Land Management Service Inspector Paul Amsel said the dam held.");
        List<String> orgs = organizations(f);
        assertTrue(orgs.contains("Mining and Quarry Safety Administration"), orgs.toString());
        assertTrue(orgs.contains("Fishing and Wildlife Service"), orgs.toString());
        assertTrue(orgs.contains("Interior and Land Management Service"), orgs.toString());
        assertTrue(PostAnchoredNamesTest.roles(f).stream()
                .anyMatch(r -> r.startsWith("Dana Fell | spokeswoman | Mining and Quarry Safety Administration")),
                PostAnchoredNamesTest.roles(f).toString());
    }

    @Test
    void aNameOrASubjectBeforeAndStaysApart() {
        ArticleFacts f = PostAnchoredNamesTest.extract("Officials and Harlow Water Board staff met on Tuesday.\n\n"
                + "The deal between Quornbank and Harlow Trust Co. failed, Lena Hart said.");
        List<String> orgs = organizations(f);
        assertFalse(orgs.stream().anyMatch(o -> o.startsWith("Officials")), orgs.toString());
        assertFalse(orgs.stream().anyMatch(o -> o.startsWith("Quornbank and")), orgs.toString());
    }
}

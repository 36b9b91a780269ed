package org.w3id.newsgraph.extract.roles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.w3id.newsgraph.model.EntityType.COMPANY;
import static org.w3id.newsgraph.model.EntityType.GOVERNMENT_BODY;
import static org.w3id.newsgraph.model.EntityType.MEDIA_ORGANIZATION;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.w3id.newsgraph.extract.TestDocs;
import org.w3id.newsgraph.pipeline.Annotations;
import org.w3id.newsgraph.pipeline.Document;

/** Work done for an organisation with a name or a description in between (Memberships), on invented sentences. */
class WorkForTest {
    private final RoleStep step = new RoleStep();

    private List<String> roles(Document d) {
        return step.apply(d).get(Annotations.ROLES).stream()
                .map(r -> r.personKey() + " | " + r.title() + " | " + r.organizationKey()).toList();
    }

    @Test
    void whatIsCoveredMayHoldANameAndTheOrganisationADescription() {
        String text = """
                Mira Holt covers the State House for the Dunmore Ledger.
                Theo Brandt, who follows grain futures prices for the investment firm Kellan Partners, was cautious.
                Ruth Amsel works with the Harbour Board on the plan.
                """;
        Document d = TestDocs.entities().person("Mira Holt").person("Theo Brandt").person("Ruth Amsel")
                .of("state-house", "State House", GOVERNMENT_BODY, "State House")
                .of("ledger", "Dunmore Ledger", MEDIA_ORGANIZATION, "Dunmore Ledger")
                .of("kellan", "Kellan Partners", COMPANY, "Kellan Partners")
                .of("board", "Harbour Board", GOVERNMENT_BODY, "Harbour Board")
                .doc(text);
        // "works with" is no work done for the board
        assertEquals(List.of("mira-holt |  | ledger", "theo-brandt |  | kellan"), roles(d));
    }
}

package org.w3id.newsgraph.extract.entities;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.w3id.newsgraph.model.ArticleFacts;
import org.w3id.newsgraph.model.Entity;

/** Legislative committees written in lower case, and bodies read together with their part or a person. */
class BodyNamesTest {
    private static ArticleFacts extract(String body) {
        return PostAnchoredNamesTest.extract(body);
    }

    private static List<String> roles(ArticleFacts f) {
        return PostAnchoredNamesTest.roles(f);
    }

    private static List<String> names(ArticleFacts f, boolean organizations) {
        return f.entities().stream().filter(e -> organizations ? e.type().isOrganization() : e.type().isPerson())
                .map(Entity::name).toList();
    }

    @Test
    void aChambersCommitteeKeepsItsLowerCaseWords() {
        ArticleFacts f = extract("Sen. Tom Barrow, chairman of the Senate Appropriations energy and water "
                + "subcommittee, opposed the bill.\n\nRep. Ann Crane, a member of the House Foreign Affairs "
                + "subcommittee, visited Lima.\n\nRep. Lou Tarn, chairman of the Franklin County House delegation, "
                + "said the vote was close.");
        List<String> orgs = names(f, true);
        assertTrue(orgs.contains("Senate Appropriations energy and water subcommittee"), orgs.toString());
        assertTrue(orgs.contains("House Foreign Affairs subcommittee"), orgs.toString());
        assertTrue(orgs.contains("Franklin County House delegation"), orgs.toString());
        List<String> r = roles(f);
        assertTrue(r.contains("Tom Barrow | chairman | Senate Appropriations energy and water subcommittee"),
                r.toString());
        assertTrue(r.contains("Lou Tarn | chairman | Franklin County House delegation"), r.toString());
    }

    @Test
    void aPlainCommitteeOrAnotherBodysCommitteeIsNoName() {
        ArticleFacts f = extract("The Senate committee met on Tuesday.\n\n"
                + "The Quorn Labour Party steering committee chose a new leader.");
        List<String> orgs = names(f, true);
        assertFalse(orgs.contains("Senate committee"), orgs.toString());
        assertFalse(orgs.stream().anyMatch(o -> o.endsWith("steering committee")), orgs.toString());
    }

    @Test
    void aBodysNameGoesOnOverForTheAndOverAListOfCapitalisedWords() {
        ArticleFacts f = extract("Gerald Mace, president of the Harlow Federation of State, County and Town "
                + "Clerks, said in a statement that talks had failed.\n\n"
                + "Ernest Boyd, president of the Harlow Foundation for the Advancement of Chemistry, spoke.");
        List<String> orgs = names(f, true);
        assertTrue(orgs.contains("Harlow Federation of State, County and Town Clerks"), orgs.toString());
        assertTrue(orgs.contains("Harlow Foundation for the Advancement of Chemistry"), orgs.toString());
        List<String> r = roles(f);
        assertTrue(r.contains("Gerald Mace | president | Harlow Federation of State, County and Town Clerks"),
                r.toString());
        ArticleFacts place = extract("The Quorn Safety Agency is writing a brochure, said Robin Wade, a spokeswoman "
                + "for the agency in Washington, D.C. It will be out in May.");
        assertTrue(roles(place).stream().anyMatch(x -> x.startsWith("Robin Wade | spokeswoman")), roles(place).toString());
    }

    @Test
    void aBodyAndItsPartAreTwoOrganisations() {
        ArticleFacts f = extract("The Foreign Ministry's Southeast Asian Department Chief Don Parama said the talks "
                + "would resume.\n\nGreg Loft, who studies missiles for Harlow University's Center for Coastal "
                + "Studies, disagreed.");
        List<String> orgs = names(f, true);
        assertTrue(orgs.contains("Foreign Ministry"), orgs.toString());
        assertTrue(orgs.contains("Southeast Asian Department"), orgs.toString());
        assertTrue(orgs.contains("Harlow University"), orgs.toString());
        assertTrue(orgs.contains("Center for Coastal Studies"), orgs.toString());
        assertTrue(roles(f).contains("Don Parama | Chief | Southeast Asian Department"), roles(f).toString());
    }

    @Test
    void aBodyBeforeAPersonsNameIsNotPartOfIt() {
        ArticleFacts f = extract("As we know, Supreme Soviet Council Ivan Dornov won the vote.\n\n"
                + "First Deputy Commander of the Northern Fleet Igor Lanin flew to the site.");
        assertTrue(names(f, true).contains("Supreme Soviet Council"), f.entities().toString());
        assertTrue(names(f, false).contains("Ivan Dornov"), f.entities().toString());
        assertTrue(names(f, false).contains("Igor Lanin"), f.entities().toString());
    }
}

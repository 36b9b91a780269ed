package org.w3id.newsgraph.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.newsgraph.model.ArticleFacts;
import org.w3id.newsgraph.model.Entity;
import org.w3id.newsgraph.model.EntityType;
import org.w3id.newsgraph.model.Role;
import org.w3id.newsgraph.model.Span;

/**
 * Role pairs (issue 11): a membership (empty title) scores like any post against gold roles without a title, and
 * names also match without a leading "The" and a final full stop.
 */
class RolePairScoringTest {
    private static final Span S = new Span(0, 4);

    @Test
    void membershipsArePairsAndNamesFoldTheAndAFinalStop(@TempDir Path dir) throws Exception {
        Path gold = dir.resolve("m.gold.json");
        Files.writeString(gold, """
                {"doc": "m.txt", "entities": [
                  {"name": "Jo Bell.", "type": "Person", "aliases": [], "optional": false, "in_body": true},
                  {"name": "Kim Ng", "type": "Person", "aliases": [], "optional": false, "in_body": true},
                  {"name": "The Varn Institute", "type": "Organization", "aliases": [], "optional": false, "in_body": true},
                  {"name": "Veltrix", "type": "Organization", "aliases": [], "optional": false, "in_body": true}],
                 "roles": [
                  {"person": "Jo Bell.", "role": "", "organization": "The Varn Institute"},
                  {"person": "Kim Ng", "role": "", "organization": "Veltrix"}],
                 "quotes": [], "relations": []}
                """);
        List<Entity> entities = List.of(
                new Entity("jo", "Jo Bell", EntityType.PERSON, Set.of(), List.of(), null),
                new Entity("kim", "Kim Ng", EntityType.PERSON, Set.of(), List.of(), null),
                new Entity("varn", "Varn Institute", EntityType.ORGANIZATION, Set.of(), List.of(), null),
                new Entity("veltrix", "Veltrix", EntityType.COMPANY, Set.of(), List.of(), null));
        List<Role> roles = List.of(Role.membership("jo", "varn", S), Role.membership("kim", "varn", S));
        ArticleFacts facts = new ArticleFacts(dir.resolve("m.txt").toString(), "text", new Span(0, 4), List.of(),
                List.of(), entities, roles, List.of(), List.of(), null, List.of(), List.of(), List.of(), List.of());
        DocumentReport d = new Evaluator().evaluate(List.of(GoldReader.read(gold)), List.of(facts)).documents().get(0);
        Score s = d.score(Category.ROLES);
        assertEquals(List.of(1, 1, 1), List.of(s.tp(), s.fp(), s.fn()));
    }

    @Test
    void rolesInOrganisationsLeaveOutPostsInAPlaceOnBothSides(@TempDir Path dir) throws Exception {
        Path gold = dir.resolve("p.gold.json");
        Files.writeString(gold, """
                {"doc": "p.txt", "entities": [
                  {"name": "Ona Brill", "type": "Person", "aliases": [], "optional": false, "in_body": true},
                  {"name": "Tam Ruse", "type": "Person", "aliases": [], "optional": false, "in_body": true},
                  {"name": "Freedonia", "type": "Place", "aliases": [], "optional": false, "in_body": true},
                  {"name": "Varn Institute", "type": "Organization", "aliases": [], "optional": false, "in_body": true}],
                 "roles": [
                  {"person": "Ona Brill", "role": "", "organization": "Varn Institute"},
                  {"person": "Tam Ruse", "role": "Premier", "organization": "Freedonia"}],
                 "quotes": [], "relations": []}
                """);
        List<Entity> entities = List.of(
                new Entity("ona", "Ona Brill", EntityType.PERSON, Set.of(), List.of(), null),
                new Entity("tam", "Tam Ruse", EntityType.PERSON, Set.of(), List.of(), null),
                new Entity("fr", "Freedonia", EntityType.COUNTRY, Set.of(), List.of(), null),
                new Entity("oslo", "Port Elm", EntityType.CITY, Set.of(), List.of(), null),
                new Entity("varn", "Varn Institute", EntityType.ORGANIZATION, Set.of(), List.of(), null));
        // a right membership, the gold post in a country, and a mayor of a city the gold does not list
        List<Role> roles = List.of(Role.membership("ona", "varn", S), new Role("tam", "Premier", "fr", S),
                new Role("ona", "Mayor", "oslo", S));
        ArticleFacts facts = new ArticleFacts(dir.resolve("p.txt").toString(), "text", new Span(0, 4), List.of(),
                List.of(), entities, roles, List.of(), List.of(), null, List.of(), List.of(), List.of(), List.of());
        DocumentReport d = new Evaluator().evaluate(List.of(GoldReader.read(gold)), List.of(facts)).documents().get(0);
        Score all = d.score(Category.ROLES);
        Score orgs = d.score(Category.ROLES_IN_ORGS);
        assertEquals(List.of(2, 1, 0), List.of(all.tp(), all.fp(), all.fn()));
        assertEquals(List.of(1, 0, 0), List.of(orgs.tp(), orgs.fp(), orgs.fn()));
    }

    @Test
    void looseNamesDropOnlyALeadingTheAndAFinalStop() {
        assertEquals("associated press", NameMatcher.loose("The Associated Press"));
        assertEquals("allan fitzmaurice", NameMatcher.loose("Allan  Fitzmaurice."));
        assertEquals("acme inc", NameMatcher.loose("Acme Inc."));
        assertEquals("theodore", NameMatcher.loose("Theodore"));
        assertTrue(NameMatcher.loose("U.S.").equals("u.s"));
        assertFalse(NameMatcher.same("The Associated Press", "Associated Press"), "entities stay strict");
    }
}

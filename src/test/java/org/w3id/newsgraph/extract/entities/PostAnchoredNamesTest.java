package org.w3id.newsgraph.extract.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.w3id.newsgraph.extract.Extractor;
import org.w3id.newsgraph.model.ArticleFacts;
import org.w3id.newsgraph.model.Entity;
import org.w3id.newsgraph.model.SourceText;

/** Organisations named only by a person's post, and the role patterns that use them, on made-up wire sentences. */
class PostAnchoredNamesTest {
    private static final Extractor EXTRACTOR = Extractor.create();

    static ArticleFacts extract(String body) {
        return EXTRACTOR.extract(new SourceText("t.txt", "Wire notes\n\n" + body + "\n"));
    }

    static List<String> roles(ArticleFacts f) {
        return f.roles().stream().map(r -> f.entity(r.personKey()).name() + " | " + r.title() + " | "
                + (r.organizationKey() == null ? "-" : f.entity(r.organizationKey()).name())).toList();
    }

    private static boolean organization(ArticleFacts f, String name) {
        return f.entities().stream().anyMatch(e -> e.name().equals(name) && e.type().isOrganization());
    }

    @Test
    void capitalisedWordsBeforeATitleBeforeAPersonAreTheEmployer() {
        ArticleFacts f = extract("The plant closed early on Monday, said Zorvex spokesman Allan Pirth.\n\n"
                + "The storm overturned trucks on the highway, said Oregon Highway Patrol officer James Obrin.");
        assertTrue(organization(f, "Zorvex"), f.entities().toString());
        assertTrue(organization(f, "Oregon Highway Patrol"), f.entities().toString());
        List<String> r = roles(f);
        assertTrue(r.contains("Allan Pirth | spokesman | Zorvex"), r.toString());
        assertTrue(r.contains("James Obrin | officer | Oregon Highway Patrol"), r.toString());
    }

    @Test
    void capitalisedWordsAfterTitleOfInAnAppositionAreTheEmployer() {
        ArticleFacts f = extract("The funds will arrive next year, according to Marcio Barbal, director of the INPR.\n\n"
                + "Bruce Jonsen, manager of Bradley Skyways, said the pilots were the only occupants.");
        List<String> r = roles(f);
        assertTrue(r.contains("Marcio Barbal | director | INPR"), r.toString());
        assertTrue(r.contains("Bruce Jonsen | manager | Bradley Skyways"), r.toString());
    }

    @Test
    void aPlaceOfficeOrANamesSecondHalfMakesNoOrganisation() {
        ArticleFacts f = extract("Fontaneda Mayor Lee Ardo opened the fair on Sunday.\n\n"
                + "U.S. Bankruptcy Judge Harold Abron ruled on Friday.");
        List<String> names = f.entities().stream().filter(e -> e.type().isOrganization()).map(Entity::name).toList();
        assertFalse(names.contains("Fontaneda"), names.toString());
        assertFalse(names.contains("Bankruptcy"), names.toString());
    }

    @Test
    void aBareKindNounNeedsAnOrganisationSoNamed() {
        ArticleFacts f = extract("Former Quandco executive Sharon Dixa has raised $100,261, while council chairman "
                + "David Clarke registered $48,875.");
        List<String> r = roles(f);
        assertTrue(r.contains("Sharon Dixa | executive | Quandco"), r.toString());
        assertFalse(r.stream().anyMatch(x -> x.startsWith("David Clarke") && x.endsWith("Quandco")), r.toString());
    }

    @Test
    void anAppositionInAListBelongsToTheNameBeforeIt() {
        ArticleFacts f = extract("The court acted against Ravi Keshan, joint general secretary of the Veda Union, "
                + "Mr. Anil Tomar, editor of the Daily Lantern, and others.");
        List<String> r = roles(f);
        assertFalse(r.stream().anyMatch(x -> x.startsWith("Anil Tomar | joint general secretary")), r.toString());
    }

    @Test
    void aPlaceBeforeAJournalistsTitleIsTheBeat() {
        ArticleFacts f = extract("Moscow correspondent Nick Ruffin reported the talks on Friday.\n\n"
                + "Dale Nelsen covers the White House for The Associated Press.");
        List<String> r = roles(f);
        assertFalse(r.stream().anyMatch(x -> x.startsWith("Nick Ruffin") && x.endsWith("Moscow")), r.toString());
        assertTrue(r.stream().anyMatch(x -> x.startsWith("Dale Nelsen |") && x.endsWith("Associated Press")), r.toString());
        assertEquals(1, r.stream().filter(x -> x.startsWith("Dale Nelsen |")).count(), r.toString());
    }
}

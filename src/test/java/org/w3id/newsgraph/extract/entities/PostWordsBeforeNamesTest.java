package org.w3id.newsgraph.extract.entities;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.w3id.newsgraph.model.ArticleFacts;
import org.w3id.newsgraph.model.Entity;

/**
 * A post before a name ("Administrator", "Commander") is no part of the body's or the person's name, a trade
 * ("pilot") is a post, and a title before a facility's word ("General Hospital") is part of the facility's name.
 */
class PostWordsBeforeNamesTest {
    @Test
    void administratorAndCommanderStandBetweenBodyAndPerson() {
        ArticleFacts f = PostAnchoredNamesTest.extract("Water Agency Administrator Tom Ruhl issued the order on "
                + "Monday.\n\nLater, Deputy Fleet Commander Ivo Marr flew to the site.");
        List<String> names = f.entities().stream().map(Entity::name).toList();
        assertTrue(names.contains("Tom Ruhl"), names.toString());
        assertTrue(names.contains("Water Agency"), names.toString());
        assertTrue(names.contains("Ivo Marr"), names.toString());
        assertTrue(PostAnchoredNamesTest.roles(f).stream()
                .anyMatch(r -> r.startsWith("Tom Ruhl | Administrator | Water Agency")),
                PostAnchoredNamesTest.roles(f).toString());
    }

    @Test
    void aTitleBeforeAFacilitysWordIsPartOfItsName() {
        ArticleFacts f = PostAnchoredNamesTest.extract("Ann Wirth, a nurse at Harlow General Hospital, said the "
                + "ward was full.");
        List<String> names = f.entities().stream().map(Entity::name).toList();
        assertTrue(names.contains("Harlow General Hospital"), names.toString());
        assertTrue(PostAnchoredNamesTest.roles(f).stream().noneMatch(r -> r.contains("General |")),
                PostAnchoredNamesTest.roles(f).toString());
    }

    @Test
    void aTradeBeforeANameIsAPostAtTheEmployerBeforeIt() {
        ArticleFacts f = PostAnchoredNamesTest.extract("The candidates included striking Quent Airways pilot Jo Marr "
                + "and a lawyer.");
        assertTrue(PostAnchoredNamesTest.roles(f).contains("Jo Marr | pilot | Quent Airways"),
                PostAnchoredNamesTest.roles(f).toString());
    }
}

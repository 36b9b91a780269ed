package org.w3id.newsgraph.extract.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.w3id.newsgraph.model.EntityType;

/** "the" before a listed name on invented news: out of the mention, unless the name begins with it. */
class ListedArticlesTest {
    @Test
    void theArticleOfAnAliasIsNoPartOfTheMention() {
        Map<String, EntityType> m = ModelJoinTest.mentions("""
                Fuel prices rose across the Middle East and the Arctic routes closed early, the shippers said.
                """);
        assertEquals(EntityType.PLACE, m.get("Middle East"), m.toString());
        assertFalse(m.containsKey("the Middle East"), m.toString());
    }

    @Test
    void aNameThatBeginsWithTheKeepsIt() {
        Map<String, EntityType> m = ModelJoinTest.mentions("""
                The talks moved to The Hague on Tuesday after a week of delays, diplomats said.
                """);
        assertEquals(EntityType.PLACE, m.get("The Hague"), m.toString());
    }
}

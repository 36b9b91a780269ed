package org.w3id.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.w3id.newsgraph.model.ArticleFacts;
import org.w3id.newsgraph.model.EntityType;
import org.w3id.newsgraph.model.SourceText;

/** The entity rules on a made-up wire story: none of these names is in the gazetteer. */
class GeneralRulesTest {
    private static final String STORY = String.join("\n",
            "PARIS (AP) — The Federal Reserve left rates unchanged on Wednesday, Chair Jerome Powell said.",
            "Powell said the Department of Labor would publish new figures in March.",
            "Treasury Secretary Janet Yellen told reporters in New York that the European Central Bank (ECB) was watching.",
            "Ursula von der Leyen, president of the European Commission, met officials in Lansing, Michigan.",
            "Mira Holt and Jonas Pereira contributed reporting.");

    private static final ArticleFacts FACTS = Extractor.create().extract(new SourceText("story.txt", STORY));

    private static EntityType type(String key) {
        return FACTS.entity(key).type();
    }

    @Test
    void namesAreFoundAndTypedFromContext() {
        assertEquals(EntityType.PLACE, type("paris"));
        assertEquals(EntityType.ORGANIZATION, type("ap"));
        assertEquals(EntityType.GOVERNMENT_BODY, type("federal-reserve"));
        assertEquals(EntityType.PERSON, type("jerome-powell"));
        assertEquals(Set.of("Powell"), FACTS.entity("jerome-powell").aliases());
        assertEquals(EntityType.GOVERNMENT_BODY, type("department-of-labor"));
        assertEquals(EntityType.PERSON, type("janet-yellen"));
        assertEquals(EntityType.PLACE, type("new-york"));
        assertEquals(Set.of("ECB"), FACTS.entity("european-central-bank").aliases());
        assertEquals(EntityType.PERSON, type("ursula-von-der-leyen"));
        assertEquals(EntityType.GOVERNMENT_BODY, type("european-commission"));
        assertEquals(EntityType.PLACE, type("michigan"));
        assertEquals(EntityType.PERSON, type("mira-holt"));
        assertEquals(EntityType.PERSON, type("jonas-pereira"));
    }

    @Test
    void calendarWordsTitlesAndSentenceStartsAreNoNames() {
        for (String key : List.of("wednesday", "march", "chair", "treasury-secretary-janet-yellen", "the-federal-reserve")) {
            assertNull(FACTS.entity(key), key);
        }
    }

    @Test
    void acronymInitialsAndSlugs() {
        assertTrue(EntityResolver.initialsMatch("GCHQ", List.of("Government", "Communications", "Headquarters")));
        assertTrue(EntityResolver.initialsMatch("FBI", List.of("Federal", "Bureau", "of", "Investigation")));
        assertFalse(EntityResolver.initialsMatch("NSA", List.of("National", "Cyber", "Security", "Centre")));
        assertEquals("ivana-kottasova", EntityResolver.slug("Ivana Kottasová"));
        assertEquals("at-t", EntityResolver.slug("AT&T"));
    }
}

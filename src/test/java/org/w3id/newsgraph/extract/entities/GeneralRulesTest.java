package org.w3id.newsgraph.extract.entities;

import org.w3id.newsgraph.extract.Extractor;
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

/**
 * The entity rules on a made-up wire story. Some names are in the gazetteer (Paris, AP, the Federal Reserve), the
 * people are not; entities are looked up by any of their names, so the test holds whatever the gazetteer knows.
 */
class GeneralRulesTest {
    private static final String STORY = String.join("\n",
            "PARIS (AP) — The Federal Reserve left rates unchanged on Wednesday, Chair Jerome Powell said.",
            "Powell said the Department of Labor would publish new figures in March.",
            "Treasury Secretary Janet Yellen told reporters in New York that the European Central Bank (ECB) was watching.",
            "Ursula von der Leyen, president of the European Commission, met officials in Lansing, Michigan.",
            "Mira Holt and Jonas Pereira contributed reporting.");

    private static final ArticleFacts FACTS = Extractor.create().extract(new SourceText("story.txt", STORY));

    /** The entity called {@code surface} (canonical name or alias). */
    private static org.w3id.newsgraph.model.Entity named(String surface) {
        return FACTS.entities().stream().filter(e -> e.name().equals(surface) || e.aliases().contains(surface))
                .findFirst().orElseThrow(() -> new AssertionError("no entity named " + surface + " in " + FACTS.entities()));
    }

    private static EntityType type(String surface) {
        return named(surface).type();
    }

    @Test
    void namesAreFoundAndTypedFromContext() {
        assertEquals(EntityType.PLACE, type("PARIS").coarse());
        assertEquals(EntityType.ORGANIZATION, type("AP").coarse());
        assertEquals(EntityType.GOVERNMENT_BODY, type("Federal Reserve"));
        assertEquals(EntityType.PERSON, type("Jerome Powell"));
        assertEquals(Set.of("Powell"), named("Jerome Powell").aliases());
        assertEquals(EntityType.GOVERNMENT_BODY, type("Department of Labor"));
        assertEquals(EntityType.PERSON, type("Janet Yellen"));
        assertEquals(EntityType.PLACE, type("New York").coarse());
        assertTrue(named("European Central Bank").aliases().contains("ECB"));
        assertEquals(EntityType.PERSON, type("Ursula von der Leyen"));
        assertEquals(EntityType.GOVERNMENT_BODY, type("European Commission"));
        assertEquals(EntityType.PLACE, type("Michigan").coarse());
        assertEquals(EntityType.PERSON, type("Mira Holt"));
        assertEquals(EntityType.PERSON, type("Jonas Pereira"));
    }

    @Test
    void calendarWordsTitlesAndSentenceStartsAreNoNames() {
        for (String key : List.of("wednesday", "march", "chair", "treasury-secretary-janet-yellen", "the-federal-reserve")) {
            assertNull(FACTS.entity(key), key);
        }
    }

    @Test
    void acronymInitialsAndSlugs() {
        assertTrue(Acronyms.initialsMatch("GCHQ", List.of("Government", "Communications", "Headquarters")));
        assertTrue(Acronyms.initialsMatch("FBI", List.of("Federal", "Bureau", "of", "Investigation")));
        assertFalse(Acronyms.initialsMatch("NSA", List.of("National", "Cyber", "Security", "Centre")));
        assertEquals("ivana-kottasova", org.w3id.newsgraph.model.Slugs.nameKey("Ivana Kottasová"));
        assertEquals("at-t", org.w3id.newsgraph.model.Slugs.nameKey("AT&T"));
    }
}

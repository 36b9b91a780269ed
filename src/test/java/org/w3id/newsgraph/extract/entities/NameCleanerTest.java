package org.w3id.newsgraph.extract.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.w3id.newsgraph.extract.Extractor;
import org.w3id.newsgraph.model.ArticleFacts;
import org.w3id.newsgraph.model.Entity;
import org.w3id.newsgraph.model.Mention;
import org.w3id.newsgraph.model.SourceText;
import org.w3id.newsgraph.model.Span;

/** Names lose stray punctuation before they become names, aliases, keys and mention spans ({@link NameCleaner}). */
class NameCleanerTest {

    @Test
    void strayPunctuationAtEitherEndGoes() {
        // written form -> name; the last two: a clause after a dash, a bracket that does not close
        Map<String, String> cases = Map.of("Orrin Faldane\u2014", "Orrin Faldane",
                "\u201cOrrin Faldane\u201d", "Orrin Faldane", "\"Orrin Faldane,", "Orrin Faldane",
                "Orrin Faldane -", "Orrin Faldane", "\u2013Orrin Faldane", "Orrin Faldane",
                "Orrin Faldane\u2014who", "Orrin Faldane", "(Brume Holdings", "Brume Holdings");
        cases.forEach((written, name) -> assertEquals(name, NameCleaner.clean(written), written));
        assertEquals("", NameCleaner.clean("\u2014,\""), "nothing of a name left");
    }

    @Test
    void punctuationThatBelongsToTheNameStays() {
        for (String name : List.of("Brume Corp.", "U.S.", "Faldane-Quint", "Brume (UK)", "Marta O'Neel", "AT&T",
                "Tessa Brume Jr.")) {
            assertEquals(name, NameCleaner.clean(name));
        }
    }

    @Test
    void theMentionSpanShrinksWithTheName() {
        String text = "Yesterday Orrin Faldane\u2014who ran\u2014spoke.";
        Span span = new Span(10, text.indexOf(" ran"));
        Span kept = NameCleaner.clean(text, span);
        assertEquals("Orrin Faldane", text.substring(kept.begin(), kept.end()));
        assertEquals(new Span(10, 23), NameCleaner.clean(text, new Span(10, 23)), "nothing to cut");
    }

    @Test
    void extractedNamesKeysAndMentionsAreClean() {
        String text = "Senators argue over the budget\n\n"
                + "Senator Orrin Faldane\u2014who chairs the panel\u2014said on Tuesday the budget was too big. "
                + "Faldane met Tessa Brume in Denver. \u201cOrrin Faldane\u201d, as the posters read, won twice.\n";
        ArticleFacts facts = Extractor.create().extract(new SourceText("t.txt", text));
        Set<String> names = facts.entities().stream().map(Entity::name).collect(Collectors.toSet());
        assertTrue(names.contains("Orrin Faldane"), names.toString());
        for (Entity e : facts.entities()) {
            assertEquals(NameCleaner.clean(e.name()), e.name(), "name of " + e.key());
            if (e.name().equals("Orrin Faldane")) {
                assertEquals("orrin-faldane", e.key());
            }
            e.aliases().forEach(a -> assertEquals(NameCleaner.clean(a), a, "alias of " + e.key()));
            for (Mention m : e.mentions()) {
                String anchored = text.substring(m.span().begin(), m.span().end());
                assertEquals(NameCleaner.clean(anchored), anchored, "mention of " + e.key());
            }
        }
    }
}

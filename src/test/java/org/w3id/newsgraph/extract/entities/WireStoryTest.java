package org.w3id.newsgraph.extract.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.w3id.newsgraph.extract.Extractor;
import org.w3id.newsgraph.model.ArticleFacts;
import org.w3id.newsgraph.model.Entity;
import org.w3id.newsgraph.model.EntityType;
import org.w3id.newsgraph.model.Mention;
import org.w3id.newsgraph.model.SourceText;
import org.w3id.newsgraph.model.Token;
import org.w3id.newsgraph.extract.text.TokenView;
import org.w3id.newsgraph.pipeline.Annotations;
import org.w3id.newsgraph.pipeline.Document;

/**
 * The name model joined with the rules on invented wire stories in the 1996 Reuters layout the model learnt
 * from: an all-capitals headline, a "PLACE YYYY-MM-DD" dateline, results tables and initials.
 */
class WireStoryTest {
    private static final Extractor EXTRACTOR = Extractor.create();

    private static ArticleFacts extract(String text) {
        return EXTRACTOR.extract(new SourceText("wire.txt", text));
    }

    /** Every mention's text with its entity's coarse type. */
    static Map<String, EntityType> mentions(ArticleFacts f) {
        Map<String, EntityType> out = new TreeMap<>();
        for (Entity e : f.entities()) {
            for (Mention m : e.mentions()) {
                out.put(m.text(), e.type().coarse());
            }
        }
        return out;
    }

    @Test
    void aResultsTableUnderADatelineIsAnArticleAndInitialsStayWithTheirNames() {
        ArticleFacts f = extract("""
                CRICKET - COUNTY MATCH SCORES.
                LONDON 1996-08-30
                Close of play scores in county matches on Friday:
                Wexbury: Loxshire 301 (T. Varnham 88, P. Quillby 4-51), Dunmorshire 120-3.
                """);
        Map<String, EntityType> m = mentions(f);
        assertTrue(f.body().length() > 0, "a dated table is an article");
        assertEquals(EntityType.PERSON, m.get("T. Varnham"), m.toString());
        assertEquals(EntityType.PERSON, m.get("P. Quillby"), m.toString());
        assertFalse(m.containsKey("Quillby"), "the initial stays with the surname: " + m);
    }

    @Test
    void theHeadlineIsTextButItsCapitalsAreNoCue() {
        ArticleFacts f = extract("""
                SOCCER - MARVANIA BEAT OSTRELIA IN LEAGUE CUP.
                VELDANA 1996-08-31
                Marvania beat Ostrelia 3-1 in a friendly on Saturday, the national federation said.
                """);
        Map<String, EntityType> m = mentions(f);
        assertTrue(f.body().begin() == 0, "the headline is part of the wire story's text");
        assertFalse(m.containsKey("LEAGUE CUP"), "no organisation word in an all-capitals line: " + m);
        assertFalse(m.containsKey("SOCCER"), m.toString());
        assertEquals(EntityType.PLACE, m.get("VELDANA"), "the dateline's place: " + m);
    }

    @Test
    void anAllCapitalsDatelinePlaceIsAPlaceInEveryMention() {
        ArticleFacts f = extract("""
                Rebels leave mountain town.
                ZORVANKA, Kestria 1996-08-30
                Government troops took Zorvanka on Friday after a week of fighting, officers said.
                Aid convoys reached Zorvanka later in the day, the Red Crescent said.
                """);
        Entity town = f.entities().stream().filter(e -> e.name().equalsIgnoreCase("Zorvanka")).findFirst().orElseThrow();
        assertEquals(EntityType.PLACE, town.type().coarse());
        assertEquals(List.of("ZORVANKA", "Zorvanka", "Zorvanka"), town.mentions().stream().map(Mention::text).toList());
    }

    @Test
    void modelWordsJoinInitialsAndHyphenatedWordsOnly() {
        assertEquals(List.of("Best", "figures", "came", "from", "P.", "Quillby", "(", "4-51", ")", "at",
                "Chester-le-Vale", "on", "Friday", "."),
                modelWords("Best figures came from P. Quillby (4-51) at Chester-le-Vale on Friday."));
    }

    /** The words the name model is given for a one-sentence text. */
    private static List<String> modelWords(String text) {
        SourceText s = new SourceText("t.txt", text);
        Document d = EXTRACTOR.pipeline().run(Document.of(s));
        List<Token> tokens = d.get(Annotations.TOKENS);
        TokenView v = new TokenView(text, tokens);
        int[] g = ModelTokens.withEnd(ModelTokens.groups(v, 0, tokens.size()), tokens.size());
        List<String> out = new java.util.ArrayList<>();
        for (int k = 0; k + 1 < g.length; k++) {
            StringBuilder w = new StringBuilder();
            for (int t = g[k]; t < g[k + 1]; t++) {
                w.append(v.text(t));
            }
            out.add(w.toString());
        }
        return out;
    }
}

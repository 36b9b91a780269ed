package org.w3id.newsgraph.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.newsgraph.model.ArticleFacts;
import org.w3id.newsgraph.model.Entity;
import org.w3id.newsgraph.model.EntityType;
import org.w3id.newsgraph.model.Quote;
import org.w3id.newsgraph.model.Sentence;
import org.w3id.newsgraph.model.Span;

/** The report's per-article list of quotes whose speaker is missing or wrong, on a made-up article. */
class QuoteCasesTest {
    private static final String TEXT = "Town news\n\nMayor Ann Lee spoke first. \u201cWe will build the bridge,\u201d "
            + "she said. Critics disagreed. \u201cIt costs too much,\u201d said Tom Park, a councillor. "
            + "\u201cThe river is wide,\u201d Lee added. Later a rival spoke: \u201cNobody asked us.\u201d";

    private static final String GOLD = """
            {"doc": "town.txt", "entities": [
              {"name": "Ann Lee", "type": "Person", "aliases": ["Lee"]},
              {"name": "Tom Park", "type": "Person"},
              {"name": "Ben Cruz", "type": "Person"}], "roles": [], "relations": [], "quotes": [
              {"speaker": "Ann Lee", "starts_with": "We will build the bridge"},
              {"speaker": "Tom Park", "starts_with": "It costs too much"},
              {"speaker": "Ann Lee", "starts_with": "The river is wide"},
              {"speaker": "Ben Cruz", "starts_with": "Nobody asked us"},
              {"speaker": "", "starts_with": "Critics", "optional": true}
            ]}""";

    private static Quote quote(String speaker, String words) {
        int at = TEXT.indexOf(words);
        Span s = new Span(at - 1, at + words.length() + 2);
        return new Quote(words, s, speaker, null, "said", List.of(), s);
    }

    private static ArticleFacts facts() {
        List<Sentence> sentences = new ArrayList<>();
        int begin = TEXT.indexOf("Mayor");
        for (String end : List.of("first.", "said.", "disagreed.", "councillor.", "added.", "us.\u201d")) {
            int e = TEXT.indexOf(end, begin) + end.length();
            sentences.add(new Sentence(sentences.size(), new Span(begin, e)));
            begin = e + 1;
        }
        List<Entity> entities = List.of(
                new Entity("lee", "Ann Lee", EntityType.PERSON, Set.of("Lee"), List.of(), null),
                new Entity("park", "Tom Park", EntityType.PERSON, Set.of(), List.of(), null));
        List<Quote> quotes = List.of(
                quote(null, "We will build the bridge,"),     // no speaker
                quote("lee", "It costs too much,"),           // wrong speaker
                quote("lee", "The river is wide,"));          // right: no case
        return new ArticleFacts("/in/town.txt", TEXT, new Span(TEXT.indexOf("Mayor"), TEXT.length()), List.of(),
                sentences, entities, List.of(), quotes, List.of());
    }

    private static EvalReport report(Path dir) throws Exception {
        Path gold = dir.resolve("town.gold.json");
        Files.writeString(gold, GOLD);
        return new Evaluator().evaluate(List.of(GoldReader.read(gold)), List.of(facts()));
    }

    @Test
    void textReportListsEachMissWithItsSentence(@TempDir Path dir) throws Exception {
        String text = report(dir).format();
        String section = text.substring(text.indexOf("Quote speakers missing or wrong"), text.indexOf("\nSubtype errors"));
        assertEquals("""
                Quote speakers missing or wrong, per article: 3
                  town.txt
                    no speaker: gold Ann Lee \u2014 \u201cWe will build the bridge\u201d
                      | \u201cWe will build the bridge,\u201d she said.
                    wrong speaker: gold Tom Park, extracted Ann Lee \u2014 \u201cIt costs too much\u201d
                      | \u201cIt costs too much,\u201d said Tom Park, a councillor.
                    quote not found: gold Ben Cruz \u2014 \u201cNobody asked us\u201d
                      | Later a rival spoke: \u201cNobody asked us.\u201d
                """, section);
    }

    @Test
    void jsonReportCarriesTheCases(@TempDir Path dir) throws Exception {
        JsonObject doc = JSON.parse(report(dir).toJson()).get("documents").getAsArray().get(0).getAsObject();
        JsonArray cases = doc.get("quoteCases").getAsArray();
        assertEquals(3, cases.size());
        JsonObject wrong = cases.get(1).getAsObject();
        assertEquals("wrong_speaker", wrong.getString("kind"));
        assertEquals("Tom Park", wrong.getString("gold"));
        assertEquals("Ann Lee", wrong.getString("extracted"));
        assertEquals("\u201cIt costs too much,\u201d said Tom Park, a councillor.", wrong.getString("context"));
        assertEquals(false, cases.get(0).getAsObject().hasKey("extracted"));
    }

    @Test
    void findsOpeningWordsAcrossPunctuationAndCase() {
        assertEquals(new Span(5, 17), QuoteCases.find("Yes \u201cwe\u2019re  GOING\u201d.", "We're going"));
        assertEquals(null, QuoteCases.find("nothing here", "We're going"));
    }
}

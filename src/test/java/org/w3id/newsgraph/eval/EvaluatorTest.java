package org.w3id.newsgraph.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.w3id.newsgraph.model.ArticleFacts;
import org.w3id.newsgraph.model.Entity;
import org.w3id.newsgraph.model.EntityType;
import org.w3id.newsgraph.model.Quote;
import org.w3id.newsgraph.model.Relation;
import org.w3id.newsgraph.model.RelationType;
import org.w3id.newsgraph.model.Role;
import org.w3id.newsgraph.model.Span;

/** Scores a hand-built extraction against src/test/resources/eval/mini.gold.json with exact expected counts. */
class EvaluatorTest {
    private static final double EPS = 1e-9;
    private static final Span S = new Span(0, 1);

    static GoldFile mini() throws URISyntaxException {
        return GoldReader.read(Path.of(EvaluatorTest.class.getResource("/eval/mini.gold.json").toURI()));
    }

    private static Entity entity(String key, String name, EntityType type, String... aliases) {
        return new Entity(key, name, type, Set.of(aliases), List.of(), null);
    }

    private static Quote quote(String speaker, String text) {
        return new Quote(text, S, speaker, null, "said", List.of(), S);
    }

    static ArticleFacts extracted() {
        String text = "Photo: Getty Images\nAcme Corp  said\u00A0on Monday that it grows.";
        List<Entity> entities = List.of(
                entity("acme", "Acme Corporation", EntityType.COMPANY, "ACME"),   // alias match, case folded
                entity("jane", "Jane O'Neil", EntityType.PERSON),                 // straight vs curly apostrophe
                entity("uk", "Britain", EntityType.COUNTRY, "UK"),
                entity("paris", "Paris", EntityType.ORGANIZATION),               // wrong coarse type
                entity("globex", "Globex", EntityType.COMPANY),                  // gold subtype Other
                entity("france", "France", EntityType.COUNTRY, "French"),        // optional: ignored
                entity("getty", "Getty Images", EntityType.MEDIA_ORGANIZATION),  // boilerplate only: leak
                entity("oneil", "O’Neil", EntityType.PERSON),                    // duplicate of Jane
                entity("initech", "Initech", EntityType.COMPANY));               // not in gold
        List<Role> roles = List.of(
                new Role("jane", "CEO", "acme", S),                  // TP, title differs
                new Role("jane", "adviser", "france", S),            // optional gold role: ignored
                new Role("oneil", "chief executive", "acme", S),     // duplicate: FP
                new Role("jane", "chair", "initech", S),             // FP
                new Role("jane", "spokeswoman", null, S));           // no organisation: FP
        List<Quote> quotes = List.of(
                quote("jane", "Hello all. We're growing   fast in the UK and we keep going"), // contains: TP
                new Quote("Our products are safe. We test them.", S, "acme", "spokesperson", "said", List.of(), S),
                quote("initech", "Paris welcomes everyone"),         // wrong speaker: FP, and gold FN
                quote("jane", "bold"),                               // optional: ignored
                quote(null, "Nothing to see here"));                 // FP
        List<Relation> relations = List.of(
                new Relation("acme", RelationType.BASED_IN, "uk", "based in", S),
                new Relation("globex", RelationType.WORKS_WITH, "acme", "works with", S), // reversed: still TP
                new Relation("acme", RelationType.SUPPLIES, "globex", "supplies", S),     // same pair, once
                new Relation("acme", RelationType.OPERATES_IN, "france", "sells in", S),  // optional end: ignored
                new Relation("initech", RelationType.DEAL_WITH, "acme", "deal", S));      // FP
        int bodyBegin = text.indexOf("Acme");
        return new ArticleFacts("/some/dir/mini.txt", text, new Span(bodyBegin, text.length()), List.of(),
                List.of(), entities, roles, quotes, relations);
    }

    private static void assertScore(Score s, int tp, int fp, int fn, double f1) {
        assertEquals(List.of(tp, fp, fn), List.of(s.tp(), s.fp(), s.fn()), "tp/fp/fn");
        assertEquals(f1, s.f1(), EPS, "f1");
    }

    @Test
    void readsGoldFile() throws Exception {
        GoldFile g = mini();
        assertEquals("mini.txt", g.doc());
        assertEquals(8, g.entities().size());
        assertEquals(null, g.entity("Jane O’Neil").orElseThrow().subtype());
        assertEquals(List.of("French"), g.entity("France").orElseThrow().aliases());
        assertFalse(g.entity("Getty Images").orElseThrow().inBody());
        assertTrue(g.roles().get(2).optional());
        assertEquals("spokesperson", g.quotes().get(1).via());
        assertEquals(5, g.relations().size());
    }

    @Test
    void nameMatcherFoldsCaseQuotesAndSpaces() {
        assertTrue(NameMatcher.same("Jane O\u2019Neil", " jane  o'neil"));
        assertTrue(NameMatcher.same("\u201CThe\u00A0Cell\u201D", "\"the cell\""));
        assertFalse(NameMatcher.same("Acme", "Acme Corp"));
    }

    @Test
    void scoresEveryCategory() throws Exception {
        EvalReport r = new Evaluator().evaluate(List.of(mini()), List.of(extracted()));
        DocumentReport d = r.documents().get(0);
        assertTrue(d.extracted());
        assertScore(d.score(Category.ENTITIES), 5, 2, 1, 10.0 / 13);
        assertEquals(5.0 / 7, d.score(Category.ENTITIES).precision(), EPS);
        assertEquals(5.0 / 6, d.score(Category.ENTITIES).recall(), EPS);
        assertScore(d.score(Category.ENTITIES_TYPED), 4, 3, 2, 8.0 / 13);
        assertEquals(3, d.subtypeCorrect());
        assertEquals(4, d.subtypeTotal());
        // the spokeswoman role has no organisation: no pair, not scored
        assertScore(d.score(Category.ROLES), 1, 2, 1, 2.0 / 5);
        assertScore(d.score(Category.QUOTES), 2, 2, 1, 4.0 / 7);
        // by text alone: the wrong speaker's quote and the optional one count, "Nothing to see here" does not
        assertScore(d.score(Category.QUOTES_FOUND), 4, 1, 0, 8.0 / 9);
        assertScore(d.score(Category.RELATIONS), 2, 1, 1, 4.0 / 6);
        assertEquals(List.of("Getty Images (MediaOrganization) = gold Getty Images (boilerplate only)"),
                d.boilerplateLeaks());
        assertEquals(Boolean.TRUE, d.bodyStartOk());
        // one document: totals equal the document's scores
        assertEquals(d.score(Category.QUOTES), r.total(Category.QUOTES));
    }

    @Test
    void listsMissesAndSpuriousItems() throws Exception {
        EvalReport r = new Evaluator().evaluate(List.of(mini()), List.of(extracted()));
        List<String> misses = r.findings(Finding.Kind.MISS).stream().map(Finding::toString).toList();
        assertEquals(List.of(
                "[entities] mini.txt: Bob Smith (Person)",
                "[entities (typed)] mini.txt: Paris (Place/City)  — extracted as Organization",
                "[entities (typed)] mini.txt: Bob Smith (Person)",
                "[roles] mini.txt: Bob Smith — mayor — Paris",
                "[quote speakers] mini.txt: Bob Smith: \u201cParis welcomes\u2026\u201d  — text found, speaker Initech",
                "[relation pairs] mini.txt: Globex — Paris  — opened an office in"), misses);
        List<String> spurious = r.findings(Finding.Kind.SPURIOUS).stream().map(Finding::toString).toList();
        assertEquals(List.of(
                "[entities] mini.txt: O’Neil (Person)  — duplicate of gold Jane O’Neil",
                "[entities] mini.txt: Initech (Company)",
                "[entities (typed)] mini.txt: Paris (Organization)  — type Organization, gold Paris (Place/City)",
                "[entities (typed)] mini.txt: O’Neil (Person)  — duplicate of gold Jane O’Neil",
                "[entities (typed)] mini.txt: Initech (Company)",
                "[roles] mini.txt: O’Neil — chief executive — Acme Corporation  — duplicate",
                "[roles] mini.txt: Jane O'Neil — chair — Initech",
                "[quote speakers] mini.txt: Initech: \u201cParis welcomes everyone\u201d  — gold speaker Bob Smith",
                "[quote speakers] mini.txt: (no speaker): \u201cNothing to see here\u201d",
                "[relation pairs] mini.txt: Initech — Acme Corporation  — dealWith \"deal\""), spurious);
        assertEquals(List.of("[entities (typed)] mini.txt: Globex  — extracted Company, gold Organization"),
                r.findings(Finding.Kind.SUBTYPE).stream().map(Finding::toString).toList());
        assertEquals(List.of("[roles] mini.txt: Jane O’Neil — chief executive — Acme Corp  — extracted title \"CEO\""),
                r.findings(Finding.Kind.TITLE).stream().map(Finding::toString).toList());
    }

    @Test
    void formatsTablesAndJson() throws Exception {
        EvalReport r = new Evaluator().evaluate(List.of(mini()), List.of(extracted()));
        String text = r.format();
        assertTrue(text.contains("  entities            0.714  0.833  0.769    5    2    1\n"), text);
        assertTrue(text.contains("  relation pairs      0.667  0.667  0.667    2    1    1\n"), text);
        assertTrue(text.contains("  subtype accuracy    0.750 3/4\n"), text);
        assertTrue(text.contains("Misses: 6\n"), text);
        assertTrue(text.contains("Spurious: 10\n"), text);
        assertTrue(text.contains("Boilerplate leaks (must be empty): 1\n"), text);
        assertTrue(text.contains("UNORDERED"), text);
        JsonObject json = JSON.parse(r.toJson());
        JsonObject quotes = json.getObj("total").getObj("quotes");
        assertEquals(2, quotes.getNumber("tp").intValue());
        assertEquals(0.5714, quotes.getNumber("f1").doubleValue(), 1e-9);
    }

    @Test
    void missingExtractionAndWrongBodyStart() throws Exception {
        EvalReport none = new Evaluator().evaluate(List.of(mini()), List.of());
        DocumentReport d = none.documents().get(0);
        assertFalse(d.extracted());
        assertScore(d.score(Category.ENTITIES), 0, 0, 6, 0.0);
        assertEquals(1.0, d.score(Category.ENTITIES).precision(), EPS);
        assertEquals(Boolean.FALSE, d.bodyStartOk());
        assertEquals(1, none.bodyStartFailures());

        ArticleFacts f = extracted();
        ArticleFacts wholePage = new ArticleFacts(f.source(), f.text(), new Span(0, f.text().length()), List.of(),
                List.of(), List.of(), List.of(), List.of(), List.of());
        assertEquals(Boolean.FALSE, new Evaluator().evaluate(mini(), wholePage).bodyStartOk());
    }
}

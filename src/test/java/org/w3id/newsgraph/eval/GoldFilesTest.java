package org.w3id.newsgraph.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.w3id.newsgraph.eval.GoldFile.GoldEntity;
import org.w3id.newsgraph.model.ArticleFacts;
import org.w3id.newsgraph.model.Entity;
import org.w3id.newsgraph.model.EntityType;
import org.w3id.newsgraph.model.Quote;
import org.w3id.newsgraph.model.Relation;
import org.w3id.newsgraph.model.RelationType;
import org.w3id.newsgraph.model.Role;
import org.w3id.newsgraph.model.Span;

/**
 * Reads the real gold files (a verbatim copy in {@code src/test/resources/seeds-gold}, or the folder named by the
 * system property {@code newsgraph.gold}), checks their counts, and checks that an extraction equal to the gold
 * scores perfectly. The copy is checked against {@code ../shared/seeds-gold} when that is there.
 */
class GoldFilesTest {
    static Path goldDir() {
        String prop = System.getProperty("newsgraph.gold");
        if (prop != null && Files.isDirectory(Path.of(prop))) {
            return Path.of(prop);
        }
        return Path.of("src/test/resources/seeds-gold");
    }

    /** The shared folder beside the repository, where the gold comes from, or null. */
    static Path sharedGold() {
        Path shared = Path.of("").toAbsolutePath().resolveSibling("shared").resolve("seeds-gold");
        return Files.isDirectory(shared) ? shared : null;
    }

    @Test
    void theCopyIsVerbatim() throws java.io.IOException {
        Path shared = sharedGold();
        assumeTrue(shared != null, "no ../shared/seeds-gold beside the repository");
        try (var files = Files.list(shared)) {
            for (Path f : files.toList()) {
                org.junit.jupiter.api.Assertions.assertArrayEquals(Files.readAllBytes(f),
                        Files.readAllBytes(goldDir().resolve(f.getFileName())), f.getFileName().toString());
            }
        }
    }

    private static List<GoldFile> gold() {
        Path dir = goldDir();
        assumeTrue(dir != null, "gold files not found; set -Dnewsgraph.gold=/path/to/seeds-gold");
        return GoldReader.readAll(dir);
    }


    @Test
    void countsOfRealGoldFiles() {
        List<GoldFile> gold = gold();
        assertEquals(List.of("000_dda217fced0dccb5.txt", "004_25da5277dcdc13c7.txt"),
                gold.stream().map(GoldFile::doc).toList());
        GoldFile cnn = gold.get(0);
        GoldFile itwire = gold.get(1);
        assertEquals(List.of(79L, 11L, 61L), List.of((long) cnn.entities().size(),
                cnn.entities().stream().filter(e -> !e.optional()).count(),
                cnn.entities().stream().filter(e -> !e.inBody()).count()));
        assertEquals(2, cnn.roles().stream().filter(r -> !r.optional()).count());
        assertEquals(8, cnn.quotes().stream().filter(q -> !q.optional()).count());
        assertEquals(12, cnn.relations().stream().filter(r -> !r.optional()).count());
        assertEquals(17, itwire.entities().stream().filter(e -> !e.optional()).count());
        assertEquals(3, itwire.roles().stream().filter(r -> !r.optional()).count());
        assertEquals(6, itwire.quotes().stream().filter(q -> !q.optional()).count());
        assertEquals(15, itwire.relations().stream().filter(r -> !r.optional()).count());
        assertEquals("(CNN Business) — UK telecoms group BT has seen", cnn.bodyStartsWith());
        assertEquals(List.of("NCSC", "the top British cyber security agency"),
                itwire.entity("National Cyber Security Centre").orElseThrow().aliases());
        assertEquals("letter", cnn.quotes().get(9).via());
    }

    /** An extraction that repeats the gold (non-optional items, keys = gold names) must score 1.0 everywhere. */
    @Test
    void goldAsExtractionScoresPerfectly() {
        List<GoldFile> gold = gold();
        List<ArticleFacts> facts = gold.stream().map(GoldFilesTest::asExtraction).toList();
        EvalReport r = new Evaluator().evaluate(gold, facts);
        for (Category c : Category.values()) {
            assertEquals(0, r.total(c).fp() + r.total(c).fn(), c + "\n" + r.format());
        }
        // distinct unordered relation pairs: 9 in page 000, 14 in page 004
        assertEquals(23, r.total(Category.RELATIONS).tp());
        assertEquals(11 + 17, r.total(Category.ENTITIES).tp());
        assertEquals(2 + 3, r.total(Category.ROLES).tp());
        assertEquals(8 + 6, r.total(Category.QUOTES).tp());
        assertEquals(r.subtypeTotal(), r.subtypeCorrect());
        assertTrue(r.boilerplateLeaks().isEmpty());
        assertEquals(0, r.bodyStartFailures());
    }

    private static ArticleFacts asExtraction(GoldFile g) {
        Span s = new Span(0, 1);
        List<Entity> entities = new ArrayList<>();
        for (GoldEntity e : g.entities()) {
            if (!e.optional()) {
                String t = e.subtype() == null || e.subtype().equals("Other") ? e.type() : e.subtype();
                entities.add(new Entity(e.name(), e.name().toUpperCase(Locale.ROOT), EntityType.fromLocalName(t),
                        Set.copyOf(e.aliases()), List.of(), null));
            }
        }
        // roles, quotes and relations may point at optional gold entities (Germany): add those as extracted too
        for (GoldEntity e : g.entities()) {
            if (e.optional() && e.inBody()) {
                entities.add(new Entity(e.name(), e.name(), EntityType.fromLocalName(e.type()), Set.of(), List.of(),
                        null));
            }
        }
        List<Role> roles = g.roles().stream().filter(r -> !r.optional())
                .map(r -> new Role(r.person(), r.role(), r.organization(), s)).toList();
        List<Quote> quotes = g.quotes().stream().filter(q -> !q.optional())
                .map(q -> new Quote(q.startsWith() + ", and more.", s, q.speaker(), q.via(), "said", List.of(), s))
                .toList();
        List<Relation> relations = g.relations().stream().filter(r -> !r.optional())
                .map(r -> new Relation(r.object(), RelationType.WORKS_WITH, r.subject(), r.relation(), s)).toList();
        String text = "Caption.\n" + g.bodyStartsWith().replace(" ", "  ") + " and so on.";
        return new ArticleFacts(g.doc(), text, new Span(9, text.length()), List.of(), List.of(), entities, roles,
                quotes, relations);
    }
}

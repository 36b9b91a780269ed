package org.w3id.newsgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.newsgraph.rdf.Ontology;

/** The store's figures carried over its own writes equal the figures counted afresh, write after write. */
class StatsDeltaTest {
    static final String ID = "https://w3id.org/newsgraph/id/";

    @TempDir
    Path tmp;

    /** An article mentioning a company (also typed Organization) and a person who is quoted and holds a post. */
    static Graph article(String a, String company, String person, String source) {
        String ttl = """
                @prefix schema: <http://schema.org/> .
                @prefix ng: <https://w3id.org/newsgraph/ontology#> .
                @prefix org: <http://www.w3.org/ns/org#> .
                @prefix dcterms: <http://purl.org/dc/terms/> .
                @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
                <%1$sarticle/%2$s> a schema:NewsArticle , ng:NewsArticle ; dcterms:source "%5$s" ;
                    schema:mentions <%1$sentity/%3$s> , <%1$sentity/%4$s> .
                <%1$sentity/%3$s> a ng:Company , ng:Organization ; rdfs:label "%3$s" .
                <%1$sentity/%4$s> a ng:Person ; rdfs:label "%4$s" .
                <%1$squote/%2$s> a ng:Quote ; ng:speaker <%1$sentity/%4$s> .
                <%1$srole/%2$s> a ng:RoleAssignment ; org:member <%1$sentity/%4$s> ; org:organization <%1$sentity/%3$s> .
                """.formatted(ID, a, company, person, source);
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(ttl, Lang.TURTLE).parse(g);
        return g;
    }

    static Node node(String a) {
        return NodeFactory.createURI(ID + "article/" + a);
    }

    @Test
    void figuresCarriedOverEachWriteEqualACount() {
        Path db = tmp.resolve("db");
        try (NewsStore store = NewsStore.open(db)) {
            store.replaceArticle(node("a"), article("a", "acme", "smith", "a.txt"));
            store.replaceArticle(node("b"), article("b", "acme", "jones", "b.txt"));
            assertNull(StatsCache.cached(db), "nothing counted yet: nothing to carry");
            Stats counted = StatsCache.stats(store);
            assertEquals(new Stats(2, 30, 3, Map.of("Company", 1L, "Person", 2L), 2, 2, 0, false), counted);

            store.replaceArticle(node("c"), article("c", "globex", "smith", "c.txt"));
            assertCarried(store, db, new Stats(3, 39, 4, Map.of("Company", 2L, "Person", 2L), 3, 3, 0, false));
            assertEquals(1, store.articles().indexOf(node("b")));
            store.deleteArticle(node("a")); // acme and smith stay: b and c still mention them
            assertCarried(store, db, new Stats(2, 26, 4, Map.of("Company", 2L, "Person", 2L), 2, 2, 0, false));
            ArticleVersions.replace(store, node("d"), article("d", "initech", "brown", "b.txt"), "b.txt", Set.of());
            assertCarried(store, db, new Stats(2, 26, 4, Map.of("Company", 2L, "Person", 2L), 2, 2, 0, false));
            store.repage();
            store.replaceGraph(NewsStore.ONTOLOGY_GRAPH, Ontology.ontology());
            Stats last = StatsCache.cached(db);
            assertNotNull(last, "the pages and the ontology were carried too");
            assertEquals(store.stats(), last);
            assertEquals(true, last.ontology());
        }
    }

    /** The remembered figures are valid for the files as they are, equal {@code expected} and a fresh count. */
    static void assertCarried(NewsStore store, Path db, Stats expected) {
        Stats carried = StatsCache.cached(db);
        assertNotNull(carried, "the write carried the figures: the cache matches the files");
        Stats fresh = Txn.calculateRead(store.dataset(), () -> Stats.of(store.dataset()));
        assertEquals(fresh, carried);
        assertEquals(expected.articles(), carried.articles());
        assertEquals(expected.entities(), carried.entities());
        assertEquals(expected.entityTypes(), carried.entityTypes());
        assertEquals(expected.roles(), carried.roles());
        assertEquals(expected.quotes(), carried.quotes());
    }
}

package org.w3id.newsgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.newsgraph.rdf.Ontology;

/**
 * The store's figures are read back from beside the store while its data files are unchanged, and counted again
 * after any write; the entity counts follow the most specific class over the ontology's hierarchy.
 */
class StatsCacheTest {
    @TempDir
    Path tmp;

    @Test
    void figuresAreRememberedUntilTheStoreChanges() throws Exception {
        try (NewsStore store = NewsStore.open(tmp.resolve("s"))) {
            store.replaceArticle(NewsStoreTest.ART_A, NewsStoreTest.articleGraph("a", "bt", "BT"));
            Stats counted = StatsCache.stats(store);
            assertEquals(1, counted.articles());
            assertEquals(Map.of("Company", 1L), counted.entityTypes());
            Path file = store.directory().resolve(StatsCache.FILE);
            assertTrue(Files.isRegularFile(file));

            // a figure changed by hand in the file is what comes back: the file, not the store, was read
            Files.writeString(file, Files.readString(file).replace("roles=0", "roles=7"));
            assertEquals(7, StatsCache.stats(store).roles());

            Graph b = NewsStoreTest.articleGraph("b", "ncsc", "NCSC");
            // also typed GovernmentBody and Organization: Organization is broader than both others, so it is not
            // counted; Company and GovernmentBody are unrelated, so it counts under both
            b.add(Triple.create(NodeFactory.createURI(NewsStoreTest.ID + "entity/ncsc"), RDF.Nodes.type,
                    NodeFactory.createURI(NewsStoreTest.NG + "GovernmentBody")));
            b.add(Triple.create(NodeFactory.createURI(NewsStoreTest.ID + "entity/ncsc"), RDF.Nodes.type,
                    NodeFactory.createURI(NewsStoreTest.NG + "Organization")));
            store.replaceArticle(NewsStoreTest.ART_B, b);
            Stats carried = StatsCache.stats(store);
            assertEquals(7, carried.roles(), "the store's own write carries the figures over its changes");
            assertEquals(2, carried.articles());
            assertEquals(Map.of("Company", 2L, "GovernmentBody", 1L), carried.entityTypes());

            // a write around the store's write path (as a SPARQL Update through the server) makes it count again
            Txn.executeWrite(store.dataset(), () -> store.dataset().add(NodeFactory.createURI("urn:ex:g"),
                    NodeFactory.createURI("urn:ex:s"), NodeFactory.createURI("urn:ex:p"), NodeFactory.createURI("urn:ex:o")));
            Stats after = StatsCache.stats(store);
            assertEquals(0, after.roles(), "a write around the store makes it count again");
            assertEquals(3, after.articles(), "urn:ex:g counts as an article graph, as every named graph does");
            assertEquals(Map.of("Company", 2L, "GovernmentBody", 1L), after.entityTypes());
            assertEquals(store.stats(), after);
            store.replaceGraph(Ontology.GRAPH_NAME, Ontology.ontology());
            assertEquals(bySparql(store), StatsCache.stats(store).entityTypes(), "as the subClassOf+ query counts");
        }
    }

    /** The most specific classes as a SPARQL query over the union with the ontology loaded finds them. */
    private static Map<String, Long> bySparql(NewsStore store) {
        String q = """
                PREFIX ng: <https://w3id.org/newsgraph/ontology#>
                PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                SELECT ?type (COUNT(DISTINCT ?entity) AS ?n) WHERE {
                  ?article <http://schema.org/mentions> ?entity .
                  ?entity a ?class .
                  FILTER(STRSTARTS(STR(?class), STR(ng:)))
                  FILTER NOT EXISTS { ?entity a ?narrower . ?narrower rdfs:subClassOf+ ?class . FILTER(?narrower != ?class) }
                  BIND(STRAFTER(STR(?class), STR(ng:)) AS ?type)
                } GROUP BY ?type
                """;
        Map<String, Long> out = new TreeMap<>();
        Txn.executeRead(store.dataset(), () -> QueryExec.dataset(store.dataset()).query(q).select().forEachRemaining(
                r -> out.put(r.get("type").getLiteralLexicalForm(), ((Number) r.get("n").getLiteralValue()).longValue())));
        return out;
    }
}

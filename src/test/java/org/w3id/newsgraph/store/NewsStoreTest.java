package org.w3id.newsgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.graph.GraphWrapper;
import org.apache.jena.system.Txn;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.apache.jena.util.iterator.WrappedIterator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NewsStoreTest {
    static final String NG = "https://w3id.org/newsgraph/ontology#";
    static final String ID = "https://w3id.org/newsgraph/id/";
    static final Node ART_A = NodeFactory.createURI(ID + "article/a");
    static final Node ART_B = NodeFactory.createURI(ID + "article/b");

    @TempDir
    Path tmp;

    static Graph articleGraph(String article, String entity, String label) {
        String ttl = """
                @prefix schema: <http://schema.org/> .
                @prefix ng: <%s> .
                @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
                <%sarticle/%s> a schema:NewsArticle , ng:NewsArticle ; schema:mentions <%sentity/%s> .
                <%sentity/%s> a ng:Company ; rdfs:label "%s" .
                """.formatted(NG, ID, article, ID, entity, ID, entity, label);
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(ttl, Lang.TURTLE).parse(g);
        return g;
    }

    static List<String> labels(DatasetGraph d) {
        return Txn.calculateRead(d, () -> {
            List<String> out = new ArrayList<>();
            RowSet rs = QueryExec.dataset(d)
                    .query("SELECT ?l { ?e <http://www.w3.org/2000/01/rdf-schema#label> ?l } ORDER BY ?l").select();
            rs.forEachRemaining(b -> out.add(b.get("l").getLiteralLexicalForm()));
            return out;
        });
    }

    static long count(DatasetGraph d, String q) {
        return Txn.calculateRead(d, () -> ((Number) QueryExec.dataset(d).query(q).select().next().get("n")
                .getLiteralValue()).longValue());
    }

    @Test
    void storesReplacesAndDeletesArticles() {
        try (NewsStore store = NewsStore.open(tmp.resolve("db"))) {
            assertEquals(0, store.size());
            store.replaceArticle(ART_A, articleGraph("a", "bt", "BT"));
            assertEquals(5, store.size());
            store.replaceArticle(ART_A, articleGraph("a", "bt", "BT"));
            assertEquals(5, store.size(), "storing the same article twice replaces it");
            store.replaceArticle(ART_B, articleGraph("b", "ncsc", "NCSC"));
            assertEquals(List.of(ART_A, ART_B), store.articles());
            // union default graph: no GRAPH clause needed
            assertEquals(List.of("BT", "NCSC"), labels(store.dataset()));
            // rebuilding with new content drops the old triples
            store.replaceArticle(ART_A, articleGraph("a", "vodafone", "Vodafone"));
            assertEquals(List.of("NCSC", "Vodafone"), labels(store.dataset()));
            assertEquals(10, store.size());

            Stats s = store.stats();
            assertEquals(new Stats(2, 10, 2, Map.of("Company", 2L), 0, 0, 0, false), s);

            assertTrue(store.deleteArticle(ART_A));
            assertFalse(store.deleteArticle(ART_A));
            assertEquals(List.of(ART_B), store.articles());
            assertEquals(List.of("NCSC"), labels(store.dataset()));
            assertEquals(5, store.size());

            Graph onto = GraphFactory.createDefaultGraph();
            onto.add(Triple.create(NodeFactory.createURI(NG + "Company"),
                    NodeFactory.createURI("http://www.w3.org/2000/01/rdf-schema#label"),
                    NodeFactory.createLiteralString("company")));
            store.replaceGraph(NewsStore.ONTOLOGY_GRAPH, onto);
            store.replaceGraph(NewsStore.ONTOLOGY_GRAPH, onto);
            assertEquals(List.of(ART_B), store.articles(), "the ontology is not an article");
            assertTrue(store.stats().ontology());
            assertEquals(6, store.size());
        }
    }

    /** The page of an article leaves the summary with the article, not at the next repaging (CI saw the gap). */
    @Test
    void aDeletedOrReplacedArticleTakesItsPageWithIt() {
        try (NewsStore store = NewsStore.open(tmp.resolve("db"))) {
            Node artC = NodeFactory.createURI(ID + "article/c");
            store.replaceArticle(ART_A, sourced(articleGraph("a", "bt", "BT"), ART_A, "a.txt"));
            store.replaceArticle(ART_B, sourced(articleGraph("b", "ncsc", "NCSC"), ART_B, "b.txt"));
            store.repage();
            assertEquals(List.of("a 0", "b 0"), pages(store));
            assertTrue(store.deleteArticle(ART_A));
            assertEquals(List.of("b 0"), pages(store));
            ArticleVersions.replace(store, artC, sourced(articleGraph("c", "ncsc", "NCSC"), artC, "b.txt"), "b.txt",
                    java.util.Set.of());
            assertEquals(List.of(ID + "article/c"), store.articles().stream().map(Node::getURI).toList());
            assertEquals(List.of(), pages(store), "the old version's page went with it; the new one waits for repage");
            store.repage();
            assertEquals(List.of("c 0"), pages(store));
        }
    }

    static Graph sourced(Graph g, Node article, String source) {
        g.add(Triple.create(article, org.apache.jena.vocabulary.DCTerms.source.asNode(),
                NodeFactory.createLiteralString(source)));
        return g;
    }

    static List<String> pages(NewsStore store) {
        return Txn.calculateRead(store.dataset(), () -> {
            List<String> out = new ArrayList<>();
            store.dataset().find(EntitySummary.G, Node.ANY, org.w3id.newsgraph.rdf.NG.articlePage, Node.ANY)
                    .forEachRemaining(q -> out.add(q.getSubject().getURI().replace(ID + "article/", "") + " "
                            + q.getObject().getLiteralLexicalForm()));
            out.sort(null);
            return out;
        });
    }

    @Test
    void dataSurvivesReopening() {
        Path dir = tmp.resolve("db");
        try (NewsStore store = NewsStore.open(dir)) {
            store.replaceArticle(ART_A, articleGraph("a", "bt", "BT"));
        }
        try (NewsStore store = NewsStore.open(dir)) {
            assertEquals(List.of(ART_A), store.articles());
            assertEquals(List.of("BT"), labels(store.dataset()));
        }
    }

    @Test
    void faultyGraphFailsBeforeTheWriteOpens() {
        try (NewsStore store = NewsStore.open(tmp.resolve("db"))) {
            store.replaceArticle(ART_A, articleGraph("a", "bt", "BT"));
            Graph bad = new GraphWrapper(articleGraph("b", "ncsc", "NCSC")) {
                @Override
                public ExtendedIterator<Triple> find() {
                    Iterator<Triple> inner = get().find();
                    return WrappedIterator.create(new Iterator<>() {
                        int n;

                        @Override
                        public boolean hasNext() {
                            return inner.hasNext();
                        }

                        @Override
                        public Triple next() {
                            if (++n == 3) {
                                throw new IllegalStateException("broken graph");
                            }
                            return inner.next();
                        }
                    });
                }
            };
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> store.replaceArticle(ART_B, bad));
            assertEquals("broken graph", e.getMessage());
            assertEquals(0, store.reopens(), "no write was opened, so nothing to recover");
            assertEquals(List.of(ART_A), store.articles());
            assertEquals(5, store.size());
        }
    }

    @Test
    void failedWriteReopensTheStoreAndLaterWritesAndQueriesWork() {
        try (NewsStore store = NewsStore.open(tmp.resolve("db"))) {
            store.replaceArticle(ART_A, articleGraph("a", "bt", "BT"));
            DatasetGraph before = store.database();
            Graph half = articleGraph("b", "ncsc", "NCSC");
            StoreException e = assertThrows(StoreException.class, () -> store.write("test write", d -> {
                half.find().forEach(t -> d.add(ART_B, t.getSubject(), t.getPredicate(), t.getObject()));
                d.add(ART_B, NodeFactory.createURI(ID + "entity/x"), NodeFactory.createURI(NG + "p"),
                        NodeFactory.createLiteralString("only in an aborted write"));
                throw new IllegalStateException("boom");
            }));
            assertTrue(e.getMessage().contains("test write failed (boom); the store was reopened"), e.getMessage());
            assertFalse(e.getMessage().contains("\n"));
            assertEquals(1, store.reopens());
            assertNotSame(before, store.database(), "the store was reopened");

            // the aborted write left nothing behind
            assertEquals(List.of(ART_A), store.articles());
            assertEquals(5, store.size());

            // write again, then every kind of query answers correctly
            store.replaceArticle(ART_B, articleGraph("b", "ncsc", "NCSC"));
            store.replaceArticle(ART_A, articleGraph("a", "bt", "BT"));
            DatasetGraph d = store.dataset();
            assertEquals(List.of(ART_A, ART_B), store.articles());
            assertEquals(2, count(d, "SELECT (COUNT(DISTINCT ?g) AS ?n) { GRAPH ?g { ?s ?p ?o } }"));
            assertEquals(10, count(d, "SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }"));
            assertEquals(10, count(d, "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }"));
            assertEquals(0, count(d, "SELECT (COUNT(*) AS ?n) { ?s ?p 'only in an aborted write' }"));
            assertEquals(List.of("BT", "NCSC"), labels(d));
            assertEquals(5, count(d, "SELECT (COUNT(*) AS ?n) { GRAPH <" + ID + "article/a> { ?s ?p ?o } }"));
        }
        // and the files on disk are sound: a fresh open sees the same
        try (NewsStore store = NewsStore.open(tmp.resolve("db"))) {
            assertEquals(List.of("BT", "NCSC"), labels(store.dataset()));
            assertEquals(10, store.size());
        }
    }

    @Test
    void rejectsBadGraphNamesAndTriplesBeforeWriting() {
        try (NewsStore store = NewsStore.open(tmp.resolve("db"))) {
            assertThrows(IllegalArgumentException.class,
                    () -> store.replaceArticle(NodeFactory.createBlankNode(), articleGraph("a", "bt", "BT")));
            assertThrows(IllegalArgumentException.class,
                    () -> store.replaceArticle(NewsStore.ONTOLOGY_GRAPH, articleGraph("a", "bt", "BT")));
            Graph g = GraphFactory.createDefaultGraph();
            g.add(Triple.create(NodeFactory.createLiteralString("lit"), NodeFactory.createURI(NG + "p"),
                    NodeFactory.createURI(NG + "o")));
            assertThrows(IllegalArgumentException.class, () -> store.replaceArticle(ART_A, g));
            assertEquals(0, store.reopens());
            assertEquals(0, store.size());
        }
    }

    @Test
    void notATdb2StoreIsAClearError() throws Exception {
        Path dir = tmp.resolve("notes");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("readme.txt"), "hello");
        StoreException e = assertThrows(StoreException.class, () -> NewsStore.open(dir));
        assertEquals("store " + dir.toAbsolutePath() + " is not a TDB2 store (not empty); choose a new or empty directory",
                e.getMessage());
        Path file = tmp.resolve("file.txt");
        Files.writeString(file, "x");
        assertEquals("store " + file.toAbsolutePath() + " is not a directory",
                assertThrows(StoreException.class, () -> NewsStore.open(file)).getMessage());
    }

    @Test
    void storeOpenInAnotherProcessIsAClearError() throws Exception {
        Path dir = tmp.resolve("db");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                StoreLockHolder.class.getName(), dir.toString()).redirectErrorStream(true).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
             Writer in = new OutputStreamWriter(child.getOutputStream(), StandardCharsets.UTF_8)) {
            String line;
            String ready = null;
            while ((line = out.readLine()) != null) {
                if (line.startsWith("READY ")) {
                    ready = line;
                    break;
                }
            }
            assertTrue(ready != null, "child did not open the store");
            long pid = child.pid();
            assertEquals("READY " + pid, ready);

            StoreException e = assertThrows(StoreException.class, () -> NewsStore.open(dir));
            assertEquals("store " + dir.toAbsolutePath() + " is in use by another newsgraph process (pid " + pid + ")",
                    e.getMessage());

            in.write("done\n");
            in.flush();
            assertTrue(child.waitFor(60, TimeUnit.SECONDS));
            assertEquals(0, child.exitValue());
        } finally {
            child.destroyForcibly();
        }
        // released by close(): this process can now open it
        try (NewsStore store = NewsStore.open(dir)) {
            assertEquals(0, store.size());
        }
    }
}

package org.w3id.newsgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.DCTerms;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A batch of article writes is one transaction on the real TDB2 store: a failure in the middle of a batch leaves
 * none of its articles (and retires none of the old versions it would have retired), every earlier batch intact,
 * and the same holds after the store is closed and opened again.
 */
class BatchWriteTest {
    @TempDir
    Path tmp;

    static Node article(String name) {
        return NodeFactory.createURI(NewsStoreTest.ID + "article/" + name);
    }

    /** An article graph naming its own source, as the mapper writes it. */
    static Graph sourced(String name, String source) {
        Graph g = NewsStoreTest.articleGraph(name, name + "-co", name.toUpperCase());
        g.add(Triple.create(article(name), DCTerms.source.asNode(), NodeFactory.createLiteralString(source)));
        return g;
    }

    static ArticleWrite write(String name, String source) {
        return ArticleWrite.store(article(name), sourced(name, source), source);
    }

    @Test
    void aFailureInTheMiddleOfABatchLeavesNoneOfItAndEveryEarlierBatch() {
        Path dir = tmp.resolve("db");
        try (NewsStore store = NewsStore.open(dir)) {
            store.writeArticles(List.of(write("a1", "f/a1.txt"), write("a2", "f/a2.txt")), Set.of());
            List<String> seen = new ArrayList<>();
            // the second batch: a new version of f/a1.txt (would retire a1), then b1, then a failure at b2
            List<ArticleWrite> second = List.of(write("a1v2", "f/a1.txt"), write("b1", "f/b1.txt"),
                    write("b2", "f/b2.txt"), write("b3", "f/b3.txt"));
            StoreException e = assertThrows(StoreException.class, () -> store.writeArticles(second, Set.of(), a -> {
                seen.add(a.getURI().substring(a.getURI().lastIndexOf('/') + 1));
                if (a.equals(article("b2"))) {
                    throw new IllegalStateException("disk on fire");
                }
            }));
            assertEquals(List.of("a1v2", "b1", "b2"), seen, "the failure struck after two articles were written");
            assertEquals("store " + dir.toAbsolutePath().normalize()
                    + ": storing a batch of 4 articles failed (disk on fire); the store was reopened", e.getMessage());
            assertEquals(List.of(article("a1"), article("a2")), store.articles());
            assertEquals(10, store.size() - 2, "two articles of 5 triples each, plus their sources");
        }
        try (NewsStore store = NewsStore.open(dir)) {
            assertEquals(List.of(article("a1"), article("a2")), store.articles(), "the same after a restart");
            assertEquals(List.of("A1", "A2"), NewsStoreTest.labels(store.dataset()));
            // and the store takes the next batch whole
            List<Node> retired = store.writeArticles(List.of(write("a1v2", "f/a1.txt"), write("b1", "f/b1.txt")),
                    Set.of());
            assertEquals(List.of(article("a1")), retired, "the edited file's old version goes with the batch");
            assertEquals(List.of(article("a1v2"), article("a2"), article("b1")), store.articles());
        }
    }

    @Test
    void twoInputsOfOneSourceInOneBatchStayTwoArticles() {
        try (NewsStore store = NewsStore.open(tmp.resolve("db"))) {
            store.writeArticles(List.of(write("x1", "a/story.txt"), write("x2", "a/story.txt")), Set.of());
            assertEquals(List.of(article("x1"), article("x2")), store.articles(),
                    "the batch's own articles are kept, as a build keeps what it stored");
            List<Node> retired = store.writeArticles(List.of(write("x3", "a/story.txt")), Set.of());
            assertEquals(List.of(article("x1"), article("x2")), retired);
            assertEquals(List.of(article("x3")), store.articles());
        }
    }

    @Test
    void storedArticlesKnowsEachArticlesSource() {
        try (NewsStore store = NewsStore.open(tmp.resolve("db"))) {
            store.writeArticles(List.of(write("a1", "f/a1.txt"), write("a2", "f/a2.txt")), Set.of());
            StoredArticles known = StoredArticles.of(store);
            assertEquals(2, known.size());
            assertEquals(true, known.unchanged(article("a1"), "f/a1.txt"));
            assertEquals(false, known.unchanged(article("a1"), "g/a1.txt"), "same bytes elsewhere is another input");
            assertEquals(false, known.unchanged(article("a3"), "f/a1.txt"), "new bytes under the old name");
        }
    }

    @Test
    void anUnchangedGraphWithBlankNodesIsNotRewritten() {
        String ttl = "<urn:c> <urn:p> [ <urn:q> \"v\" ] .";
        try (NewsStore store = NewsStore.open(tmp.resolve("db"))) {
            store.replaceGraph(NewsStore.ONTOLOGY_GRAPH, parse(ttl));
            Set<org.apache.jena.sparql.core.Quad> before = quads(store);
            assertEquals(2, before.size());
            store.replaceGraph(NewsStore.ONTOLOGY_GRAPH, parse(ttl)); // parsed again: new blank-node labels
            assertEquals(before, quads(store), "the same quads, blank nodes included: nothing was written");
            store.replaceGraph(NewsStore.ONTOLOGY_GRAPH, parse("<urn:c> <urn:p> [ <urn:q> \"w\" ] ."));
            assertEquals(2, quads(store).size());
            assertEquals(false, quads(store).equals(before), "a changed graph is replaced");
        }
    }

    private static Graph parse(String ttl) {
        Graph g = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
        org.apache.jena.riot.RDFParser.fromString(ttl, org.apache.jena.riot.Lang.TURTLE).parse(g);
        return g;
    }

    private static Set<org.apache.jena.sparql.core.Quad> quads(NewsStore store) {
        return org.apache.jena.system.Txn.calculateRead(store.dataset(), () -> {
            Set<org.apache.jena.sparql.core.Quad> out = new java.util.HashSet<>();
            store.dataset().find().forEachRemaining(out::add);
            return out;
        });
    }
}

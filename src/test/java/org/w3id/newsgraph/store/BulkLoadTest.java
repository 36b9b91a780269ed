package org.w3id.newsgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A first build through TDB2's bulk loader gives the store that batches of write transactions give: the same
 * quads (article graphs and entity summary), the same search index; and a load stopped midway leaves a store
 * that is refused in one line.
 */
class BulkLoadTest {
    @TempDir
    Path tmp;

    private static final List<String> IDS = List.of("a", "b");

    private static Graph graph(String id) {
        return id.equals("a")
                ? EntitySummaryTest.article("a", "a.txt", "tel|Telefónica Deutschland|O2 Germany|2", "bt|BT|British Telecom|1")
                : EntitySummaryTest.article("b", "b.txt", "tel|Telefónica Deutschland||1", "dt|Deutsche Telekom||4");
    }

    private static DatasetGraph copy(NewsStore s) {
        DatasetGraph out = DatasetGraphFactory.createGeneral();
        Txn.executeRead(s.dataset(), () -> s.dataset().find().forEachRemaining(out::add));
        return out;
    }

    @Test
    void bulkLoadEqualsBatchWrites() {
        DatasetGraph bulk;
        DatasetGraph batch;
        try (NewsStore s = NewsStore.open(tmp.resolve("bulk"))) {
            assertTrue(BulkLoad.applies(s));
            long quads = BulkLoad.run(s, load -> {
                IDS.forEach(id -> load.add(EntitySummaryTest.art(id), graph(id)));
                return load.quads();
            });
            assertEquals(graph("a").size() + graph("b").size(), quads);
            assertFalse(BulkLoad.applies(s), "it holds articles now");
            assertEquals(List.of("Deutsche Telekom 4", "Telefónica Deutschland 3"), EntityIndexTest.search(s, "deutsch*"));
            assertEquals(List.of("BT 1"), EntityIndexTest.search(s, "\"british telecom\""));
            bulk = copy(s);
        }
        try (NewsStore s = NewsStore.open(tmp.resolve("batch"))) {
            s.writeArticles(IDS.stream().map(id -> ArticleWrite.store(EntitySummaryTest.art(id), graph(id), id + ".txt"))
                    .toList(), java.util.Set.of());
            s.repage(); // as build does once its batches are in
            batch = copy(s);
        }
        assertTrue(bulk.find(EntitySummary.G, Node.ANY, Node.ANY, Node.ANY).hasNext(), "the summary is loaded");
        assertTrue(IsoMatcher.isomorphic(batch, bulk), "same quads as the batch path");
        assertFalse(Files.exists(tmp.resolve("bulk").resolve(BulkLoad.MARKER)), "the marker goes once all is in");
    }

    @Test
    void aLoadStoppedMidwayIsRefusedInOneLine() {
        Path dir = tmp.resolve("stopped");
        try (NewsStore s = NewsStore.open(dir)) {
            assertThrows(IllegalStateException.class, () -> BulkLoad.run(s, load -> {
                load.add(EntitySummaryTest.art("a"), graph("a"));
                throw new IllegalStateException("killed");
            }));
        }
        assertTrue(Files.exists(dir.resolve(BulkLoad.MARKER)));
        StoreException e = assertThrows(StoreException.class, () -> NewsStore.open(dir));
        assertEquals("store " + dir.toAbsolutePath().normalize() + " was stopped during its first build's bulk load "
                + "and holds only part of it; delete the directory and build again", e.getMessage());
    }

    @Test
    void theSummaryMadeASliceAtATimeIsTheRebuiltOne() {
        DatasetGraph articles = DatasetGraphFactory.createGeneral();
        IDS.forEach(id -> articles.addGraph(EntitySummaryTest.art(id), graph(id)));
        // one entity per slice, three pairs per temporary file: pairs and votes cross slices and files
        StreamedSummary sliced = new StreamedSummary(1, 3);
        IDS.forEach(id -> sliced.add(EntitySummaryTest.art(id), graph(id)));
        DatasetGraph streamed = DatasetGraphFactory.createGeneral();
        sliced.writeTo(org.apache.jena.riot.system.StreamRDFLib.dataset(streamed));
        EntitySummary.rebuild(articles);
        Graph expected = articles.getGraph(EntitySummary.G);
        assertEquals(expected.size(), streamed.getGraph(EntitySummary.G).size());
        assertTrue(expected.size() > 20, "labels, counts, forms, votes and pairs: " + expected.size());
        assertTrue(expected.isIsomorphicWith(streamed.getGraph(EntitySummary.G)));
    }
}

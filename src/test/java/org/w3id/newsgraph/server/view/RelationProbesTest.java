package org.w3id.newsgraph.server.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.util.NodeFactoryExtra;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.newsgraph.bench.SyntheticNews;
import org.w3id.newsgraph.model.RelationType;
import org.w3id.newsgraph.rdf.NG;
import org.w3id.newsgraph.store.NewsStore;

/**
 * The two ways the view finds the relations among the entities on screen give the same edges in the same order:
 * looking up each candidate's weight by its IRI ({@link RelationProbes}, small screens) and reading the weights of
 * each entity and keeping those whose other end is on screen ({@code relations-among.rq}, large ones).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RelationProbesTest {
    private static final int ARTICLES = 300;

    NewsStore store;
    ViewQueries queries;

    @BeforeAll
    void build(@TempDir Path tmp) {
        store = NewsStore.open(tmp.resolve("db"));
        new SyntheticNews(ARTICLES, 13).fill(store, ARTICLES);
        queries = new ViewQueries(store::dataset, Duration.ofSeconds(60));
    }

    @AfterAll
    void close() {
        if (store != null) {
            store.close();
        }
    }

    @ParameterizedTest
    @CsvSource({"12, 1", "30, 1", "30, 2", "30, 4"})
    void probingEachCandidateEqualsScanningEachEntitysWeights(int entities, int minWeight) {
        SyntheticNews news = new SyntheticNews(ARTICLES, 13);
        List<Node> set = IntStream.range(0, entities)
                .mapToObj(i -> NodeFactory.createURI(EntityGraph.ENTITY + news.keyOf(i))).toList();
        List<Node> props = new ArrayList<>();
        for (RelationType t : RelationType.values()) {
            props.add(NG.relation(t));
        }
        Node min = NodeFactoryExtra.intToNode(minWeight);
        List<ViewEdge> probed = RelationProbes.among(queries, set, props, min);
        List<ViewEdge> scanned = queries.select(new ViewQueries.Call("relations-among").set("subject", set)
                .set("object", set).set("property", props).bind("minWeight", min))
                .stream().map(EntityGraph::relation).toList();
        assertEquals(scanned, probed);
        assertTrue(minWeight > 2 || !probed.isEmpty(), "the made-up store has relations among its top entities");
        assertTrue(probed.stream().allMatch(e -> e.weight() >= minWeight));
    }
}

package org.w3id.newsgraph.server.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.newsgraph.bench.SyntheticNews;
import org.w3id.newsgraph.model.EntityType;
import org.w3id.newsgraph.rdf.Ids;
import org.w3id.newsgraph.rdf.NG;
import org.w3id.newsgraph.store.NewsStore;

/**
 * The view's first screen read from the summary's ranked page ({@link RankedPage}: the top entities by rank, the
 * relations among them by relation rank) gives the same JSON as ranking every entity and looking up every
 * candidate relation, which is what the view does while the pages are not current.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RankedPageTest {
    private static final int ARTICLES = 300;
    private static final List<String> CALLS = List.of("", "n=10", "n=100", "n=500", "type=Person",
            "type=Organization&minMentions=3", "relTypes=worksWith,basedIn", "minWeight=2", "coMentions=true&n=20");

    NewsStore store;
    ViewQueries queries;

    @BeforeAll
    void build(@TempDir Path tmp) {
        store = NewsStore.open(tmp.resolve("db"));
        new SyntheticNews(ARTICLES, 13).fill(store, ARTICLES);
        store.repage();
        queries = new ViewQueries(store::dataset, Duration.ofSeconds(60));
    }

    @AfterAll
    void close() {
        if (store != null) {
            store.close();
        }
    }

    private static ViewParams params(String query) {
        Map<String, String[]> raw = new HashMap<>();
        for (String kv : query.split("&")) {
            if (!kv.isEmpty()) {
                String[] p = kv.split("=", 2);
                raw.put(p[0], new String[] {p[1]});
            }
        }
        return ViewParams.of(raw, 40);
    }

    @Test
    void theRankedPageGivesWhatRankingEveryEntityGives() {
        EntityGraph graph = new EntityGraph(queries);
        List<Node> classes = Arrays.stream(EntityType.values()).map(NG::entityClass).toList();
        assertTrue(RankedPage.top(queries, classes, 1, 40).isPresent(), "the pages are current: the page answers");
        List<String> ranked = new ArrayList<>();
        CALLS.forEach(c -> ranked.add(graph.top(params(c)).json().toString()));

        DatasetGraph d = store.dataset();
        Txn.executeWrite(d, () -> d.delete(Ids.ENTITIES_GRAPH, Ids.ENTITIES_GRAPH, NG.listsPaged,
                NodeFactory.createLiteralDT("true", XSDDatatype.XSDboolean)));
        assertFalse(RankedPage.top(queries, classes, 1, 40).isPresent(), "pages not current: every entity is ranked");
        List<String> everyEntity = new ArrayList<>();
        CALLS.forEach(c -> everyEntity.add(graph.top(params(c)).json().toString()));
        store.repage();

        for (int i = 0; i < CALLS.size(); i++) {
            assertEquals(everyEntity.get(i), ranked.get(i), "top?" + CALLS.get(i));
        }
        assertTrue(ranked.get(0).contains("\"relation\""), "the top 40 of the made-up store have relations");
    }

    @Test
    void tooFewOfTheRankedEntitiesPassingTheFiltersIsNoAnswer() {
        List<Node> people = List.of(NG.Person);
        assertTrue(RankedPage.top(queries, people, 1, 5).isPresent());
        assertFalse(RankedPage.top(queries, people, 1_000_000, 5).isPresent(), "nobody has a million mentions");
    }
}

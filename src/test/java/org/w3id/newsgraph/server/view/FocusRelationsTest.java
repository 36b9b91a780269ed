package org.w3id.newsgraph.server.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.syntax.ElementData;
import org.apache.jena.sparql.syntax.ElementVisitorBase;
import org.apache.jena.sparql.syntax.ElementWalker;
import org.apache.jena.sparql.util.NodeFactoryExtra;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.w3id.newsgraph.bench.SyntheticNews;
import org.w3id.newsgraph.model.RelationType;
import org.w3id.newsgraph.rdf.NG;
import org.w3id.newsgraph.store.NewsStore;

/**
 * An expansion's relations counted through the store's indexes ({@link FocusRelations}) are the rows the view's
 * grouped query over the article graphs gave before (its {@code relations.rq}, kept here as the reference): same
 * edges, weights and order, for one entity, for a depth-2 frontier, with a relation filter and a minimum weight.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FocusRelationsTest {
    private static final int ARTICLES = 300;
    /** The view's expansion query before the summary was read: a count of the article graphs stating each. */
    private static final String COUNTED = """
            SELECT ?subject ?property ?object (COUNT(DISTINCT ?g) AS ?weight)
            WHERE {
              { VALUES ?subject { UNDEF } VALUES ?property { UNDEF } GRAPH ?g { ?subject ?property ?object } }
              UNION
              { VALUES ?object { UNDEF } VALUES ?property { UNDEF } GRAPH ?g { ?subject ?property ?object } }
              FILTER(isIRI(?object) && ?subject != ?object)
            }
            GROUP BY ?subject ?property ?object
            HAVING (COUNT(DISTINCT ?g) >= ?minWeight)
            ORDER BY DESC(?weight) ?subject ?property ?object
            LIMIT 400
            """;

    NewsStore store;
    SyntheticNews news = new SyntheticNews(ARTICLES, 13);

    @BeforeAll
    void build(@TempDir Path tmp) {
        store = NewsStore.open(tmp.resolve("db"));
        news.fill(store, ARTICLES);
    }

    @AfterAll
    void close() {
        if (store != null) {
            store.close();
        }
    }

    private List<ViewEdge> counted(List<Node> focus, List<Node> properties, long minWeight) {
        Query q = QueryFactory.create(COUNTED);
        ElementWalker.walk(q.getQueryPattern(), new ElementVisitorBase() {
            @Override
            public void visit(ElementData el) {
                Var v = el.getVars().get(0);
                el.getRows().clear();
                (v.getVarName().equals("property") ? properties : focus)
                        .forEach(n -> el.add(BindingFactory.binding(v, n)));
            }
        });
        List<ViewEdge> out = new ArrayList<>();
        Txn.executeRead(store.dataset(), () -> {
            try (QueryExec exec = QueryExec.dataset(store.dataset()).query(q)
                    .substitution(BindingFactory.binding(Var.alloc("minWeight"), NodeFactoryExtra.intToNode(minWeight)))
                    .build()) {
                exec.select().forEachRemaining(b -> {
                    Map<String, Node> row = new LinkedHashMap<>();
                    b.forEach((v, n) -> row.put(v.getVarName(), n));
                    out.add(EntityGraph.relation(row));
                });
            }
        });
        return out;
    }

    @ParameterizedTest
    @CsvSource({"0, 1, 1, ''", "1, 1, 1, ''", "7, 1, 2, ''", "0, 30, 1, ''", "2, 12, 1, worksWith basedIn",
            "40, 5, 1, ''"})
    void countingThroughTheIndexesGivesTheRowsOfTheGroupedQuery(int first, int entities, long minWeight, String relations) {
        List<Node> focus = IntStream.range(first, first + entities)
                .mapToObj(i -> NodeFactory.createURI(EntityGraph.ENTITY + news.keyOf(i))).toList();
        List<Node> properties = new ArrayList<>();
        for (RelationType t : RelationType.values()) {
            if (relations.isBlank() || List.of(relations.split(" ")).contains(t.localName())) {
                properties.add(NG.relation(t));
            }
        }
        ViewQueries queries = new ViewQueries(store::dataset, Duration.ofSeconds(60));
        List<ViewEdge> read = queries.read(d -> FocusRelations.of(d, focus, properties, minWeight));
        assertEquals(counted(focus, properties, minWeight), read);
        assertTrue(!read.isEmpty(), "the made-up entities have relations");
    }
}

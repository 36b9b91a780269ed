package org.w3id.newsgraph.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.w3id.newsgraph.query.ListRows.same;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.newsgraph.model.EntityType;
import org.w3id.newsgraph.rdf.Ids;
import org.w3id.newsgraph.rdf.NG;
import org.w3id.newsgraph.rdf.Ontology;
import org.w3id.newsgraph.store.ListPages;
import org.w3id.newsgraph.store.NewsStore;

/**
 * The entity lists read only the pages a request needs ({@link Paging}, store.ListPages) and give exactly the rows
 * of the same query read whole, on a summary of 2,345 entities: requests inside a page, across a page boundary,
 * at the end, past the end, and longer than a page.
 */
class PagedListsTest {
    private static final int ENTITIES = 2345;
    private static final int PAIRS = 12000;
    private static final List<String> QUERIES = List.of("entities", "people", "organizations", "places", "graph-nodes",
            "co-mentions");

    @TempDir
    static Path tmp;
    private static NewsStore store;

    @BeforeAll
    static void summary() {
        store = NewsStore.open(tmp.resolve("store"));
        store.replaceGraph(NewsStore.ONTOLOGY_GRAPH, Ontology.ontology());
        DatasetGraph d = store.dataset();
        Random random = new Random(7);
        EntityType[] types = EntityType.values();
        Txn.executeWrite(d, () -> {
            for (int i = 0; i < ENTITIES; i++) {
                Node e = entity(i);
                // names repeat (every 7th draws from ten) so that the class and the IRI must break ties
                String name = i % 7 == 0 ? "Same " + random.nextInt(10) : "N" + Integer.toString(random.nextInt(1 << 20), 36);
                d.add(Ids.ENTITIES_GRAPH, e, RDFS.Nodes.label, NodeFactory.createLiteralString(name));
                d.add(Ids.ENTITIES_GRAPH, e, RDF.Nodes.type, NG.entityClass(types[random.nextInt(types.length)]));
                d.add(Ids.ENTITIES_GRAPH, e, NG.mentionCount, number(1 + random.nextInt(50)));
                d.add(Ids.ENTITIES_GRAPH, e, NG.articleCount, number(1 + random.nextInt(60)));
            }
            for (int i = 0; i < 60; i++) { // articles: no pair is shared by more
                Node a = NodeFactory.createURI("https://w3id.org/newsgraph/id/article/a" + i);
                d.add(a, a, RDF.Nodes.type, NG.NewsArticle);
            }
            // pairs with weights up to 40, many sharing one, so the list's cut at 10,000 falls inside a weight
            for (int i = 0; i < PAIRS; i++) {
                Node a = entity(random.nextInt(ENTITIES));
                Node b = entity(random.nextInt(ENTITIES));
                Node pair = Ids.coMention(a, b);
                if (a.equals(b) || d.contains(Ids.ENTITIES_GRAPH, pair, RDF.Nodes.type, NG.CoMention)) {
                    continue;
                }
                d.add(Ids.ENTITIES_GRAPH, pair, RDF.Nodes.type, NG.CoMention);
                d.add(Ids.ENTITIES_GRAPH, pair, NG.coMentionOf, a);
                d.add(Ids.ENTITIES_GRAPH, pair, NG.coMentionOf, b);
                d.add(Ids.ENTITIES_GRAPH, pair, NG.articleCount, number(random.nextInt(8) == 0 ? 1 + random.nextInt(40)
                        : 1 + random.nextInt(3)));
            }
            ListPages.refresh(d);
        });
    }

    @AfterAll
    static void close() {
        store.close();
    }

    private static Node entity(int i) {
        return NodeFactory.createURI(Ids.ENTITIES_GRAPH.getURI().replace("graph/entities", "entity/e" + i));
    }

    private static Node number(long n) {
        return NodeFactory.createLiteralDT(Long.toString(n), XSDDatatype.XSDinteger);
    }

    @Test
    void everyRequestGivesTheRowsOfTheWholeList() {
        QueryRunner runner = new QueryRunner(store.dataset(), Duration.ofSeconds(60));
        assertTrue(Txn.calculateRead(store.dataset(), () -> ListPages.current(store.dataset())), "the runner names pages");
        List<Map<String, String>> requests = List.of(Map.of(), Map.of("offset", "1000"), Map.of("limit", "700",
                "offset", "900"), Map.of("limit", "5", "offset", "2340"), Map.of("offset", "2345"), Map.of("limit",
                "3000"), Map.of("limit", "1", "offset", "999"), Map.of("limit", "2", "offset", "999"));
        for (String name : QUERIES) {
            PreparedQuery q = PagingTest.CATALOG.get(name);
            for (Map<String, String> params : requests) {
                List<Map<String, Node>> paged = runner.select(q, params);
                List<Map<String, Node>> whole = whole(q, params);
                same(whole, paged, name + " " + params);
            }
        }
        // the list sizes are those of the summary, so the comparisons above covered every page
        assertEquals(ENTITIES, whole(PagingTest.CATALOG.get("entities"), Map.of("limit", "5000")).size());
    }

    @Test
    void theFirstTenThousandCoMentionsArePagedAndTheRestReadInFull() {
        PreparedQuery q = PagingTest.CATALOG.get("co-mentions");
        QueryRunner runner = new QueryRunner(store.dataset(), Duration.ofSeconds(60));
        List<Map<String, Node>> pages = new ArrayList<>();
        for (int offset = 0; offset < 10000; offset += 1000) {
            pages.addAll(runner.select(q, Map.of("offset", Integer.toString(offset))));
        }
        same(whole(q, Map.of("limit", "10000")), pages, "co-mentions, page by page");
        assertTrue(Paging.apply(q, Map.of("offset", "9000"), q.parsed(), EntityPagesOnly.of(true)).toString()
                .contains("VALUES ?page { 9 }"), "the last paged rows are named");
        assertTrue(Paging.apply(q, Map.of("offset", "9500"), q.parsed(), EntityPagesOnly.of(true)).toString()
                .contains("VALUES ?page { UNDEF }"), "past them, the query as written");
        same(whole(q, Map.of("offset", "9500")), runner.select(q, Map.of("offset", "9500")), "past the pages");
        assertTrue(whole(q, Map.of("limit", "20000")).size() > 10000, "more pairs than the pages hold");
    }

    @Test
    void aRequestNamesOnlyItsPages() {
        assertEquals(ListPages.SIZE, Paging.PAGE_SIZE, "the runner and the store cut the same pages");
        PreparedQuery q = PagingTest.CATALOG.get("entities");
        String text = Paging.apply(q, Map.of("limit", "1000", "offset", "1500"), q.parsed(), EntityPagesOnly.of(true))
                .toString();
        assertTrue(text.contains("VALUES ?page { 1 2 }"), text);
        assertTrue(text.contains("OFFSET  500"), text);
        assertTrue(q.parsed().toString().contains("VALUES ?page { UNDEF }"));
        assertTrue(Paging.apply(q, Map.of(), q.parsed(), EntityPagesOnly.of(false)).toString()
                .contains("VALUES ?page { UNDEF }"), "pages not current: the query as written");
        assertTrue(Paging.apply(q, Map.of("limit", "20000"), q.parsed(), EntityPagesOnly.of(true)).toString()
                .contains("VALUES ?page { UNDEF }"), "more than ten pages: the whole list");
    }

    @Test
    void aSecondRefreshWritesNothing() {
        DatasetGraph d = store.dataset();
        List<Quad> before = pages(d);
        Txn.executeWrite(d, () -> ListPages.refresh(d));
        assertEquals(before, pages(d));
        assertEquals(ENTITIES + 10000, before.stream().filter(p -> p.getPredicate().equals(NG.listPage)).count(),
                "every entity and the 10,000 pairs of the co-mention list");
        assertFalse(before.isEmpty());
    }


    private static List<Quad> pages(DatasetGraph d) {
        return Txn.calculateRead(d, () -> {
            List<Quad> out = new ArrayList<>();
            d.find(Ids.ENTITIES_GRAPH, Node.ANY, NG.listPage, Node.ANY).forEachRemaining(out::add);
            d.find(Ids.ENTITIES_GRAPH, Node.ANY, NG.kindPage, Node.ANY).forEachRemaining(out::add);
            out.sort(java.util.Comparator.comparing(Quad::toString));
            return out;
        });
    }


    private static List<Map<String, Node>> whole(PreparedQuery q, Map<String, String> params) {
        return ListRows.whole(store.dataset(), q, params);
    }
}

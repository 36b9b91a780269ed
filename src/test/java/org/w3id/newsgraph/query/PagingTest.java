package org.w3id.newsgraph.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.newsgraph.rdf.NG;
import org.w3id.newsgraph.store.ListPages;
import org.w3id.newsgraph.store.NewsStore;

/** The paging parameters {@code limit} and {@code offset} of the list queries, on the fixture in TDB2. */
class PagingTest {
    static final QueryCatalog CATALOG = QueryCatalog.fromDirectory(Path.of("queries"));

    @TempDir
    Path tmp;

    static List<String> names(QueryRunner r, String query, Map<String, String> params) {
        return r.select(CATALOG.get(query), params).stream().map(row -> row.get("name").getLiteralLexicalForm())
                .toList();
    }

    @Test
    void limitAndOffsetPickAPageOfTheOrderedRows() {
        try (NewsStore store = FixtureStore.open(tmp.resolve("store"))) {
            QueryRunner r = new QueryRunner(store.dataset(), Duration.ofSeconds(30));
            assertEquals(List.of("Angela Merkel", "BT", "Ciaran Martin", "Germany", "Huawei", "Marc Allera",
                    "National Cyber Security Centre", "Theresa May", "United Kingdom"), names(r, "entities", Map.of()));
            assertEquals(List.of("BT", "Ciaran Martin", "Germany"),
                    names(r, "entities", Map.of("limit", "3", "offset", "1")));
            assertEquals(List.of("United Kingdom"), names(r, "entities", Map.of("offset", "8")));
            assertEquals(List.of("Huawei"), names(r, "organizations", Map.of("limit", "1", "offset", "1")));
        }
    }

    @Test
    void listsStayRightWhileTheirPagesAreNotCurrentAndArePagedAgainAfter() {
        Path dir = tmp.resolve("store");
        List<String> left = List.of("Ciaran Martin", "Huawei", "National Cyber Security Centre", "Theresa May",
                "United Kingdom");
        try (NewsStore store = FixtureStore.open(dir)) {
            QueryRunner r = new QueryRunner(store.dataset(), Duration.ofSeconds(30));
            assertTrue(current(store));
            // the article with BT, Marc Allera, Angela Merkel and Germany goes: the summary changes, the pages wait
            assertTrue(store.deleteArticle(NodeFactory.createURI("https://w3id.org/newsgraph/id/article/a1")));
            assertFalse(current(store));
            assertEquals(left, names(r, "entities", Map.of()));
            assertEquals(List.of("Huawei", "National Cyber Security Centre"), names(r, "organizations", Map.of()));
        }
        try (NewsStore store = NewsStore.open(dir)) { // opening a store whose pages are not current pages it
            assertTrue(current(store));
            QueryRunner r = new QueryRunner(store.dataset(), Duration.ofSeconds(30));
            assertEquals(left, names(r, "entities", Map.of()));
            assertEquals(List.of("Huawei"), names(r, "entities", Map.of("limit", "1", "offset", "1")));
        }
    }

    @Test
    void aStorePagedBeforeArticlePagesIsPagedAgainAtItsNextOpen() {
        Path dir = tmp.resolve("store");
        try (NewsStore store = FixtureStore.open(dir)) {
            assertEquals(2, articlePages(store), "both fixture articles stand on page 0");
            // as a store of an earlier version: entity pages current, no article page
            Txn.executeWrite(store.dataset(), () -> store.dataset().deleteAny(Node.ANY, Node.ANY, NG.articlePage,
                    Node.ANY));
            assertTrue(current(store));
            QueryRunner r = new QueryRunner(store.dataset(), Duration.ofSeconds(30));
            assertEquals(2, r.select(CATALOG.get("articles"), Map.of()).size(), "read as written meanwhile");
        }
        try (NewsStore store = NewsStore.open(dir)) {
            assertEquals(2, articlePages(store));
            QueryRunner r = new QueryRunner(store.dataset(), Duration.ofSeconds(30));
            assertEquals(2, r.select(CATALOG.get("articles"), Map.of()).size(), "and paged");
            assertEquals(1, r.select(CATALOG.get("articles"), Map.of("offset", "1")).size());
        }
    }

    private static long articlePages(NewsStore store) {
        return Txn.calculateRead(store.dataset(), () -> org.apache.jena.atlas.iterator.Iter.count(
                store.dataset().find(Node.ANY, Node.ANY, NG.articlePage, NodeFactory.createLiteralDT("0",
                        org.apache.jena.datatypes.xsd.XSDDatatype.XSDinteger))));
    }

    private static boolean current(NewsStore store) {
        return Txn.calculateRead(store.dataset(), () -> ListPages.current(store.dataset()));
    }

    @Test
    void aPageParameterMustBeAWholeNumber() {
        try (NewsStore store = FixtureStore.open(tmp.resolve("store"))) {
            QueryRunner r = new QueryRunner(store.dataset(), Duration.ofSeconds(30));
            assertEquals("parameter 'limit' must be a whole number of at least 1, not '10; DROP ALL'",
                    assertThrows(ParamException.class, () -> names(r, "entities", Map.of("limit", "10; DROP ALL")))
                            .getMessage());
            assertEquals("parameter 'offset' must be a whole number of at least 0, not '-1'",
                    assertThrows(ParamException.class, () -> names(r, "people", Map.of("offset", "-1")))
                            .getMessage());
            assertEquals("parameter 'limit' must be a whole number of at least 1, not '0'",
                    assertThrows(ParamException.class, () -> names(r, "people", Map.of("limit", "0"))).getMessage());
        }
    }
}

package org.w3id.newsgraph.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.w3id.newsgraph.query.ListRows.same;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.query.Query;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.newsgraph.rdf.NG;
import org.w3id.newsgraph.rdf.Ontology;
import org.w3id.newsgraph.store.ListPages;
import org.w3id.newsgraph.store.NewsStore;

/**
 * The lists ordered by article read only the article pages a request needs ({@link ArticlePaging},
 * store.ArticlePages) and give exactly the rows of the same query read whole, on 2,600 made-up articles whose
 * sources do not come in the order they were stored, with 0 to 5 quotes, posts (some repeated, for DISTINCT),
 * statements, events and amounts each.
 */
class ArticlePagedListsTest {
    private static final int ARTICLES = 2600;
    private static final List<String> QUERIES = List.of("quotes", "roles", "relations", "graph-edges", "events",
            "amounts", "articles");
    private static final String ID = "https://w3id.org/newsgraph/id/";
    private static final String SCHEMA = "http://schema.org/";
    private static final String ORG = "http://www.w3.org/ns/org#";
    private static final String NIF = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#";
    private static final Node DERIVED = uri("http://www.w3.org/ns/prov#wasDerivedFrom");

    @TempDir
    static Path tmp;
    private static NewsStore store;

    @BeforeAll
    static void articles() {
        store = NewsStore.open(tmp.resolve("store"));
        store.replaceGraph(NewsStore.ONTOLOGY_GRAPH, Ontology.ontology());
        DatasetGraph d = store.dataset();
        Random random = new Random(11);
        Txn.executeWrite(d, () -> {
            for (int i = 0; i < ARTICLES; i++) {
                article(d, i, random);
            }
        });
    }

    @AfterAll
    static void close() {
        store.close();
    }

    private static void article(DatasetGraph d, int i, Random random) {
        Node a = uri(ID + "article/a" + i);
        Node g = a;
        d.add(g, a, RDF.Nodes.type, NG.NewsArticle);
        // sources in another order than the articles were stored, some sharing a prefix
        d.add(g, a, DCTerms.source.asNode(), str("s" + Integer.toString(random.nextInt(1 << 24), 36) + "/" + i));
        for (int k = random.nextInt(6); k > 0; k--) {
            Node q = uri(ID + "quote/a" + i + "-" + k);
            d.add(g, q, RDF.Nodes.type, NG.Quote);
            d.add(g, q, uri(SCHEMA + "text"), str("words " + random.nextInt(5)));
            d.add(g, q, DERIVED, a);
            if (random.nextBoolean()) {
                d.add(g, q, NG.speaker, entity(d, g, random));
            }
            Node span = uri(ID + "span/a" + i + "-q" + k);
            d.add(g, q, NG.evidence, span);
            d.add(g, span, uri(NIF + "beginIndex"), number(random.nextInt(300)));
        }
        for (int k = random.nextInt(6); k > 0; k--) {
            Node r = uri(ID + "role/a" + i + "-" + k);
            d.add(g, r, RDF.Nodes.type, NG.RoleAssignment);
            d.add(g, r, uri(ORG + "member"), entity(d, g, random));
            d.add(g, r, uri(ORG + "organization"), entity(d, g, random));
            d.add(g, r, NG.title, str(random.nextBoolean() ? "chair" : "head")); // repeated rows: DISTINCT
            d.add(g, r, DERIVED, a);
        }
        for (int k = random.nextInt(6); k > 0; k--) {
            Node s = uri(ID + "statement/a" + i + "-" + k);
            d.add(g, s, RDF.Nodes.type, NG.RelationStatement);
            d.add(g, s, RDF.Nodes.subject, entity(d, g, random));
            d.add(g, s, RDF.Nodes.predicate, random.nextBoolean() ? NG.locatedIn : NG.basedIn);
            d.add(g, s, RDF.Nodes.object, entity(d, g, random));
            d.add(g, s, DERIVED, a);
            Node sentence = uri(ID + "span/a" + i + "-s" + k);
            d.add(g, s, NG.evidence, sentence);
            d.add(g, sentence, uri(NIF + "anchorOf"), str("sentence " + k));
            d.add(g, sentence, uri(NIF + "beginIndex"), number(random.nextInt(300)));
        }
        for (int k = random.nextInt(6); k > 0; k--) {
            Node e = uri(ID + "event/a" + i + "-" + k);
            d.add(g, e, RDF.Nodes.type, NG.Event);
            d.add(g, e, RDF.Nodes.type, random.nextBoolean() ? NG.Meeting : NG.Deal);
            d.add(g, e, NG.trigger, str("met"));
            Node span = uri(ID + "span/a" + i + "-e" + k);
            d.add(g, e, NG.evidence, span);
            d.add(g, span, uri(NIF + "beginIndex"), number(random.nextInt(300)));
            d.add(g, e, uri(SCHEMA + "participant"), entity(d, g, random));
            d.add(g, e, uri(SCHEMA + "participant"), entity(d, g, random));
            d.add(g, e, DERIVED, a);
        }
        for (int k = random.nextInt(4); k > 0; k--) {
            Node m = uri(ID + "amount/a" + i + "-" + k);
            d.add(g, a, NG.mentionsAmount, m);
            d.add(g, m, uri(SCHEMA + "value"), number(random.nextInt(1000)));
            d.add(g, m, uri(SCHEMA + "currency"), str("USD"));
            Node span = uri(ID + "span/a" + i + "-m" + k);
            d.add(g, m, NG.evidence, span);
            d.add(g, span, uri(NIF + "anchorOf"), str("$" + k));
            d.add(g, span, uri(NIF + "beginIndex"), number(random.nextInt(300)));
        }
    }

    /** One of 300 entities, labelled in the article's graph. */
    private static Node entity(DatasetGraph d, Node g, Random random) {
        int n = random.nextInt(300);
        Node e = uri(ID + "entity/e" + n);
        d.add(g, e, RDFS.Nodes.label, str("Name " + n));
        return e;
    }

    @Test
    void everyRequestGivesTheRowsOfTheWholeList() {
        DatasetGraph d = store.dataset();
        Txn.executeWrite(d, () -> ListPages.refresh(d));
        QueryRunner runner = new QueryRunner(d, Duration.ofSeconds(60));
        for (String name : QUERIES) {
            PreparedQuery q = PagingTest.CATALOG.get(name);
            int total = whole(q, Map.of("limit", "100000")).size();
            assertTrue(total >= ARTICLES, name + " has rows on several pages: " + total);
            List<Map<String, String>> requests = List.of(Map.of(), Map.of("offset", "1000"),
                    Map.of("limit", "700", "offset", "900"),
                    Map.of("limit", "5", "offset", Integer.toString(total - 3)),
                    Map.of("offset", Integer.toString(total)), Map.of("limit", "3000"),
                    Map.of("limit", "1", "offset", "999"), Map.of("limit", "2500", "offset", "10"),
                    Map.of("limit", "100000"));
            for (Map<String, String> params : requests) {
                same(whole(q, params), runner.select(q, params), name + " " + params);
            }
        }
    }

    @Test
    void aFirstRequestNamesTheFirstPageOnly() {
        DatasetGraph d = store.dataset();
        Txn.executeWrite(d, () -> ListPages.refresh(d));
        PreparedQuery q = PagingTest.CATALOG.get("relations");
        String text = Txn.calculateRead(d, () -> Paging.apply(q, Map.of("limit", "10"), q.parsed(),
                storePages()).toString());
        assertTrue(text.contains("VALUES ?page { 0 }"), text);
        String count = ArticlePaging.count(q.parsed(), 0, 0, 10).toString();
        assertTrue(count.contains("LIMIT   10") || count.contains("LIMIT 10"),
                "the count stops at the rows the request needs: " + count);
        String deep = Txn.calculateRead(d, () -> Paging.apply(q, Map.of("limit", "10", "offset", "2500"), q.parsed(),
                storePages()).toString());
        assertFalse(deep.contains("VALUES ?page { 0 }"), "a deep request skips the first pages: " + deep);
        assertFalse(deep.contains("UNDEF"), deep);
        PreparedQuery events = PagingTest.CATALOG.get("events");
        String grouped = Txn.calculateRead(d, () -> Paging.apply(events, Map.of("limit", "10"), events.parsed(),
                storePages()).toString());
        assertFalse(grouped.contains("UNDEF"), "the participants are grouped for the named pages only: " + grouped);
    }

    @Test
    void aFirstRequestIsReadPageByPageWithoutCounting() {
        DatasetGraph d = store.dataset();
        Txn.executeWrite(d, () -> ListPages.refresh(d));
        PreparedQuery q = PagingTest.CATALOG.get("quotes");
        long onPage0 = Txn.calculateRead(d, () -> storePages().rowsPerPage(ArticlePaging.count(q.parsed(), 0, 0,
                Long.MAX_VALUE)).get(0L));
        assertTrue(onPage0 > 10 && onPage0 < 3000, "page 0 holds some quotes, not all: " + onPage0);
        Query first = Txn.calculateRead(d, () -> Paging.firstArticleRows(q, Map.of("limit", "10"), q.parsed(),
                storePages(), 10_000)).orElseThrow();
        assertEquals(10, first.getLimit());
        assertTrue(Txn.calculateRead(d, () -> Paging.firstArticleRows(q, Map.of("offset", "1"), q.parsed(),
                storePages(), 10_000)).isEmpty(), "a later request counts its pages");
        assertTrue(Txn.calculateRead(d, () -> Paging.firstArticleRows(q, Map.of("limit", "20000"), q.parsed(),
                storePages(), 10_000)).isEmpty(), "a request over the row cap is cut as written");
        // within page 0, just past it, across several pages, and the whole list: the rows of the list as written
        QueryRunner runner = new QueryRunner(d, Duration.ofSeconds(60), 10_000);
        for (long limit : new long[] {onPage0 - 1, onPage0, onPage0 + 1, 2 * onPage0 + 7, 9_999}) {
            Map<String, String> params = Map.of("limit", Long.toString(limit));
            same(whole(q, params), runner.select(q, params), "quotes " + params);
        }
    }

    @Test
    void withoutCurrentPagesTheListIsReadAsWritten() {
        DatasetGraph d = store.dataset();
        Txn.executeWrite(d, () -> ListPages.refresh(d));
        Txn.executeWrite(d, () -> d.deleteAny(Node.ANY, Node.ANY, NG.articlePage, Node.ANY));
        PreparedQuery q = PagingTest.CATALOG.get("quotes");
        QueryRunner runner = new QueryRunner(d, Duration.ofSeconds(60));
        String text = Txn.calculateRead(d, () -> Paging.apply(q, Map.of(), q.parsed(), storePages())
                .toString());
        assertTrue(text.contains("VALUES ?page { UNDEF }"), "no article on page 0: as written");
        same(whole(q, Map.of("offset", "500")), runner.select(q, Map.of("offset", "500")), "quotes as written");
        Txn.executeWrite(d, () -> ListPages.refresh(d));
    }

    private static PageStore storePages() {
        return new RunnerPages((query, b) -> QueryExec.dataset(store.dataset()).query(query).substitution(b).build(),
                Runnable::run, org.apache.jena.sparql.engine.binding.BindingFactory.empty());
    }



    private static Node uri(String s) {
        return NodeFactory.createURI(s);
    }

    private static Node str(String s) {
        return NodeFactory.createLiteralString(s);
    }

    private static Node number(long n) {
        return NodeFactory.createLiteralDT(Long.toString(n), XSDDatatype.XSDinteger);
    }

    private static List<Map<String, Node>> whole(PreparedQuery q, Map<String, String> params) {
        return ListRows.whole(store.dataset(), q, params);
    }
}

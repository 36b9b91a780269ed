package org.w3id.newsgraph.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.newsgraph.store.NewsStore;

class QueryRunnerTest {
    static final String ID = "https://w3id.org/newsgraph/id/";
    static final String PREFIXES = """
            @prefix schema: <http://schema.org/> .
            @prefix ng: <https://w3id.org/newsgraph/ontology#> .
            @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
            @prefix ngid: <https://w3id.org/newsgraph/id/> .
            """;

    @TempDir
    Path tmp;
    NewsStore store;
    QueryCatalog catalog;
    QueryRunner runner;

    static Graph parse(String ttl) {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(PREFIXES + ttl, Lang.TURTLE).parse(g);
        return g;
    }

    @BeforeEach
    void setUp() throws Exception {
        store = NewsStore.open(tmp.resolve("db"));
        store.replaceArticle(NodeFactory.createURI(ID + "article/a"), parse("""
                <https://w3id.org/newsgraph/id/article/a> schema:mentions
                    <https://w3id.org/newsgraph/id/entity/huawei> , <https://w3id.org/newsgraph/id/entity/bt> ,
                    <https://w3id.org/newsgraph/id/entity/united-kingdom> .
                <https://w3id.org/newsgraph/id/entity/huawei> a ng:Company ; rdfs:label "Huawei" .
                <https://w3id.org/newsgraph/id/entity/bt> a ng:Company ; rdfs:label "BT" .
                <https://w3id.org/newsgraph/id/entity/united-kingdom> a ng:Country ; rdfs:label "United Kingdom" .
                """));
        store.replaceArticle(NodeFactory.createURI(ID + "article/b"), parse("""
                <https://w3id.org/newsgraph/id/article/b> schema:mentions <https://w3id.org/newsgraph/id/entity/huawei> .
                <https://w3id.org/newsgraph/id/entity/huawei> a ng:Company ; rdfs:label "Huawei" .
                """));
        catalog = QueryCatalog.fromDirectory(QueryCatalogTest.fixtureDir());
        runner = new QueryRunner(store.dataset(), Duration.ofSeconds(30));
    }

    @AfterEach
    void tearDown() {
        store.close();
    }

    String run(PreparedQuery q, Map<String, String> params, ResultFormat fmt) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        runner.run(q, params, fmt, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void csvIsExact() {
        assertEquals("label,articles\r\nHuawei,2\r\nBT,1\r\n", run(catalog.get("mentions"), Map.of(), ResultFormat.CSV));
        assertEquals("label,articles\r\nUnited Kingdom,1\r\n", run(catalog.get("mentions"),
                Map.of("type", "<https://w3id.org/newsgraph/ontology#Country>"), ResultFormat.CSV));
        assertEquals("e,label\r\nhttps://w3id.org/newsgraph/id/entity/bt,BT\r\n",
                run(catalog.get("labels"), Map.of("entity", "BT"), ResultFormat.CSV));
    }

    @Test
    void tsvJsonAndTable() {
        assertEquals("?e\t?label\n<https://w3id.org/newsgraph/id/entity/bt>\t\"BT\"\n",
                run(catalog.get("labels"), Map.of("entity", "BT"), ResultFormat.TSV));
        String json = run(catalog.get("labels"), Map.of("entity", "BT"), ResultFormat.JSON);
        assertTrue(json.replaceAll("\\s+", "").contains("\"vars\":[\"e\",\"label\"]"), json);
        assertTrue(json.replaceAll("\\s+", "").contains(
                "\"e\":{\"type\":\"uri\",\"value\":\"https://w3id.org/newsgraph/id/entity/bt\"}"), json);
        String table = run(catalog.get("labels"), Map.of("entity", "BT"), ResultFormat.TABLE);
        assertEquals("""
                -----------------------------------------------------
                | e                                         | label |
                =====================================================
                | <https://w3id.org/newsgraph/id/entity/bt> | "BT"  |
                -----------------------------------------------------
                """, table);
    }

    @Test
    void tableShortensIrisWithTheProjectPrefixes() {
        PreparedQuery q = PreparedQuery.parse("t", "t.rq", "SELECT ?type { <" + ID + "entity/bt> a ?type }");
        assertEquals("""
                --------------
                | type       |
                ==============
                | ng:Company |
                --------------
                """, run(q, Map.of(), ResultFormat.TABLE));
    }

    @Test
    void runsAnArbitraryFile() throws Exception {
        Path file = tmp.resolve("adhoc.rq");
        java.nio.file.Files.writeString(file, "SELECT ?l { ?e a <https://w3id.org/newsgraph/ontology#Country> ; "
                + "<http://www.w3.org/2000/01/rdf-schema#label> ?l }\n");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        runner.runFile(file, Map.of(), ResultFormat.CSV, out);
        assertEquals("l\r\nUnited Kingdom\r\n", out.toString(StandardCharsets.UTF_8));
        java.nio.file.Files.writeString(file, "SELECT ?l {\n  ?e ?p \n}\n");
        assertEquals(file + ": line 3, column 1: Encountered \"}\"", assertThrows(QueryException.class,
                () -> runner.runFile(file, Map.of(), ResultFormat.CSV, QueryCatalogTest.nowhere())).getMessage());
    }

    @Test
    void injectionAttemptIsJustAString() {
        long before = store.size();
        String attack = "x\" } ; DROP ALL #";
        assertEquals("e,label\r\n", run(catalog.get("labels"), Map.of("entity", attack), ResultFormat.CSV));
        assertEquals(List.of(), runner.select(catalog.get("labels"), Map.of("entity", attack)));
        assertEquals(before, store.size());
        assertEquals(2, store.articles().size());
        QueryException e = assertThrows(QueryException.class, () -> runner.run(catalog.get("mentions"),
                Map.of("type", "<http://x> } ; DROP ALL #>"), ResultFormat.CSV, QueryCatalogTest.nowhere()));
        assertTrue(e.getMessage().startsWith("parameter 'type': bad IRI <http://x> } ; DROP ALL #>"), e.getMessage());
        assertEquals(before, store.size());
    }

    @Test
    void selectReturnsRows() {
        List<Map<String, Node>> rows = runner.select(catalog.get("labels"), Map.of("entity", "Huawei"));
        assertEquals(List.of(Map.of("e", NodeFactory.createURI(ID + "entity/huawei"),
                "label", NodeFactory.createLiteralString("Huawei"))), rows);
    }

    @Test
    void parameterErrors() {
        assertEquals("query labels needs a value for 'entity' (the entity's name (rdfs:label), e.g. \"Huawei\"): "
                        + "--param entity=...",
                assertThrows(QueryException.class, () -> runner.select(catalog.get("labels"), Map.of())).getMessage());
        assertEquals("query labels has no parameter 'name'; its parameters: entity",
                assertThrows(QueryException.class,
                        () -> runner.select(catalog.get("labels"), Map.of("entity", "BT", "name", "x"))).getMessage());
    }

    @Test
    void askConstructAndDescribe() {
        PreparedQuery ask = PreparedQuery.parse("ask", "ask.rq", """
                # param: name — a label
                ASK { ?e <http://www.w3.org/2000/01/rdf-schema#label> ?name }
                """);
        assertEquals("_askResult\r\ntrue\r\n", run(ask, Map.of("name", "BT"), ResultFormat.CSV));
        assertEquals("_askResult\r\nfalse\r\n", run(ask, Map.of("name", "Nokia"), ResultFormat.CSV));
        assertEquals("yes\n", run(ask, Map.of("name", "BT"), ResultFormat.TABLE));

        PreparedQuery construct = PreparedQuery.parse("c", "c.rq", """
                PREFIX schema: <http://schema.org/>
                CONSTRUCT { ?e schema:name ?l } WHERE { ?e a <https://w3id.org/newsgraph/ontology#Company> ;
                    <http://www.w3.org/2000/01/rdf-schema#label> ?l }
                """);
        String ttl = run(construct, Map.of(), ResultFormat.TABLE);
        Graph got = GraphFactory.createDefaultGraph();
        RDFParser.fromString(ttl, Lang.TURTLE).parse(got);
        assertTrue(IsoMatcher.isomorphic(parse("""
                ngid:entity\\/bt schema:name "BT" .
                ngid:entity\\/huawei schema:name "Huawei" .
                """), got), ttl);
        assertTrue(ttl.contains("schema:name"), ttl);

        PreparedQuery describe = PreparedQuery.parse("d", "d.rq", "DESCRIBE <" + ID + "entity/bt>");
        Graph d = GraphFactory.createDefaultGraph();
        RDFParser.fromString(run(describe, Map.of(), ResultFormat.CSV), Lang.TURTLE).parse(d);
        assertEquals(2, d.size());
    }

    @Test
    void slowQueriesTimeOut() {
        QueryRunner quick = new QueryRunner(store.dataset(), Duration.ofMillis(100));
        PreparedQuery slow = PreparedQuery.parse("slow", "queries/slow.rq",
                "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n1 ?o . ?p ?q ?r . ?s ?t ?u }");
        QueryException e = assertThrows(QueryException.class, () -> quick.select(slow, Map.of()));
        assertEquals("queries/slow.rq: timed out after 100 ms (narrow the query or raise the timeout)", e.getMessage());
    }
}

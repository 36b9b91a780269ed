package org.w3id.newsgraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.w3id.newsgraph.server.Http.enc;
import static org.w3id.newsgraph.server.Http.get;
import static org.w3id.newsgraph.server.Http.post;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.newsgraph.query.QueryCatalog;
import org.w3id.newsgraph.rdf.Ontology;
import org.w3id.newsgraph.store.NewsStore;

/** A read-only server over a small fixture, with a 1 s timeout and a cap of 5 rows. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ServerReadTest {
    static final String ID = "https://w3id.org/newsgraph/id/";
    static final String TTL = """
            @prefix ng: <https://w3id.org/newsgraph/ontology#> .
            @prefix schema: <http://schema.org/> .
            @prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
            @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
            @prefix dcterms: <http://purl.org/dc/terms/> .
            @prefix nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#> .
            @prefix id: <https://w3id.org/newsgraph/id/> .
            id:article\\/a a ng:NewsArticle ; dcterms:source "a.txt" ;
                schema:mentions id:entity\\/acme , id:entity\\/globex , id:entity\\/mallory .
            id:entity\\/acme a ng:Company ; schema:name "Acme" .
            id:entity\\/globex a ng:Company ; schema:name "Globex" .
            id:entity\\/mallory a ng:Person ; schema:name "<script>alert(1)</script> Mallory" .
            id:entity\\/acme ng:worksWith id:entity\\/globex .
            id:statement\\/s1 a ng:RelationStatement ; rdf:subject id:entity\\/acme ; rdf:predicate ng:worksWith ;
                rdf:object id:entity\\/globex ; ng:evidence <https://w3id.org/newsgraph/id/article/a#char=0,25> .
            <https://w3id.org/newsgraph/id/article/a#char=0,25> a nif:String ; nif:anchorOf "Acme works with Globex." ;
                nif:beginIndex 0 ; nif:endIndex 25 ; nif:referenceContext id:article\\/a .
            """;
    static final int BIG = 3000;

    NewsStore store;
    NewsServer server;
    long size;

    @BeforeAll
    void start(@TempDir Path tmp) throws Exception {
        store = NewsStore.open(tmp.resolve("db"));
        store.replaceGraph(Ontology.GRAPH_NAME, Ontology.ontology());
        Graph a = GraphFactory.createDefaultGraph();
        RDFParser.fromString(TTL, Lang.TURTLE).parse(a);
        store.replaceArticle(NodeFactory.createURI(ID + "article/a"), a);
        Graph big = GraphFactory.createDefaultGraph();
        Node p = NodeFactory.createURI("urn:ex:p");
        for (int i = 0; i < BIG; i++) {
            big.add(Triple.create(NodeFactory.createURI("urn:ex:x:" + i), p, NodeFactory.createLiteralString("v" + i)));
        }
        store.replaceArticle(NodeFactory.createURI(ID + "article/big"), big);
        size = store.size();
        ServerConfig config = ServerConfig.defaults().withPort(Http.freePort()).withTimeout(Duration.ofSeconds(1))
                .withMaxRows(5);
        server = new NewsServer(store, config, QueryCatalog.standard(Path.of("").toAbsolutePath())).start();
    }

    @AfterAll
    void stop() {
        server.stop();
        store.close();
    }

    String base() {
        return server.baseUrl();
    }

    static JsonObject error(HttpResponse<String> r) {
        assertEquals("application/json", r.headers().firstValue("Content-Type").orElse("").replaceAll(";.*", ""),
                r.body());
        JsonObject o = JSON.parse(r.body());
        assertTrue(o.get("error").isString(), r.body());
        assertFalse(o.get("error").getAsString().value().contains("\n"));
        return o;
    }

    @Test
    void pingAndStats() throws Exception {
        assertEquals(200, get(base() + "/$/ping", "*/*").statusCode());
        HttpResponse<String> stats = get(base() + "/$/stats", "application/json");
        assertEquals(200, stats.statusCode());
        assertTrue(JSON.parse(stats.body()).get("datasets").getAsObject().hasKey("/newsgraph"), stats.body());
    }

    @Test
    void rowCapLimitsEveryQuery() throws Exception {
        HttpResponse<String> r = get(base() + "/newsgraph/sparql?query=" + enc("SELECT ?s { ?s <urn:ex:p> ?o }"),
                "text/csv");
        assertEquals(200, r.statusCode(), r.body());
        assertEquals(1 + 5, r.body().split("\r\n").length, r.body());
        // a smaller LIMIT is kept
        r = get(base() + "/newsgraph/sparql?query=" + enc("SELECT ?s { ?s <urn:ex:p> ?o } LIMIT 2"), "text/csv");
        assertEquals(1 + 2, r.body().split("\r\n").length, r.body());
    }

    @Test
    void slowQueryTimesOut() throws Exception {
        String slow = "SELECT (COUNT(*) AS ?n) { ?a <urn:ex:p> ?b . ?c <urn:ex:p> ?d . ?e <urn:ex:p> ?f }";
        long t0 = System.nanoTime();
        HttpResponse<String> r = get(base() + "/newsgraph/sparql?query=" + enc(slow), "text/csv");
        assertEquals(503, r.statusCode(), r.body());
        assertTrue((System.nanoTime() - t0) / 1_000_000 < 20_000);
    }

    @Test
    void readOnlyRefusesEveryWrite() throws Exception {
        String update = "INSERT DATA { <urn:ex:x> <urn:ex:p> \"injected\" }";
        assertEquals(404, post(base() + "/newsgraph/update", "application/sparql-update", update, null).statusCode());
        int s = post(base() + "/newsgraph/sparql", "application/sparql-update", update, null).statusCode();
        assertTrue(s >= 400 && s < 500, "got " + s);
        HttpResponse<String> put = Http.send(Http.request(base() + "/newsgraph/data?default")
                .header("Content-Type", "text/turtle").PUT(HttpRequest.BodyPublishers.ofString("<urn:ex:x> <urn:ex:p> 1 ."))
                .build());
        assertEquals(404, put.statusCode());
        HttpResponse<String> art = post(base() + "/newsgraph/articles", "text/plain", "Acme works with Globex.", null);
        assertEquals(405, art.statusCode());
        assertEquals("the server is read-only; start it with --update and a password to change articles",
                error(art).get("error").getAsString().value());
        assertEquals(405, Http.delete(base() + "/newsgraph/articles/a", null).statusCode());
        assertEquals(size, store.size(), "data unchanged");
    }

    @Test
    void listsPreparedQueries() throws Exception {
        HttpResponse<String> r = get(base() + "/newsgraph/queries", "application/json");
        assertEquals(200, r.statusCode());
        JsonArray list = JSON.parseAny(r.body()).getAsArray();
        List<String> names = list.stream().map(v -> v.getAsObject().get("name").getAsString().value()).toList();
        assertEquals(QueryCatalog.standard(Path.of("").toAbsolutePath()).names(), names);
        JsonObject entity = list.stream().map(v -> v.getAsObject())
                .filter(o -> o.get("name").getAsString().value().equals("entity")).findFirst().orElseThrow();
        assertEquals("Entity", entity.get("title").getAsString().value());
        JsonObject param = entity.get("parameters").getAsArray().get(0).getAsObject();
        assertEquals("entity", param.get("name").getAsString().value());
        assertTrue(param.get("description").getAsString().value().startsWith("the entity's name"));
        assertFalse(param.hasKey("default"));
        assertTrue(entity.get("query").getAsString().value().contains("SELECT DISTINCT ?name ?aspect"));
    }

    @Test
    void runsPreparedQueriesWithBoundParameters() throws Exception {
        HttpResponse<String> r = get(base() + "/newsgraph/queries/entities?format=csv", "*/*");
        assertEquals(200, r.statusCode(), r.body());
        assertEquals("text/csv", r.headers().firstValue("Content-Type").orElse("").replaceAll(";.*", ""));
        assertEquals("name,type,mentions,articles\r\n"
                + "<script>alert(1)</script> Mallory,Person,0,1\r\n"
                + "Acme,Company,0,1\r\nGlobex,Company,0,1\r\n", r.body());
        // by Accept
        r = get(base() + "/newsgraph/queries/entities", "text/tab-separated-values");
        assertTrue(r.body().startsWith("?name\t?type\t?mentions\t?articles\n"), r.body());
        r = get(base() + "/newsgraph/queries/entities", "application/sparql-results+json");
        assertEquals(3, JSON.parse(r.body()).get("results").getAsObject().get("bindings").getAsArray().size());

        r = get(base() + "/newsgraph/queries/entity?format=csv&entity=" + enc("Acme"), "*/*");
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.body().contains("Acme,type,Company,,,\r\n"), r.body());

        // an injection attempt is just a string that matches nothing
        r = get(base() + "/newsgraph/queries/entity?format=csv&entity=" + enc("x\" } ; DROP ALL #"), "*/*");
        assertEquals(200, r.statusCode(), r.body());
        assertEquals("name,aspect,detail,other,evidence,article\r\n", r.body());
        assertEquals(size, store.size(), "data unchanged");
    }

    @Test
    void preparedQueryErrorsAreJson() throws Exception {
        HttpResponse<String> r = get(base() + "/newsgraph/queries/nope", "*/*");
        assertEquals(404, r.statusCode());
        assertTrue(error(r).get("error").getAsString().value().startsWith("unknown query 'nope'; known: "));
        r = get(base() + "/newsgraph/queries/entity", "*/*");
        assertEquals(400, r.statusCode());
        assertTrue(error(r).get("error").getAsString().value().startsWith("query entity needs a value for 'entity'"));
        r = get(base() + "/newsgraph/queries/entities?who=x", "*/*");
        assertEquals(400, r.statusCode());
        assertEquals("query entities has no parameter 'who'; its parameters: limit, offset",
                error(r).get("error").getAsString().value());
        r = get(base() + "/newsgraph/queries/entities?format=xml", "*/*");
        assertEquals(400, r.statusCode());
        assertEquals("unknown format 'xml'; known: json, csv, tsv", error(r).get("error").getAsString().value());
    }

    @Test
    void queryPageHasYasguiAndThePreparedQueries() throws Exception {
        HttpResponse<String> r = get(base() + "/", "text/html");
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("<script src=\"/webjars/zazuko__yasgui/4.5.0/build/yasgui.min.js\"></script>"));
        assertTrue(r.body().contains("<link rel=\"stylesheet\" href=\"/webjars/zazuko__yasgui/4.5.0/build/yasgui.min.css\">"));
        for (String name : QueryCatalog.standard(Path.of("").toAbsolutePath()).names()) {
            assertTrue(r.body().contains("<button type=\"button\" data-query=\"" + name + "\""), name);
        }
        assertTrue(r.body().contains("<body data-endpoint=\"/newsgraph/sparql\" data-queries=\"/newsgraph/queries\">"));
        assertTrue(r.body().contains("<script src=\"/query-page/query.js\"></script>"), r.body());
        assertEquals(200, get(base() + "/query-page/query.js", "*/*").statusCode());
        assertEquals(404, get(base() + "/nothing-here", "text/html").statusCode());
    }

    @Test
    void servesYasguiFromTheClassPath() throws Exception {
        HttpResponse<byte[]> js = Http.sendBytes(Http.request(base() + "/webjars/zazuko__yasgui/4.5.0/build/yasgui.min.js")
                .GET().build());
        assertEquals(200, js.statusCode());
        assertTrue(js.body().length > 500_000, "length " + js.body().length);
        assertEquals("text/javascript;charset=utf-8", js.headers().firstValue("Content-Type").orElse("")
                .replace(" ", "").toLowerCase());
        HttpResponse<String> css = get(base() + "/webjars/zazuko__yasgui/4.5.0/build/yasgui.min.css", "*/*");
        assertEquals(200, css.statusCode());
        assertEquals(404, get(base() + "/webjars/zazuko__yasgui/4.5.0/build/nope.js", "*/*").statusCode());
        // Jetty refuses an encoded dot segment itself (400); the servlet would answer 404
        int traversal = get(base() + "/webjars/%2e%2e/%2e%2e/log4j2.xml", "*/*").statusCode();
        assertTrue(traversal == 400 || traversal == 404, "got " + traversal);
    }

    @Test
    void entityDescriptionAsTurtle() throws Exception {
        HttpResponse<String> r = get(base() + "/id/entity/acme", "text/turtle");
        assertEquals(200, r.statusCode(), r.body());
        assertEquals("text/turtle", r.headers().firstValue("Content-Type").orElse("").replaceAll(";.*", ""));
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(r.body(), Lang.TURTLE).parse(g);
        Node acme = NodeFactory.createURI(ID + "entity/acme");
        assertTrue(g.contains(acme, RDFS.label.asNode(), NodeFactory.createLiteralString("Acme")));
        // the relation statement that mentions it, with its evidence sentence, and the other side's label
        assertTrue(g.contains(Node.ANY, NodeFactory.createURI("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#anchorOf"),
                NodeFactory.createLiteralString("Acme works with Globex.")), r.body());
        assertTrue(g.contains(NodeFactory.createURI(ID + "entity/globex"), RDFS.label.asNode(),
                NodeFactory.createLiteralString("Globex")));

        HttpResponse<String> ld = get(base() + "/id/entity/acme", "application/ld+json");
        assertEquals(200, ld.statusCode());
        Graph g2 = GraphFactory.createDefaultGraph();
        RDFParser.fromString(ld.body(), Lang.JSONLD).parse(g2);
        assertEquals(g.size(), g2.size());

        HttpResponse<String> unknown = get(base() + "/id/entity/nobody", "text/turtle");
        assertEquals(404, unknown.statusCode());
        assertEquals("unknown resource " + ID + "entity/nobody", error(unknown).get("error").getAsString().value());
    }

    @Test
    void articleDescriptionByContentNegotiation() throws Exception {
        Node article = NodeFactory.createURI(ID + "article/a");
        HttpResponse<String> ttl = get(base() + "/id/article/a", "text/turtle");
        assertEquals(200, ttl.statusCode(), ttl.body());
        assertEquals("text/turtle", ttl.headers().firstValue("Content-Type").orElse("").replaceAll(";.*", ""));
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(ttl.body(), Lang.TURTLE).parse(g);
        assertTrue(g.contains(article, NodeFactory.createURI("http://purl.org/dc/terms/source"),
                NodeFactory.createLiteralString("a.txt")), ttl.body());
        for (String e : List.of("acme", "globex", "mallory")) {
            assertTrue(g.contains(article, NodeFactory.createURI("http://schema.org/mentions"),
                    NodeFactory.createURI(ID + "entity/" + e)), e + " in " + ttl.body());
        }

        HttpResponse<String> ld = get(base() + "/id/article/a", "application/ld+json");
        assertEquals(200, ld.statusCode(), ld.body());
        assertEquals("application/ld+json", ld.headers().firstValue("Content-Type").orElse("").replaceAll(";.*", ""));
        Graph g2 = GraphFactory.createDefaultGraph();
        RDFParser.fromString(ld.body(), Lang.JSONLD).parse(g2);
        assertTrue(IsoMatcher.isomorphic(g, g2), ld.body());

        HttpResponse<String> html = get(base() + "/id/article/a", "text/html");
        assertEquals(200, html.statusCode());
        assertEquals("text/html", html.headers().firstValue("Content-Type").orElse("").replaceAll(";.*", ""));
        assertTrue(html.body().contains("<a href=\"/id/entity/globex\">Globex</a>"), html.body());
        assertEquals(404, get(base() + "/id/article/none", "text/turtle").statusCode());
    }

    @Test
    void corsLetsBrowserToolsOnOtherOriginsQuery() throws Exception {
        String origin = "http://tools.example";
        String query = base() + "/newsgraph/sparql?query=" + enc("ASK { ?s ?p ?o }");
        HttpResponse<String> preflight = Http.send(Http.request(query).header("Origin", origin)
                .header("Access-Control-Request-Method", "GET").method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .build());
        assertEquals(200, preflight.statusCode(), preflight.body());
        assertEquals(origin, preflight.headers().firstValue("Access-Control-Allow-Origin").orElse(""),
                preflight.headers().toString());
        assertTrue(preflight.headers().firstValue("Access-Control-Allow-Methods").orElse("").contains("GET"),
                preflight.headers().toString());
        HttpResponse<String> r = Http.send(Http.request(query).header("Origin", origin)
                .header("Accept", "application/sparql-results+json").GET().build());
        assertEquals(200, r.statusCode(), r.body());
        assertEquals(origin, r.headers().firstValue("Access-Control-Allow-Origin").orElse(""), r.headers().toString());
        assertTrue(JSON.parse(r.body()).get("boolean").getAsBoolean().value(), r.body());
    }

    @Test
    void htmlPagesEscapeData() throws Exception {
        HttpResponse<String> r = get(base() + "/id/entity/mallory",
                "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
        assertEquals(200, r.statusCode());
        assertEquals("text/html", r.headers().firstValue("Content-Type").orElse("").replaceAll(";.*", ""));
        assertTrue(r.body().contains("<h1>&lt;script&gt;alert(1)&lt;/script&gt; Mallory</h1>"), r.body());
        assertFalse(r.body().contains("<script>"), r.body());
        // an article page links its entities to their pages on this server
        HttpResponse<String> article = get(base() + "/id/article/a", "*/*");
        assertEquals(200, article.statusCode());
        assertTrue(article.body().contains("<a href=\"/id/entity/acme\">Acme</a>"), article.body());
        assertFalse(article.body().contains("<script>"));
    }

    @Test
    void exportsEveryFormat() throws Exception {
        HttpResponse<String> r = get(base() + "/newsgraph/export/turtle", "*/*");
        assertEquals(200, r.statusCode());
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(r.body(), Lang.TURTLE).parse(g);
        assertTrue(g.contains(NodeFactory.createURI(ID + "entity/acme"), RDFS.label.asNode(),
                NodeFactory.createLiteralString("Acme")));
        for (var f : org.w3id.newsgraph.export.ExportFormat.values()) {
            HttpResponse<String> x = get(base() + "/newsgraph/export/" + f.cliName() + "?types=Person,Company", "*/*");
            assertEquals(200, x.statusCode(), f + ": " + x.body());
            assertEquals(f.mediaType(), x.headers().firstValue("Content-Type").orElse("").replaceAll(";.*", ""));
        }
        HttpResponse<String> bad = get(base() + "/newsgraph/export/pdf", "*/*");
        assertEquals(404, bad.statusCode());
        assertTrue(error(bad).get("error").getAsString().value().startsWith("unknown export format 'pdf'"));
        assertEquals(400, get(base() + "/newsgraph/export/turtle?minWeight=0", "*/*").statusCode());
    }
}

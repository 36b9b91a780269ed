package org.w3id.newsgraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.w3id.newsgraph.server.Http.enc;
import static org.w3id.newsgraph.server.Http.get;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.newsgraph.query.QueryCatalog;
import org.w3id.newsgraph.store.NewsStore;

/**
 * What HTTP clients meet beyond the queries themselves (issue 13): the Graph Store default graph is the union of
 * the articles, the endpoint URL opened in a browser explains itself, a result cut at the row cap says so in a
 * header, and a missing parameter is explained in terms of the URL, not the command line.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ServerProtocolTest {
    static final String ID = "https://w3id.org/newsgraph/id/";
    static final String P = "urn:ex:p";
    static final int CAP = 5;
    static final String ROWS_RQ = """
            # title: Rows
            # description: The fixture's rows with a value below the given one.
            # param: below — a value, e.g. "v3"
            SELECT ?s ?o WHERE { ?s <urn:ex:p> ?o . FILTER(STR(?o) < ?below) } ORDER BY ?o
            """;

    NewsStore store;
    NewsServer server;

    @BeforeAll
    void start(@TempDir Path tmp) throws Exception {
        store = NewsStore.open(tmp.resolve("db"));
        Node p = NodeFactory.createURI(P);
        for (String article : new String[] {"one", "two"}) {
            Graph g = GraphFactory.createDefaultGraph();
            for (int i = 0; i < 4; i++) {
                g.add(Triple.create(NodeFactory.createURI("urn:ex:" + article + ":" + i), p,
                        NodeFactory.createLiteralString("v" + i)));
            }
            g.add(Triple.create(NodeFactory.createURI(ID + "entity/" + article), RDFS.label.asNode(),
                    NodeFactory.createLiteralString("Entity " + article)));
            store.replaceArticle(NodeFactory.createURI(ID + "article/" + article), g);
        }
        Path queries = Files.createDirectories(tmp.resolve("queries"));
        Files.writeString(queries.resolve("rows.rq"), ROWS_RQ);
        server = new NewsServer(store, ServerConfig.defaults().withPort(0).withMaxRows(CAP),
                QueryCatalog.fromDirectory(queries)).start();
    }

    @AfterAll
    void stop() {
        server.stop();
        store.close();
    }

    static Optional<String> truncated(HttpResponse<String> r) {
        return r.headers().firstValue("X-Newsgraph-Truncated");
    }

    @Test
    void graphStoreDefaultGraphIsTheUnionOfTheArticles() throws Exception {
        HttpResponse<String> r = get(server.url() + "/get?default", "text/turtle");
        assertEquals(200, r.statusCode(), r.body());
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(r.body(), Lang.TURTLE).parse(g);
        assertEquals(10, g.size(), r.body());
        assertTrue(g.contains(NodeFactory.createURI("urn:ex:one:3"), NodeFactory.createURI(P),
                NodeFactory.createLiteralString("v3")), r.body());
        assertTrue(g.contains(NodeFactory.createURI(ID + "entity/two"), RDFS.label.asNode(),
                NodeFactory.createLiteralString("Entity two")), r.body());
        // a named graph is still just that graph
        HttpResponse<String> one = get(server.url() + "/get?graph=" + enc(ID + "article/one"), "application/n-triples");
        assertEquals(200, one.statusCode(), one.body());
        assertEquals(5, one.body().strip().split("\n").length, one.body());
    }

    @Test
    void endpointUrlInABrowserExplainsItself() throws Exception {
        String browser = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
        for (String endpoint : new String[] {server.sparqlUrl(), server.url() + "/query"}) {
            HttpResponse<String> page = get(endpoint, browser);
            assertEquals(200, page.statusCode(), page.body());
            assertEquals("text/html", page.headers().firstValue("Content-Type").orElse("").replaceAll(";.*", ""));
            assertTrue(page.body().contains("<h1>SPARQL endpoint</h1>"), page.body());
            assertTrue(page.body().contains("<a href=\"/\">query page</a>"), page.body());
            assertTrue(page.body().contains("curl -G " + endpoint), page.body());
            assertFalse(page.body().contains("Service Description"), page.body());
        }
        // SPARQL clients still get results, by GET and by POST
        HttpResponse<String> r = get(server.sparqlUrl() + "?query=" + enc("ASK { ?s <urn:ex:p> \"v1\" }"),
                "application/sparql-results+json");
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(JSON.parse(r.body()).get("boolean").getAsBoolean().value(), r.body());
        r = Http.send(Http.request(server.sparqlUrl()).header("Content-Type", "application/sparql-query")
                .header("Accept", "application/sparql-results+json")
                .POST(HttpRequest.BodyPublishers.ofString("SELECT ?s { ?s <urn:ex:p> \"v1\" }")).build());
        assertEquals(200, r.statusCode(), r.body());
        assertEquals(2, JSON.parse(r.body()).get("results").getAsObject().get("bindings").getAsArray().size());
    }

    @Test
    void aResultCutAtTheRowCapSaysSoInAHeader() throws Exception {
        HttpResponse<String> r = get(server.sparqlUrl() + "?query=" + enc("SELECT ?s { ?s <urn:ex:p> ?o }"),
                "text/csv");
        assertEquals(200, r.statusCode(), r.body());
        assertEquals(1 + CAP, r.body().split("\r\n").length, r.body());
        assertEquals(Optional.of(Integer.toString(CAP)), truncated(r));
        // exactly the cap, fewer rows, or a smaller limit of the query's own, is not cut
        r = get(server.sparqlUrl() + "?query=" + enc("SELECT ?s { ?s <urn:ex:p> ?o FILTER(?o < \"v2\" || ?s = "
                + "<urn:ex:one:3>) }"), "text/csv");
        assertEquals(1 + CAP, r.body().split("\r\n").length, r.body());
        assertEquals(Optional.empty(), truncated(r));
        r = get(server.sparqlUrl() + "?query=" + enc("SELECT ?s { ?s <urn:ex:p> ?o FILTER(?o < \"v2\") }"),
                "text/csv");
        assertEquals(1 + 4, r.body().split("\r\n").length, r.body());
        assertEquals(Optional.empty(), truncated(r));
        r = get(server.sparqlUrl() + "?query=" + enc("SELECT ?s { ?s <urn:ex:p> ?o } LIMIT 2"), "text/csv");
        assertEquals(1 + 2, r.body().split("\r\n").length, r.body());
        assertEquals(Optional.empty(), truncated(r));

        // a script on another origin may read it
        r = Http.send(Http.request(server.sparqlUrl() + "?query=" + enc("SELECT ?s { ?s <urn:ex:p> ?o }"))
                .header("Accept", "text/csv").header("Origin", "http://tools.example").GET().build());
        assertEquals(Optional.of(Integer.toString(CAP)), truncated(r));
        assertTrue(r.headers().allValues("Access-Control-Expose-Headers").stream()
                .anyMatch(v -> v.contains("X-Newsgraph-Truncated")), r.headers().toString());

        // the prepared queries too
        r = get(server.url() + "/queries/rows?format=csv&below=v9", "*/*");
        assertEquals(200, r.statusCode(), r.body());
        assertEquals(1 + CAP, r.body().split("\r\n").length, r.body());
        assertEquals(Optional.of(Integer.toString(CAP)), truncated(r));
        r = get(server.url() + "/queries/rows?format=csv&below=v2", "*/*");
        assertEquals(1 + 4, r.body().split("\r\n").length, r.body());
        assertEquals(Optional.empty(), truncated(r));
    }

    @Test
    void aMissingParameterIsExplainedInTermsOfTheUrl() throws Exception {
        HttpResponse<String> r = get(server.url() + "/queries/rows", "*/*");
        assertEquals(400, r.statusCode(), r.body());
        String error = JSON.parse(r.body()).get("error").getAsString().value();
        assertEquals("query rows needs a value for 'below' (a value, e.g. \"v3\"): add ?below=... to the URL", error);
        assertFalse(error.contains("--param"), error);
    }
}

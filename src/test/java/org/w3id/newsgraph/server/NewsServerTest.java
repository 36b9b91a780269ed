package org.w3id.newsgraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;

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

class NewsServerTest {
    static final String ID = "https://w3id.org/newsgraph/id/";
    static final Node ART = NodeFactory.createURI(ID + "article/a");
    static final String TTL = """
            @prefix schema: <http://schema.org/> .
            @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
            <https://w3id.org/newsgraph/id/article/a> a schema:NewsArticle ;
                schema:mentions <https://w3id.org/newsgraph/id/entity/bt> , <https://w3id.org/newsgraph/id/entity/huawei> .
            <https://w3id.org/newsgraph/id/entity/bt> rdfs:label "BT" .
            <https://w3id.org/newsgraph/id/entity/huawei> rdfs:label "Huawei" .
            """;

    @TempDir
    Path tmp;
    NewsStore store;
    Graph graph;

    @BeforeEach
    void setUp() {
        store = NewsStore.open(tmp.resolve("db"));
        graph = GraphFactory.createDefaultGraph();
        RDFParser.fromString(TTL, Lang.TURTLE).parse(graph);
        store.replaceArticle(ART, graph);
    }

    @AfterEach
    void tearDown() {
        store.close();
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    /**
     * One fresh client (and connection) per request: Jetty may close a connection after refusing a request, and a
     * pooled connection would then fail the next request with "header parser received no bytes".
     */
    static HttpResponse<String> send(HttpRequest request) throws Exception {
        try (HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build()) {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        }
    }

    HttpResponse<String> get(String url, String accept) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(url)).header("Accept", accept).GET().build());
    }

    HttpResponse<String> post(String url, String contentType, String body) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    String select(NewsServer server, String endpoint, String query) throws Exception {
        HttpResponse<String> r = get(server.url() + "/" + endpoint + "?query=" + enc(query), "text/csv");
        assertEquals(200, r.statusCode(), r.body());
        return r.body();
    }

    @Test
    void servesQueriesReadOnly() throws Exception {
        int port = freePort();
        NewsServer server = new NewsServer(store.dataset(), ServerConfig.defaults().withPort(port)).start();
        try {
            assertEquals("http://localhost:" + port + "/newsgraph", server.url());
            String q = "SELECT ?label { ?a <http://schema.org/mentions> ?e . ?e <http://www.w3.org/2000/01/rdf-schema#label> ?label } ORDER BY ?label";
            // no GRAPH clause: the union default graph sees the article's named graph
            assertEquals("label\r\nBT\r\nHuawei\r\n", select(server, "sparql", q));
            assertEquals("label\r\nBT\r\nHuawei\r\n", select(server, "query", q));
            HttpResponse<String> post = post(server.url() + "/sparql", "application/sparql-query", q);
            assertEquals(200, post.statusCode());
            assertTrue(post.body().contains("<literal>Huawei</literal>"), post.body());

            // updates are refused, every way round
            String update = "INSERT DATA { GRAPH <" + ID + "article/a> { <urn:ex:x> <urn:ex:p> \"injected\" } }";
            int s1 = post(server.url() + "/sparql", "application/sparql-update", update).statusCode();
            int s2 = post(server.url() + "/update", "application/sparql-update", update).statusCode();
            int s3 = post(server.url() + "/sparql", "application/x-www-form-urlencoded", "update=" + enc(update))
                    .statusCode();
            int s4 = post(server.url(), "application/sparql-update", update).statusCode();
            int s5 = send(HttpRequest.newBuilder(URI.create(server.url() + "/get?graph=" + enc(ID + "article/a")))
                    .header("Content-Type", "text/turtle").PUT(HttpRequest.BodyPublishers.ofString("<urn:ex:x> <urn:ex:p> 1 ."))
                    .build()).statusCode();
            for (int s : new int[] {s1, s2, s3, s4, s5}) {
                assertTrue(s >= 400 && s < 500, "expected 4xx, got " + s1 + " " + s2 + " " + s3 + " " + s4 + " " + s5);
            }
            assertEquals(5, store.size(), "data unchanged");
            assertEquals("n\r\n0\r\n", select(server, "sparql", "SELECT (COUNT(*) AS ?n) { ?s ?p \"injected\" }"));

            // Graph Store Protocol, read
            HttpResponse<String> g = get(server.url() + "/get?graph=" + enc(ID + "article/a"), "application/n-triples");
            assertEquals(200, g.statusCode());
            Graph got = GraphFactory.createDefaultGraph();
            RDFParser.fromString(g.body(), Lang.NTRIPLES).parse(got);
            assertTrue(IsoMatcher.isomorphic(graph, got), g.body());
            assertEquals(404, get(server.url() + "/get?graph=" + enc(ID + "article/none"), "text/turtle").statusCode());
        } finally {
            server.stop();
        }
    }

    @Test
    void portInUseIsOneLine() throws Exception {
        int port = freePort();
        NewsServer first = new NewsServer(store.dataset(), ServerConfig.defaults().withPort(port)).start();
        try {
            NewsServer second = new NewsServer(store.dataset(), ServerConfig.defaults().withPort(port));
            ServerException e = assertThrows(ServerException.class, second::start);
            assertEquals("port " + port + " is already in use (another server running? choose another with --port)",
                    e.getMessage());
            // the first one still answers
            assertEquals("n\r\n5\r\n", select(first, "sparql", "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }"));
        } finally {
            first.stop();
        }
    }

    @Test
    void longQueriesAreCancelled() throws Exception {
        NewsServer server = new NewsServer(store.dataset(),
                ServerConfig.defaults().withPort(freePort()).withTimeout(Duration.ofMillis(200))).start();
        try {
            // 5^9 ≈ 2 million rows: far beyond 200 ms
            String slow = "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n1 ?o . "
                    + "?p ?q ?r . ?s ?t ?u . ?v ?w ?x . ?y ?z ?aa }";
            long t0 = System.nanoTime();
            HttpResponse<String> r = get(server.url() + "/sparql?query=" + enc(slow), "text/csv");
            long ms = (System.nanoTime() - t0) / 1_000_000;
            assertEquals(503, r.statusCode(), r.body());
            assertTrue(ms < 20_000, "took " + ms + " ms");
        } finally {
            server.stop();
        }
    }
}

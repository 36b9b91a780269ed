package org.w3id.newsgraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.w3id.newsgraph.server.Http.enc;
import static org.w3id.newsgraph.server.Http.get;
import static org.w3id.newsgraph.server.Http.post;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryDeniedException;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.util.Context;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.newsgraph.query.QueryCatalog;
import org.w3id.newsgraph.store.NewsStore;

import com.sun.net.httpserver.HttpServer;

/**
 * Server-side request forgery: a query naming an internal URL in {@code SERVICE} (or an update with {@code LOAD})
 * must not make the server fetch it. A real second HTTP listener on 127.0.0.1 counts what reaches it: nothing,
 * on every endpoint that runs SPARQL, unless the operator started the server with {@code --allow-service}.
 */
class ServiceRefusalTest {
    static final String AUTH = Served.AUTH;
    static final String RESULTS = "{\"head\":{\"vars\":[\"x\"]},\"results\":{\"bindings\":["
            + "{\"x\":{\"type\":\"literal\",\"value\":\"from the other server\"}}]}}";

    @TempDir
    Path tmp;
    HttpServer internal;
    final List<String> fetched = new CopyOnWriteArrayList<>();
    NewsStore store;
    NewsServer server;

    @BeforeEach
    void start() throws IOException {
        internal = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        internal.createContext("/", ex -> {
            fetched.add(ex.getRequestURI().toString());
            byte[] body = RESULTS.getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().add("Content-Type", "application/sparql-results+json");
            ex.sendResponseHeaders(200, body.length);
            ex.getResponseBody().write(body);
            ex.close();
        });
        internal.start();
        store = NewsStore.open(tmp.resolve("db"));
        store.replaceArticle(NodeFactory.createURI("https://w3id.org/newsgraph/id/article/a"),
                UpdateAbortTest.graph("<urn:ex:a> <urn:ex:p> \"here\" ."));
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop();
        }
        store.close();
        internal.stop(0);
    }

    String secret() {
        return "http://127.0.0.1:" + internal.getAddress().getPort() + "/anything?secret=1";
    }

    NewsServer serve(boolean allowService) throws IOException {
        Path queries = Files.createDirectories(tmp.resolve("queries"));
        Files.writeString(queries.resolve("remote.rq"), "# title: Remote\nSELECT * { SERVICE <" + secret()
                + "> { ?x ?p ?o } }\n");
        server = new NewsServer(store, Served.writable().withAllowService(allowService),
                QueryCatalog.fromDirectory(queries)).start();
        return server;
    }

    static void assertRefused(HttpResponse<String> r, String what) {
        assertEquals(400, r.statusCode(), what + ": " + r.body());
        assertTrue(r.body().contains(" is disabled on this server (its operator can allow it with --allow-service)"),
                what + ": " + r.body());
        assertEquals(1, r.body().strip().lines().count(), what + ": " + r.body());
    }

    @Test
    void serviceIsRefusedOnEveryEndpointAndNothingIsFetched() throws Exception {
        serve(false);
        String q = "SELECT * { SERVICE <" + secret() + "> { ?x ?p ?o } }";
        String url = server.url();
        assertRefused(get(url + "/sparql?query=" + enc(q), "text/csv"), "GET /sparql");
        assertRefused(get(url + "/query?query=" + enc(q), "text/csv"), "GET /query");
        assertRefused(post(url + "/sparql", "application/sparql-query", q, null), "POST /sparql");
        assertRefused(post(url + "/sparql", "application/x-www-form-urlencoded", "query=" + enc(q), null), "form");
        assertRefused(get(url + "/sparql?query=" + enc("SELECT * { SERVICE SILENT <" + secret() + "> { ?x ?p ?o } }"),
                "text/csv"), "SILENT");
        assertRefused(get(url + "/sparql?query=" + enc("SELECT * { { SELECT * { SERVICE <" + secret()
                + "> { ?x ?p ?o } } } }"), "text/csv"), "sub-query");
        assertRefused(get(url + "/sparql?query=" + enc("ASK { ?s ?p ?o FILTER EXISTS { SERVICE <" + secret()
                + "> { ?s ?p ?o } } }"), "text/csv"), "EXISTS");
        assertRefused(post(url + "/update", "application/sparql-update", "INSERT { <urn:ex:x> <urn:ex:p> ?o } WHERE { "
                + "SERVICE <" + secret() + "> { ?x ?p ?o } }", AUTH), "update WHERE");
        assertRefused(post(url + "/update", "application/sparql-update", "LOAD <" + secret() + ">", AUTH), "LOAD");

        HttpResponse<String> prepared = get(url + "/queries/remote", "application/json");
        assertEquals(400, prepared.statusCode(), prepared.body());
        assertEquals("query remote: " + ServicePolicy.NO_SERVICE,
                JSON.parse(prepared.body()).get("error").getAsString().value());

        assertEquals(List.of(), fetched, "the internal listener was never asked");
        assertEquals(1, store.size(), "nothing was written");
    }

    @Test
    void allowServiceLetsTheOperatorFederate() throws Exception {
        serve(true);
        HttpResponse<String> r = get(server.sparqlUrl() + "?query=" + enc("SELECT ?x { SERVICE <" + secret()
                + "> { ?x ?p ?o } }"), "text/csv");
        assertEquals(200, r.statusCode(), r.body());
        assertEquals("x\r\nfrom the other server\r\n", r.body());
        assertEquals(1, fetched.size(), fetched.toString());
        assertTrue(fetched.get(0).startsWith("/anything?secret=1"), fetched.toString());
    }

    /** The second lock: the execution context refuses SERVICE even where the syntax check is not asked. */
    @Test
    void theExecutionContextRefusesServiceToo() {
        Context cxt = new ServicePolicy(false).apply(new Context());
        QueryExec exec = QueryExec.dataset(DatasetGraphFactory.createTxnMem())
                .query("SELECT * { SERVICE <" + secret() + "> { ?x ?p ?o } }").context(cxt).build();
        assertThrows(QueryDeniedException.class, () -> exec.select().materialize());
        assertEquals(List.of(), fetched);
    }
}

package org.w3id.newsgraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.w3id.newsgraph.server.Http.post;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.newsgraph.store.NewsStore;

/**
 * The timeout (2 s here) holds for updates and for queries whatever makes them slow: an {@code INSERT ... WHERE}
 * over a cross product is cancelled at the timeout and leaves the store unchanged and usable; a query that is
 * slow to parse is answered 503 when the timeout runs out, not when the parse ends.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TimeoutsTest {
    static final Duration TIMEOUT = Duration.ofSeconds(2);
    static final int ROWS = 1500;
    static final String AUTH = Served.AUTH;

    Served served;
    NewsStore store;
    NewsServer server;
    long size;

    @BeforeAll
    void start(@TempDir Path tmp) {
        store = NewsStore.open(tmp.resolve("db"));
        Graph g = GraphFactory.createDefaultGraph();
        Node p = NodeFactory.createURI("urn:ex:p");
        for (int i = 0; i < ROWS; i++) {
            g.add(Triple.create(NodeFactory.createURI("urn:ex:x:" + i), p, NodeFactory.createLiteralString("v" + i)));
        }
        store.replaceArticle(NodeFactory.createURI("https://w3id.org/newsgraph/id/article/rows"), g);
        size = store.size();
        served = Served.start(store, Served.writable().withTimeout(TIMEOUT).withMaxRequest(2_000_000));
        server = served.server();
    }

    @AfterAll
    void stop() {
        served.close();
    }

    /** 503 with the update's one line, within the timeout and some slack, and the store as it was. */
    void assertTimedOutAndUnchanged(HttpResponse<String> r, long ms) {
        assertEquals(503, r.statusCode(), r.body());
        assertEquals("the update timed out after 2 s; nothing was changed\n", r.body());
        assertTrue(ms < TIMEOUT.toMillis() + 3000, "answered after " + ms + " ms");
        assertEquals(size, store.size(), "the store is unchanged");
    }

    static long millisSince(long t0) {
        return (System.nanoTime() - t0) / 1_000_000;
    }

    @Test
    void anUpdateOverACrossProductStopsAtTheTimeoutAndChangesNothing() throws Exception {
        // 1500 x 1500 = 2.25 million rows to insert: found within the timeout, inserted in far longer
        String cross = "INSERT { GRAPH <urn:ex:cross> { ?a <urn:ex:q> ?c } } WHERE { ?a <urn:ex:p> ?b . ?c <urn:ex:p> ?d }";
        long t0 = System.nanoTime();
        HttpResponse<String> r = post(server.url() + "/update", "application/sparql-update", cross, AUTH);
        assertTimedOutAndUnchanged(r, millisSince(t0));

        // and usable: a write and a read right after
        HttpResponse<String> ok = post(server.url() + "/update", "application/sparql-update",
                "INSERT DATA { GRAPH <urn:ex:after> { <urn:ex:after> <urn:ex:p> \"after the timeout\" } }", AUTH);
        assertEquals(204, ok.statusCode(), ok.body());
        HttpResponse<String> q = Http.get(server.sparqlUrl() + "?query=" + Http.enc(
                "SELECT ?o { <urn:ex:after> <urn:ex:p> ?o }"), "text/csv");
        assertEquals("o\r\nafter the timeout\r\n", q.body());
        HttpResponse<String> undo = post(server.url() + "/update", "application/sparql-update", "DROP GRAPH <urn:ex:after>",
                AUTH);
        assertEquals(204, undo.statusCode(), undo.body());
        assertEquals(size, store.size());
    }

    @Test
    void anUpdateWhoseRowsComeQuicklyButWhoseInsertsWouldNotStopsAtTheTimeout() throws Exception {
        // 300 x 300 rows from two VALUES tables come at once; inserting 12 quads for each would take far longer
        StringBuilder values = new StringBuilder();
        StringBuilder template = new StringBuilder("_:n <urn:ex:i> ?i ; <urn:ex:j> ?j");
        for (int i = 0; i < 300; i++) {
            values.append(' ').append(i);
        }
        for (int k = 0; k < 10; k++) {
            template.append(" ; <urn:ex:k").append(k).append("> ?i");
        }
        String many = "INSERT { GRAPH <urn:ex:many> { " + template + " } } WHERE { VALUES ?i {" + values + " } "
                + "VALUES ?j {" + values + " } }";
        long t0 = System.nanoTime();
        HttpResponse<String> r = post(server.url() + "/update", "application/sparql-update", many, AUTH);
        assertTimedOutAndUnchanged(r, millisSince(t0));
    }

    @Test
    void aQueryThatIsSlowToParseIsAnswered503AtTheTimeout() throws Exception {
        // SELECT * over a UNION chain of distinct variables: Jena's parse time grows with the square of the size;
        // 600 KB parsed within the 2 s on an idle machine, so the chain is made long enough for any machine
        StringBuilder q = new StringBuilder("SELECT * {");
        for (int i = 0; q.length() < 1_500_000; i++) {
            q.append(" { ?s ?p ?o").append(i).append(" } UNION");
        }
        q.append(" {} }");
        long t0 = System.nanoTime();
        HttpResponse<String> r = post(server.sparqlUrl(), "application/sparql-query", q.toString(), null);
        long ms = millisSince(t0);
        assertEquals(503, r.statusCode(), r.body());
        assertEquals("the query timed out after 2 s while being parsed (make it smaller)\n", r.body());
        assertTrue(ms < TIMEOUT.toMillis() + 1500, "answered after " + ms + " ms");
    }

    @Test
    void aQueryNestedTooDeeplyIsABadRequestInOneLine() throws Exception {
        // the parser recurses once per group: deep enough nesting overflows its stack (was a 500 and a stack trace)
        String q = "SELECT * WHERE " + "{ ".repeat(50_000) + "?s ?p ?o " + "} ".repeat(50_000);
        HttpResponse<String> r = post(server.sparqlUrl(), "application/sparql-query", q, null);
        assertEquals(400, r.statusCode(), r.body());
        assertTrue(r.body().startsWith("the query is nested too deeply to "), r.body());
        assertEquals(1, r.body().strip().lines().count(), r.body());
    }
}

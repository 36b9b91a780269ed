package org.w3id.newsgraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.w3id.newsgraph.server.Http.enc;
import static org.w3id.newsgraph.server.Http.get;

import java.net.http.HttpResponse;
import java.nio.file.Path;

import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.newsgraph.store.NewsStore;

/**
 * Errors reach users as one line: a 500 from any servlet, a 404 for an unknown path and a 400 for a malformed
 * request carry the message only, never an HTML error page, a Java class name or a stack trace.
 */
class ErrorBodiesTest {
    static void assertOneLine(HttpResponse<String> r, int status, String what) {
        assertEquals(status, r.statusCode(), what + ": " + r.body());
        String body = r.body();
        assertEquals(1, body.strip().lines().count(), what + ": " + body);
        assertFalse(body.toLowerCase().contains("<html") || body.toLowerCase().contains("<body"), what + ": " + body);
        assertFalse(body.contains("Exception") || body.contains("org.w3id") || body.contains(".java:"),
                what + ": " + body);
    }

    @Test
    void serverErrorsAreOneLineWithoutStackTraces(@TempDir Path tmp) throws Exception {
        NewsStore store = NewsStore.open(tmp.resolve("db"));
        store.replaceArticle(NodeFactory.createURI("https://w3id.org/newsgraph/id/article/a"),
                UpdateAbortTest.graph("<https://w3id.org/newsgraph/id/entity/x> <urn:ex:p> \"x\" ."));
        try (Served served = Served.start(store, Served.writable())) {
            NewsServer server = served.server();
            String base = server.baseUrl();
            assertOneLine(get(base + "/nothing-here", "text/html"), 404, "unknown path");
            assertOneLine(get(base + "/newsgraph/sparql?query=" + enc("SELECT * {"), "text/html"), 400, "bad query");
            // the store goes away under the server: every reader fails, in one line
            store.close();
            String closed = "internal error: store " + tmp.resolve("db").toAbsolutePath() + " is closed\n";
            for (String path : new String[] {"/newsgraph/queries/entities", "/id/entity/x", "/newsgraph/export/turtle"}) {
                HttpResponse<String> r = get(base + path, "text/html,*/*;q=0.8");
                assertOneLine(r, 500, path);
                assertEquals(closed, r.body(), path);
            }
            assertOneLine(Http.delete(base + "/newsgraph/articles/a", Served.AUTH), 500, "delete");
            HttpResponse<String> sparql = get(base + "/newsgraph/sparql?query=" + enc("ASK {}"), "text/html");
            assertOneLine(sparql, 500, "SPARQL");
            assertTrue(sparql.body().contains("is closed"), sparql.body());
        }
    }
}

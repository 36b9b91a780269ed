package org.w3id.newsgraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.w3id.newsgraph.server.Http.enc;
import static org.w3id.newsgraph.server.Http.get;
import static org.w3id.newsgraph.server.Http.post;

import java.net.InetSocketAddress;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.newsgraph.query.QueryCatalog;
import org.w3id.newsgraph.store.NewsStore;

import com.sun.net.httpserver.HttpServer;

/**
 * The GH-3877 reproduction over HTTP: one SPARQL Update of 6 MB of {@code INSERT DATA} followed by a {@code LOAD}
 * that fails aborts a large write transaction; more writes follow (SPARQL Update, Graph Store, the store's own
 * write path), with reads in between. After the server stops and the store is reopened from disk, every quad is
 * exactly the expected one: no {@code NodeTableTRDF/Read} exception, no garbage from a damaged node table.
 *
 * <p>Measured: with Jena 6.0.0 and no guard ({@code -Djena.version=6.0.0} on the code before the store's
 * {@code GuardedDataset}) the reopened store fails with {@code TDBException: NodeTableTRDF/Read}; Jena 6.2.0 passes
 * without the guard, and the guard (the store reopened after the abort) makes even 6.0.0 pass.
 */
class UpdateAbortTest {
    static final String AUTH = Served.AUTH;
    static final int BULK = 70_000;

    @Test
    void failedUpdateLeavesTheStoreSoundAfterARestart(@TempDir Path tmp) throws Exception {
        Path dir = tmp.resolve("db");
        Set<String> expected = new TreeSet<>();
        HttpServer missing = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        missing.createContext("/", ex -> {
            ex.sendResponseHeaders(404, -1);
            ex.close();
        });
        missing.start();
        try (NewsStore first = NewsStore.open(dir)) {
            StringBuilder before = new StringBuilder();
            for (int i = 0; i < 200; i++) {
                before.append("<urn:a:").append(i).append("> <urn:ex:label> \"before ").append(i).append("\" .\n");
                expected.add("https://w3id.org/newsgraph/id/article/a urn:a:" + i + " urn:ex:label \"before " + i + "\"");
            }
            first.replaceArticle(NodeFactory.createURI("https://w3id.org/newsgraph/id/article/a"),
                    graph(before.toString()));
        }
        // reopened: its node cache is cold, so the reads below go to nodes-data.obj
        NewsStore store = NewsStore.open(dir);
        NewsServer server = null;
        try {
            server = new NewsServer(store, Served.writable().withAllowService(true),
                    QueryCatalog.standard(Path.of("").toAbsolutePath())).start();
            String update = server.url() + "/update";

            StringBuilder bulk = new StringBuilder("INSERT DATA { GRAPH <urn:ex:bulk> {\n");
            for (int i = 0; i < BULK; i++) {
                bulk.append("<urn:bulk:s").append(i).append("> <urn:bulk:p> \"bulk value number ").append(i)
                        .append(" padded to make the request big\" .\n");
            }
            bulk.append("} } ;\nLOAD <http://127.0.0.1:").append(missing.getAddress().getPort()).append("/missing.ttl>");
            assertTrue(bulk.length() > 6_000_000, "6 MB of INSERT DATA: " + bulk.length());
            HttpResponse<String> failed = post(update, "application/sparql-update", bulk.toString(), AUTH);
            assertEquals(400, failed.statusCode(), failed.body());
            assertEquals("404 - Not Found; nothing was changed\n", failed.body());
            assertEquals("n\r\n0\r\n", count(server, "?s <urn:bulk:p> ?o"), "the failed update left nothing");

            // read, then write new terms, several times: the pattern that met the damaged node table
            for (int round = 0; round < 5; round++) {
                HttpResponse<String> all = get(server.sparqlUrl() + "?query=" + enc("SELECT * { ?s ?p ?o }"), "text/csv");
                assertEquals(200, all.statusCode(), all.body());
                String value = "after abort " + round;
                HttpResponse<String> ok = post(update, "application/sparql-update",
                        "INSERT DATA { GRAPH <urn:ex:after> { <urn:after:" + round + "> <urn:after:p> \"" + value + "\" } }",
                        AUTH);
                assertEquals(204, ok.statusCode(), ok.body());
                expected.add("urn:ex:after urn:after:" + round + " urn:after:p \"" + value + "\"");
            }
            HttpResponse<String> put = Http.send(Http.request(server.url() + "/data?graph=" + enc("http://example.org/put"))
                    .header("Content-Type", "text/turtle").header("Authorization", AUTH)
                    .PUT(HttpRequest.BodyPublishers.ofString("<urn:put:s> <urn:put:p> \"put after abort\" ."))
                    .build());
            assertTrue(put.statusCode() == 201 || put.statusCode() == 204 || put.statusCode() == 200, put.body());
            expected.add("http://example.org/put urn:put:s urn:put:p \"put after abort\"");
            store.replaceArticle(NodeFactory.createURI("https://w3id.org/newsgraph/id/article/b"),
                    graph("<urn:ex:b> <urn:ex:label> \"written by the store\" ."));
            expected.add("https://w3id.org/newsgraph/id/article/b urn:ex:b urn:ex:label \"written by the store\"");
            assertEquals(expected, quads(store));
        } finally {
            if (server != null) {
                server.stop();
            }
            store.close();
            missing.stop(0);
        }
        try (NewsStore reopened = NewsStore.open(dir)) {
            assertEquals(expected, quads(reopened));
        }
    }

    static Graph graph(String ntriples) {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(ntriples, Lang.NTRIPLES).parse(g);
        return g;
    }

    static String count(NewsServer server, String pattern) throws Exception {
        HttpResponse<String> r = get(server.sparqlUrl() + "?query=" + enc("SELECT (COUNT(*) AS ?n) { " + pattern + " }"),
                "text/csv");
        assertEquals(200, r.statusCode(), r.body());
        return r.body();
    }

    /** Every quad in the store, one line each (graph, subject, predicate, object). */
    static Set<String> quads(NewsStore store) {
        Set<String> out = new TreeSet<>();
        Txn.executeRead(store.dataset(), () -> store.dataset().find().forEachRemaining((Quad q) -> out.add(
                q.getGraph().toString() + " " + q.getSubject() + " " + q.getPredicate() + " " + q.getObject())));
        return out;
    }
}

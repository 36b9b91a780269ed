package org.w3id.newsgraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.w3id.newsgraph.server.Http.enc;

import java.io.ByteArrayInputStream;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.newsgraph.store.NewsStore;

/**
 * Request bodies over {@code --max-request} (64 KiB here) get 413 on every endpoint before anything parses them,
 * whether the client declares a Content-Length or streams the body chunked; bodies under the limit still work;
 * the article upload keeps its own {@code --max-upload}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RequestLimitsTest {
    static final int LIMIT = 64 * 1024;
    static final String AUTH = Served.AUTH;
    static final String TOO_LARGE = "the request body is larger than 65536 bytes (the server's --max-request)";

    Served served;
    NewsStore store;
    NewsServer server;

    @BeforeAll
    void start(@TempDir Path tmp) {
        store = NewsStore.open(tmp.resolve("db"));
        store.replaceArticle(NodeFactory.createURI("https://w3id.org/newsgraph/id/article/a"),
                UpdateAbortTest.graph("<urn:ex:a> <urn:ex:p> \"here\" ."));
        served = Served.start(store, Served.writable().withMaxRequest(LIMIT).withMaxUpload(100_000));
        server = served.server();
    }

    @AfterAll
    void stop() {
        served.close();
    }

    /** A query of about {@code size} bytes: a VALUES table of short strings. */
    static String query(int size) {
        StringBuilder sb = new StringBuilder("SELECT (COUNT(*) AS ?n) { VALUES ?v {");
        for (int i = 0; sb.length() < size - 10; i++) {
            sb.append(" \"").append(i % 10).append('"');
        }
        return sb.append(" } }").toString();
    }

    static BodyPublisher fixed(String body) {
        return BodyPublishers.ofString(body);
    }

    /** No Content-Length: the JDK client streams an InputStream body chunked. */
    static BodyPublisher chunked(String body) {
        return BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)));
    }

    HttpResponse<String> send(String method, String path, String type, BodyPublisher body, String auth)
            throws Exception {
        HttpRequest.Builder b = Http.request(server.baseUrl() + path).header("Content-Type", type).method(method, body);
        if (auth != null) {
            b.header("Authorization", auth);
        }
        return Http.send(b.build());
    }

    static void assertTooLarge(HttpResponse<String> r, String what) {
        assertEquals(413, r.statusCode(), what + ": " + r.body());
        assertEquals(TOO_LARGE + "\n", r.body(), what);
    }

    @Test
    void oversizeBodiesGet413WithOrWithoutContentLength() throws Exception {
        String big = query(LIMIT + 1000);
        String form = "query=" + enc(big);
        String update = "INSERT DATA { <urn:ex:big> <urn:ex:p> \"" + "x".repeat(LIMIT) + "\" }";
        String turtle = "<urn:ex:big> <urn:ex:p> \"" + "x".repeat(LIMIT) + "\" .";
        for (boolean streamed : new boolean[] {false, true}) {
            String how = streamed ? "chunked " : "Content-Length ";
            assertTooLarge(send("POST", "/newsgraph/sparql", "application/sparql-query",
                    streamed ? chunked(big) : fixed(big), null), how + "query");
            assertTooLarge(send("POST", "/newsgraph/query", "application/x-www-form-urlencoded",
                    streamed ? chunked(form) : fixed(form), null), how + "form");
            assertTooLarge(send("POST", "/newsgraph/update", "application/sparql-update",
                    streamed ? chunked(update) : fixed(update), AUTH), how + "update");
            assertTooLarge(send("PUT", "/newsgraph/data?graph=" + enc("http://example.org/big"), "text/turtle",
                    streamed ? chunked(turtle) : fixed(turtle), AUTH), how + "Graph Store");
        }
        assertEquals(1, store.size(), "nothing was written");
    }

    /** The 100 MB form: refused on its headers alone, with or without "Expect: 100-continue". */
    @Test
    void aHundredMegabyteBodyIsRefusedOnItsHeaders() throws Exception {
        for (String expect : new String[] {"", "Expect: 100-continue\r\n"}) {
            try (Socket s = new Socket("127.0.0.1", server.port())) {
                s.setSoTimeout(10_000);
                s.getOutputStream().write(("POST /newsgraph/sparql HTTP/1.1\r\nHost: localhost\r\n"
                        + "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 104857600\r\n" + expect
                        + "\r\nquery=").getBytes(StandardCharsets.US_ASCII));
                String response = new String(s.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                assertTrue(response.startsWith("HTTP/1.1 413 "), expect + response);
                assertTrue(response.endsWith("\r\n\r\n" + TOO_LARGE + "\n"), expect + response);
            }
        }
    }

    @Test
    void bodiesUnderTheLimitAreServedEitherWay() throws Exception {
        String q = query(LIMIT - 2000);
        for (BodyPublisher body : new BodyPublisher[] {fixed(q), chunked(q)}) {
            HttpResponse<String> r = Http.send(Http.request(server.sparqlUrl()).header("Content-Type",
                    "application/sparql-query").header("Accept", "text/csv").POST(body).build());
            assertEquals(200, r.statusCode(), r.body());
            assertTrue(r.body().startsWith("n\r\n") && Long.parseLong(r.body().substring(3).strip()) > 10_000,
                    r.body());
        }
        HttpResponse<String> put = send("PUT", "/newsgraph/data?graph=" + enc("http://example.org/small"),
                "text/turtle", chunked("<http://example.org/s> <http://example.org/p> \"small\" ."), AUTH);
        assertTrue(put.statusCode() == 201 || put.statusCode() == 204, put.statusCode() + " " + put.body());
        assertEquals(2, store.size());
        HttpResponse<String> delete = Http.send(Http.request(server.url() + "/data?graph="
                + enc("http://example.org/small")).header("Authorization", AUTH).DELETE().build());
        assertEquals(204, delete.statusCode(), delete.body());
    }

    @Test
    void compressedBodiesAreRefused() throws Exception {
        HttpResponse<String> r = Http.send(Http.request(server.sparqlUrl()).header("Content-Type",
                "application/sparql-query").header("Content-Encoding", "gzip").POST(fixed("ASK {}")).build());
        assertEquals(415, r.statusCode(), r.body());
        assertEquals("compressed request bodies (Content-Encoding: gzip) are not accepted\n", r.body());
    }

    @Test
    void articleUploadsKeepTheirOwnLimit() throws Exception {
        // 80 000 bytes: over --max-request, under --max-upload, so the upload servlet reads it (and finds it is
        // not UTF-8) instead of the front limit refusing it
        byte[] latin1 = ("Caf\u00e9 " + "news ".repeat(16_000)).getBytes(StandardCharsets.ISO_8859_1);
        HttpResponse<String> r = Http.postBytes(server.url() + "/articles", latin1, AUTH);
        assertEquals(400, r.statusCode(), r.body());
        assertEquals("the article is not valid UTF-8 text", JSON.parse(r.body()).get("error").getAsString().value());
        HttpResponse<String> big = Http.postBytes(server.url() + "/articles", new byte[100_001], AUTH);
        assertEquals(413, big.statusCode());
        assertEquals("the article is larger than 100000 bytes (the server's --max-upload)",
                JSON.parse(big.body()).get("error").getAsString().value());
        assertFalse(big.body().contains("--max-request"));
    }
}

package org.w3id.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.newsgraph.store.NewsStore;

/**
 * The README's run command in a real process: {@code up} builds the seeds, prints the URLs, answers SPARQL on the
 * printed endpoint, and on Ctrl-C (SIGINT) stops the server and closes the store, so the store opens again.
 */
class UpProcessTest {
    static final String READY = "Press Ctrl-C to stop.";

    @TempDir
    Path tmp;

    /** Standard output up to and including the ready line (or to its end, if the process stops first). */
    static String untilReady(Process p) {
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        StringBuilder sb = new StringBuilder();
        try {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                sb.append(line).append('\n');
                if (line.equals(READY)) {
                    break;
                }
            }
        } catch (IOException e) {
            sb.append("(output ended: ").append(e.getMessage()).append(")\n");
        }
        return sb.toString();
    }

    @Test
    void upBuildsServesAndStopsCleanlyOnCtrlC() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        Path store = tmp.resolve("data");
        Path err = tmp.resolve("stderr.txt");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process up = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), Main.class.getName(), "up",
                "--store", store.toString(), "--port", String.valueOf(port)).redirectError(err.toFile()).start();
        try {
            // read on another thread, so that a server that never gets ready fails the test instead of hanging it
            CompletableFuture<String> printed = CompletableFuture.supplyAsync(() -> untilReady(up));
            String stdout = printed.get(180, TimeUnit.SECONDS);
            assertTrue(stdout.endsWith(READY + "\n"), stdout + Files.readString(err));
            assertTrue(stdout.startsWith("Built 2 articles into " + store.toAbsolutePath()), stdout);
            String base = "http://localhost:" + port;
            assertTrue(stdout.contains("  SPARQL endpoint (query only): " + base + "/newsgraph/sparql\n"), stdout);
            assertTrue(stdout.contains("  Graph Store (read only):      " + base + "/newsgraph/get\n"), stdout);
            assertTrue(stdout.contains("  Query page:                   " + base + "/\n"), stdout);

            String q = "SELECT ?source { ?a a <http://schema.org/NewsArticle> ; <http://purl.org/dc/terms/source> ?source }"
                    + " ORDER BY ?source";
            try (HttpClient http = HttpClient.newHttpClient()) {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/newsgraph/sparql?query="
                        + URLEncoder.encode(q, StandardCharsets.UTF_8))).header("Accept", "text/csv").build(),
                        HttpResponse.BodyHandlers.ofString());
                assertEquals(200, r.statusCode(), r.body());
                assertEquals("source\r\nseeds/000_dda217fced0dccb5.txt\r\nseeds/004_25da5277dcdc13c7.txt\r\n", r.body());
            }

            Process kill = new ProcessBuilder("kill", "-INT", String.valueOf(up.pid())).inheritIO().start();
            assertEquals(0, kill.waitFor());
            assertTrue(up.waitFor(60, TimeUnit.SECONDS), "up did not stop on SIGINT");
            assertEquals(130, up.exitValue(), Files.readString(err));
        } finally {
            up.destroyForcibly(); // also ends a read still blocked on its output
        }
        List<String> errLines = Files.readAllLines(err);
        assertEquals("newsgraph: server stopped, store closed", errLines.get(errLines.size() - 1), errLines.toString());
        try (NewsStore reopened = NewsStore.open(store)) {
            assertEquals(2, reopened.articles().size());
        }
    }
}

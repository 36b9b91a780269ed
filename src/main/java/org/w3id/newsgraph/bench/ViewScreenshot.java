package org.w3id.newsgraph.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.w3id.newsgraph.ingest.IngestReport;
import org.w3id.newsgraph.ingest.Ingestor;
import org.w3id.newsgraph.ingest.ProgressListener;
import org.w3id.newsgraph.ingest.StoreSink;
import org.w3id.newsgraph.rdf.Ontology;
import org.w3id.newsgraph.server.NewsServer;
import org.w3id.newsgraph.server.ServerConfig;
import org.w3id.newsgraph.store.NewsStore;
import org.w3id.newsgraph.text.ArticleReader;
import org.w3id.newsgraph.text.InputFiles;

/**
 * The README's picture (docs/view.png): articles built into a temporary store, served on a free port, and the
 * graph view drawn by headless Chromium on a deep link to the most-mentioned entity once the page says it is done
 * (graph drawn, no request or layout running, the side panel filled with that entity). Chromium's own
 * {@code --screenshot} shot when its virtual time ran out, which raced the panel's request: one run drew the
 * panel, the next an empty one.
 */
public final class ViewScreenshot {
    private static final Duration WAIT = Duration.ofSeconds(120);
    private static final String PANEL = "document.getElementById('panel')";

    /** What was drawn: the page's address, the entity selected (its name in the panel), what the graph shows. */
    public record Shot(String url, String entity, String counts) {}

    private ViewScreenshot() {}

    /** Draws the view of {@code inputs} into {@code out} (PNG, {@code width} × {@code height} pixels). */
    public static Shot draw(List<Path> inputs, Path out, int width, int height, Path chromium)
            throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory("newsgraph-screenshot");
        NewsStore store = NewsStore.open(dir.resolve("db"));
        NewsServer server = null;
        try {
            store.replaceGraph(Ontology.GRAPH_NAME, Ontology.ontology());
            IngestReport report = Ingestor.standard(ArticleReader.DEFAULT_MAX_BYTES)
                    .ingest(InputFiles.expand(inputs).inputs(), new StoreSink(store), ProgressListener.NONE);
            if (report.articles() == 0) {
                throw new IOException("no article could be built from " + inputs + ": " + report.failures());
            }
            store.repage(); // as a build ends: the view's first screen reads the ranked page
            server = new NewsServer(store, ServerConfig.defaults().withPort(0)).start();
            String key = mostMentioned(server.viewUrl());
            String url = server.viewUrl() + "?entity=" + key + "&depth=1";
            try (Chromium browser = Chromium.start(chromium, width, height)) {
                browser.viewport(width, height);
                browser.open(url);
                waitUntilDrawn(browser, key);
                Files.write(out, browser.screenshot());
                return new Shot(url, text(browser.eval(PANEL + ".querySelector('h2').textContent")),
                        text(browser.eval("document.getElementById('counts').textContent")));
            }
        } finally {
            if (server != null) {
                server.stop();
            }
            store.close();
            delete(dir);
        }
    }

    /** The key of the store's most-mentioned entity, from the view's own API. */
    private static String mostMentioned(String view) throws IOException, InterruptedException {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(view
                + "api/top?n=1")).build(), HttpResponse.BodyHandlers.ofString());
        JsonArray nodes = JSON.parse(r.body()).get("nodes").getAsArray();
        if (r.statusCode() != 200 || nodes.isEmpty()) {
            throw new IOException("the store has no entity to draw (" + r.statusCode() + ")");
        }
        String key = ((JsonObject) nodes.get(0)).get("key").getAsString().value();
        if (!key.matches("[A-Za-z0-9._~%-]+")) { // it goes into a URL and a script unquoted
            throw new IOException("unexpected entity key '" + key + "'");
        }
        return key;
    }

    /** Waits for the page's own signals that everything is drawn, then for two frames more. */
    private static void waitUntilDrawn(Chromium browser, String key) throws IOException, InterruptedException {
        // 'drawn', 'failed' or 'waiting'; null-safe while the navigation from about:blank is under way
        String state = "(() => { const b = document.body, p = document.getElementById('panel');"
                + " if (!b || !p) return 'waiting';"
                + " if (b.dataset.state === 'error' || p.dataset.state === 'error') return 'failed';"
                + " return b.dataset.state === 'ready' && b.dataset.busy === 'no' && p.dataset.state === 'loaded'"
                + " && p.dataset.entity === '" + key + "' ? 'drawn' : 'waiting'; })()";
        browser.waitFor(state + " !== 'waiting'", WAIT);
        if (text(browser.eval(state)).equals("failed")) {
            throw new IOException("the view failed: " + text(browser.eval("document.getElementById('status')"
                    + ".textContent + ' ' + " + PANEL + ".textContent")).strip());
        }
        browser.eval("document.fonts.ready.then(() => new Promise(r => requestAnimationFrame(() =>"
                + " requestAnimationFrame(() => r(true)))))");
    }

    private static String text(JsonValue v) {
        return v == null ? "" : v.getAsString().value();
    }

    private static void delete(Path dir) throws IOException {
        try (var walk = Files.walk(dir)) {
            for (Path f : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(f);
            }
        }
    }
}

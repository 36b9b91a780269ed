package org.w3id.newsgraph.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;

/**
 * A headless Chromium driven through its DevTools protocol (a WebSocket on a loopback port), for measuring pages
 * in a real browser without a test framework: open a URL, evaluate JavaScript (promises awaited), close. The
 * browser runs with its own temporary profile and is killed by {@link #close()}.
 */
public final class Chromium implements AutoCloseable {
    private static final Duration CALL = Duration.ofSeconds(120);

    private final Process process;
    private final Path profile;
    private final WebSocket socket;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<JsonObject>> pending = new ConcurrentHashMap<>();

    private Chromium(Process process, Path profile, WebSocket socket) {
        this.process = process;
        this.profile = profile;
        this.socket = socket;
    }

    /** Starts {@code binary} headless with a window of the given size, on a blank page. */
    public static Chromium start(Path binary, int width, int height) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory("newsgraph-chromium");
        Process p = new ProcessBuilder(binary.toString(), "--headless=new", "--no-sandbox", "--disable-gpu",
                "--disable-dev-shm-usage", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--remote-debugging-address=127.0.0.1",
                "--remote-debugging-port=0", "--user-data-dir=" + profile, "--window-size=" + width + "," + height,
                "about:blank").redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try {
            Path portFile = profile.resolve("DevToolsActivePort");
            long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (!Files.exists(portFile) || Files.readAllLines(portFile).isEmpty()) {
                if (!p.isAlive() || System.nanoTime() > end) {
                    throw new IOException("Chromium (" + binary + ") did not open its DevTools port");
                }
                Thread.sleep(50);
            }
            int port = Integer.parseInt(Files.readAllLines(portFile).get(0).strip());
            HttpClient http = HttpClient.newHttpClient();
            String list = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/json/list"))
                    .build(), HttpResponse.BodyHandlers.ofString()).body();
            String ws = JSON.parseAny(list).getAsArray().stream().map(JsonValue::getAsObject)
                    .filter(o -> o.get("type").getAsString().value().equals("page")).findFirst()
                    .orElseThrow(() -> new IOException("Chromium shows no page"))
                    .get("webSocketDebuggerUrl").getAsString().value();
            Chromium[] self = new Chromium[1];
            WebSocket socket = http.newWebSocketBuilder().buildAsync(URI.create(ws), new WebSocket.Listener() {
                private final StringBuilder buf = new StringBuilder();

                @Override
                public CompletionStage<?> onText(WebSocket w, CharSequence data, boolean last) {
                    buf.append(data);
                    if (last) {
                        JsonObject msg = JSON.parse(buf.toString());
                        buf.setLength(0);
                        if (msg.hasKey("id") && self[0] != null) {
                            CompletableFuture<JsonObject> f = self[0].pending.remove(
                                    msg.get("id").getAsNumber().value().intValue());
                            if (f != null) {
                                f.complete(msg);
                            }
                        }
                    }
                    w.request(1);
                    return null;
                }
            }).get(30, TimeUnit.SECONDS);
            self[0] = new Chromium(p, profile, socket);
            return self[0];
        } catch (IOException | InterruptedException | RuntimeException e) {
            p.destroyForcibly();
            throw e;
        } catch (Exception e) {
            p.destroyForcibly();
            throw new IOException("cannot talk to Chromium: " + e.getMessage(), e);
        }
    }

    private JsonObject call(String method, JsonObject params) throws IOException {
        int id = ids.incrementAndGet();
        CompletableFuture<JsonObject> f = new CompletableFuture<>();
        pending.put(id, f);
        JsonObject msg = new JsonObject();
        msg.put("id", id);
        msg.put("method", method);
        msg.put("params", params);
        socket.sendText(JSON.toStringFlat(msg), true).join();
        try {
            JsonObject answer = f.get(CALL.toSeconds(), TimeUnit.SECONDS);
            if (answer.hasKey("error")) {
                throw new IOException(method + ": " + JSON.toStringFlat(answer.get("error")));
            }
            return answer.get("result").getAsObject();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(method + " interrupted", e);
        } catch (Exception e) {
            throw e instanceof IOException io ? io : new IOException(method + ": " + e.getMessage(), e);
        }
    }

    /** Loads {@code url} in the page (returns when the navigation starts; poll the page for readiness). */
    public void open(String url) throws IOException {
        JsonObject p = new JsonObject();
        p.put("url", url);
        call("Page.navigate", p);
    }

    /** Evaluates {@code expression} in the page, awaiting a promise, and returns its JSON value (or null). */
    public JsonValue eval(String expression) throws IOException {
        JsonObject p = new JsonObject();
        p.put("expression", expression);
        p.put("awaitPromise", true);
        p.put("returnByValue", true);
        JsonObject r = call("Runtime.evaluate", p);
        if (r.hasKey("exceptionDetails")) {
            throw new IOException("page error: " + JSON.toStringFlat(r.get("exceptionDetails")));
        }
        JsonObject value = r.get("result").getAsObject();
        return value.hasKey("value") ? value.get("value") : null;
    }

    /** Polls {@code condition} (a JavaScript boolean expression) until true, for up to {@code timeout}. */
    public void waitFor(String condition, Duration timeout) throws IOException, InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        while (true) {
            JsonValue v = eval("Boolean(" + condition + ")");
            if (v != null && v.isBoolean() && v.getAsBoolean().value()) {
                return;
            }
            if (System.nanoTime() > end) {
                throw new IOException("timed out waiting for " + condition);
            }
            Thread.sleep(20);
        }
    }

    /**
     * Makes the page's viewport exactly {@code width} × {@code height} CSS pixels at scale 1, scroll bars hidden:
     * headless Chromium's {@code --window-size} counts its (invisible) window frame, leaving a viewport about
     * 140 px lower.
     */
    public void viewport(int width, int height) throws IOException {
        JsonObject p = new JsonObject();
        p.put("width", width);
        p.put("height", height);
        p.put("deviceScaleFactor", 1);
        p.put("mobile", false);
        call("Emulation.setDeviceMetricsOverride", p);
        JsonObject hide = new JsonObject();
        hide.put("hidden", true); // a picture of the page, not of a window: no scroll bars
        call("Emulation.setScrollbarsHidden", hide);
    }

    /** The page as it is shown now (the viewport), as PNG bytes. */
    public byte[] screenshot() throws IOException {
        JsonObject p = new JsonObject();
        p.put("format", "png");
        return Base64.getDecoder().decode(call("Page.captureScreenshot", p).get("data").getAsString().value());
    }

    @Override
    public void close() throws IOException {
        socket.abort();
        // its helpers (network service, renderers) too: they write into the profile while they run
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try (var walk = Files.walk(profile)) {
            for (Path f : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(f);
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            // a profile file that a helper still wrote, or that vanished while the folder was walked (the walk
            // throws it unchecked): the temp folder is cleaned by the system, and the figures are not lost for it
        }
    }
}

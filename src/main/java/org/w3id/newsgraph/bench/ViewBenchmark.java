package org.w3id.newsgraph.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;

import org.w3id.newsgraph.rdf.Ontology;
import org.w3id.newsgraph.server.NewsServer;
import org.w3id.newsgraph.server.ServerConfig;
import org.w3id.newsgraph.store.NewsStore;
import org.w3id.newsgraph.store.StoreSize;

/**
 * The graph view on a large store, in Chromium: time to first render (navigation start to the first graph
 * drawn, as the page itself records it: page, scripts, API calls, layout, one frame) and time to expand a node
 * (tap to its neighbourhood laid out and drawn). The store holds {@link SyntheticNews} articles, built in a
 * temporary folder; each run loads the page afresh and expands a different one of the most-mentioned entities.
 */
public final class ViewBenchmark {
    private static final Duration WAIT = Duration.ofSeconds(120);

    /**
     * Figures of one benchmark, one per run, in milliseconds: first render of the top 40 and the part of it spent
     * waiting for the API; a node's expansion, its API part and the CPU time Chromium's processes spent on it
     * (less sensitive to other work on the machine than wall time); first render of a deep link. The store's size
     * is its bytes on disk: counting its triples took minutes at 100,000 articles, longer than the runs.
     */
    public record Result(int articles, long storeBytes, List<Double> firstRender, List<Double> firstApi,
            List<Double> expand, List<Double> expandApi, List<Double> expandCpu, List<Double> deepLink) {
        public static double median(List<Double> xs) {
            List<Double> s = xs.stream().sorted().toList();
            int n = s.size();
            return n == 0 ? Double.NaN : n % 2 == 1 ? s.get(n / 2) : (s.get(n / 2 - 1) + s.get(n / 2)) / 2;
        }
    }

    private final int articles;
    private final int runs;
    private final Path chromium;
    private final Path keep;

    /** {@code keep}: a folder to build the store in once and reuse on later runs, or null for a temporary one. */
    public ViewBenchmark(int articles, int runs, Path chromium, Path keep) {
        this.articles = articles;
        this.runs = runs;
        this.chromium = chromium;
        this.keep = keep;
    }

    public Result run(Consumer<String> progress) throws IOException, InterruptedException {
        Path dir = keep != null ? keep : Files.createTempDirectory("newsgraph-bench-view");
        NewsStore store = NewsStore.open(dir);
        NewsServer server = null;
        try {
            SyntheticNews news = new SyntheticNews(articles, 13);
            int held = keep != null ? store.articles().size() : 0;
            if (held > 0) {
                if (held != articles) {
                    throw new IllegalArgumentException("the store in " + dir + " holds " + held
                            + " articles, not " + articles + ": give --articles " + held + " or another folder");
                }
                progress.accept("reusing the store of " + articles + " made-up articles in " + dir);
            } else {
                progress.accept("building a store of " + articles + " made-up articles in " + dir + "...");
                store.replaceGraph(Ontology.GRAPH_NAME, Ontology.ontology());
                news.fill(store, articles);
                store.repage(); // as a build ends: the lists' pages and the view's ranked page
            }
            server = new NewsServer(store, ServerConfig.defaults().withPort(0)).start();
            String view = server.viewUrl();
            List<Double> first = new ArrayList<>();
            List<Double> firstApi = new ArrayList<>();
            List<Double> expand = new ArrayList<>();
            List<Double> expandApi = new ArrayList<>();
            List<Double> expandCpu = new ArrayList<>();
            List<Double> deep = new ArrayList<>();
            try (Chromium browser = Chromium.start(chromium, 1600, 1000)) {
                // one untimed load fills the browser's cache with the scripts, as for anyone who opened it before
                load(browser, view);
                for (int i = 0; i < runs; i++) {
                    first.add(load(browser, view + "?n=40&r=" + i));
                    firstApi.add(number(browser.eval("window.newsgraphView.timings.lastApi")));
                    String key = ranked(browser, i);
                    // any store's entity, not only the made-up ones: a reused store may come from a real build
                    String deepKey = ranked(browser, i + runs);
                    long cpu0 = browserCpuMillis();
                    expand.add(number(browser.eval("window.newsgraphView.expand('" + key + "')"
                            + ".then(() => window.newsgraphView.timings.lastExpand)")));
                    expandCpu.add((double) (browserCpuMillis() - cpu0));
                    expandApi.add(number(browser.eval("window.newsgraphView.timings.lastApi")));
                    deep.add(load(browser, view + "?entity=" + deepKey + "&depth=1"));
                    progress.accept(String.format(java.util.Locale.ROOT,
                            "run %d: first render %.0f ms (API %.0f ms), expand %s %.0f ms (API %.0f ms,"
                                    + " browser CPU %.0f ms), deep link %.0f ms", i + 1, first.get(i), firstApi.get(i),
                            key, expand.get(i), expandApi.get(i), expandCpu.get(i), deep.get(i)));
                }
            }
            return new Result(articles, StoreSize.onDisk(dir), first, firstApi, expand, expandApi, expandCpu, deep);
        } finally {
            if (server != null) {
                server.stop();
            }
            store.close();
            if (keep == null) {
                delete(dir);
            }
        }
    }

    /** The key of the {@code rank}-th most-mentioned entity drawn on the page (from 0). */
    private static String ranked(Chromium browser, int rank) throws IOException {
        return browser.eval("window.newsgraphView.cy.nodes().sort((a, b) => b.data('mentions')"
                + " - a.data('mentions'))[" + rank + "].id()").getAsString().value();
    }

    /** Opens {@code url} and returns the page's own time to first render. */
    private static double load(Chromium browser, String url) throws IOException, InterruptedException {
        browser.eval("window.benchOldPage = true");
        browser.open(url);
        browser.waitFor("!window.benchOldPage && window.newsgraphView"
                + " && window.newsgraphView.timings.firstRender !== null", WAIT);
        return number(browser.eval("window.newsgraphView.timings.firstRender"));
    }

    /**
     * CPU time so far of the processes this JVM started (Chromium's browser, renderer and helpers; the server runs in
     * the JVM itself), in ms; the call is in it too, but it polls nothing, so the difference is the page's work.
     */
    private static long browserCpuMillis() {
        return ProcessHandle.current().descendants()
                .mapToLong(p -> p.info().totalCpuDuration().map(Duration::toMillis).orElse(0L)).sum();
    }

    private static double number(org.apache.jena.atlas.json.JsonValue v) {
        return v.getAsNumber().value().doubleValue();
    }

    private static void delete(Path dir) throws IOException {
        try (var walk = Files.walk(dir)) {
            for (Path f : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(f);
            }
        }
    }
}

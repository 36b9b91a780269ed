package org.w3id.newsgraph.bench;

import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.jena.fuseki.main.FusekiServer;
import org.w3id.newsgraph.query.PreparedQuery;
import org.w3id.newsgraph.query.QueryCatalog;
import org.w3id.newsgraph.query.QueryRunner;
import org.w3id.newsgraph.server.NewsServer;
import org.w3id.newsgraph.server.ServerConfig;
import org.w3id.newsgraph.store.NewsStore;

/**
 * Every prepared query against one store, through the newsgraph server ({@code /newsgraph/queries/NAME}) and
 * through Jena's own {@link FusekiServer} over the same dataset (the same query text, parameters bound), both
 * started here on free loopback ports: per query, p50 and p95 at 1 client, then p95 and throughput at N clients,
 * the two servers measured back to back so they see the same machine load.
 */
public final class ServerComparison {
    /** One query's figures: newsgraph at 1 and N clients, plain Fuseki at 1 and N clients. */
    public record Row(String query, LoadResult one, LoadResult many, LoadResult fusekiOne, LoadResult fusekiMany) {
        public double ratio() {
            return fusekiMany.throughput() == 0 ? 0 : many.throughput() / fusekiMany.throughput();
        }
    }

    private final NewsStore store;
    private final QueryCatalog catalog;
    private final int clients;
    private final Duration each;

    public ServerComparison(NewsStore store, QueryCatalog catalog, int clients, Duration each) {
        this.store = store;
        this.catalog = catalog;
        this.clients = clients;
        this.each = each;
    }

    /** Runs {@code queries} (NAME or NAME?param=value&...) and prints one line per query, then the medians. */
    public List<Row> run(List<String> queries, PrintWriter out) throws Exception {
        NewsServer ng = new NewsServer(store, ServerConfig.defaults().withPort(0), catalog).start();
        FusekiServer plain = FusekiServer.create().loopback(true).port(0).add("/ds", store.dataset()).build().start();
        List<Row> rows = new ArrayList<>();
        try {
            out.printf(Locale.ROOT, "%-26s %9s %9s %9s %10s | %9s %10s %6s%n", "query", "p50 1c", "p95 1c",
                    "p95 " + clients + "c", "req/s " + clients + "c", "fuseki p95", "req/s", "ratio");
            for (String spec : queries) {
                String name = spec.contains("?") ? spec.substring(0, spec.indexOf('?')) : spec;
                Map<String, String> params = params(spec);
                PreparedQuery q = catalog.get(name);
                URI mine = URI.create("http://localhost:" + ng.port() + NewsServer.DATASET + "/queries/" + name
                        + "?format=json" + query(params));
                URI theirs = URI.create("http://localhost:" + plain.getPort() + "/ds/query?query="
                        + URLEncoder.encode(QueryRunner.boundText(q, params, store.dataset()), StandardCharsets.UTF_8));
                warm(mine); // once each first: neither server's window starts on cold caches the other has warmed
                warm(theirs);
                Row r = new Row(spec, load(mine, 1), load(mine, clients), load(theirs, 1), load(theirs, clients));
                rows.add(r);
                out.printf(Locale.ROOT, "%-26s %9.1f %9.1f %9.1f %10.1f | %9.1f %10.1f %6.2f%s%n", spec,
                        r.one().p50(), r.one().p95(), r.many().p95(), r.many().throughput(), r.fusekiMany().p95(),
                        r.fusekiMany().throughput(), r.ratio(), r.many().errors() + r.one().errors() > 0
                                ? "  errors " + (r.many().errors() + r.one().errors()) : "");
                out.flush();
            }
        } finally {
            plain.stop();
            ng.stop();
        }
        return rows;
    }

    private static void warm(URI uri) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        http.send(HttpRequest.newBuilder(uri).header("Accept", "application/sparql-results+json")
                .timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.discarding());
    }

        private LoadResult load(URI uri, int n) throws Exception {
        return new LoadBenchmark(List.of(uri), n, each).run();
    }

    static Map<String, String> params(String spec) {
        Map<String, String> out = new LinkedHashMap<>();
        int i = spec.indexOf('?');
        if (i >= 0) {
            for (String kv : spec.substring(i + 1).split("&")) {
                int eq = kv.indexOf('=');
                out.put(kv.substring(0, eq), kv.substring(eq + 1));
            }
        }
        return out;
    }

    private static String query(Map<String, String> params) {
        StringBuilder sb = new StringBuilder();
        params.forEach((k, v) -> sb.append('&').append(k).append('=').append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return sb.toString();
    }
}

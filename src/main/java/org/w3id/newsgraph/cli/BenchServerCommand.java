package org.w3id.newsgraph.cli;

import java.io.PrintWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.w3id.newsgraph.bench.LoadBenchmark;
import org.w3id.newsgraph.bench.LoadResult;
import org.w3id.newsgraph.bench.ServerComparison;
import org.w3id.newsgraph.query.PreparedQuery;
import org.w3id.newsgraph.query.QueryCatalog;
import org.w3id.newsgraph.store.NewsStore;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code bench server}: concurrent clients on prepared queries of a running newsgraph server (this machine only),
 * for a fixed time; prints throughput and latency percentiles.
 */
@Command(name = "server", mixinStandardHelpOptions = true,
        description = "Load a running server (started with 'serve') with concurrent clients on prepared queries.")
final class BenchServerCommand implements Callable<Integer> {
    @Option(names = "--url", defaultValue = "http://localhost:3030", description = "Server base URL (default: ${DEFAULT-VALUE}).")
    String url;

    @Option(names = "--clients", defaultValue = "32", description = "Concurrent clients (default: ${DEFAULT-VALUE}).")
    int clients;

    @Option(names = "--seconds", defaultValue = "30", description = "Duration (default: ${DEFAULT-VALUE}).")
    int seconds;

    @Option(names = "--queries", split = ",", defaultValue = "entities,roles,quotes,relations,articles,entity?entity=Huawei,who-said-about?entity=Huawei,acting-on?entity=Huawei",
            description = "Prepared queries to cycle through, NAME or NAME?param=value (default: ${DEFAULT-VALUE}).")
    List<String> queries;

    @Option(names = "--store", paramLabel = "DIR", description = "Instead of --url: open this store, start a "
            + "newsgraph server and Jena's plain Fuseki over it here, and measure every prepared query (or --queries) "
            + "on both, per query, at 1 client and at --clients.")
    java.nio.file.Path store;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (store != null) {
            return compare();
        }
        URI base = URI.create(url.endsWith("/") ? url : url + "/");
        String host = base.getHost();
        if (!(host.equals("localhost") || host.startsWith("127.") || host.equals("[::1]") || host.equals("::1"))) {
            throw new IllegalArgumentException("bench server only targets this machine (localhost, 127.x, ::1), not " + host);
        }
        List<URI> requests = new ArrayList<>();
        for (String q : queries) {
            int i = q.indexOf('?');
            String name = i < 0 ? q : q.substring(0, i);
            String param = i < 0 ? "" : "&" + q.substring(i + 1).replace(" ", "+");
            requests.add(base.resolve("newsgraph/queries/" + URLEncoder.encode(name, StandardCharsets.UTF_8)
                    + "?format=json" + param));
        }
        PrintWriter out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "%d clients x %d s on %d prepared queries at %s...%n", clients, seconds, requests.size(), base);
        out.flush();
        LoadResult r = new LoadBenchmark(requests, clients, Duration.ofSeconds(seconds)).run();
        out.printf(Locale.ROOT, "requests: %d in %.1f s = %.1f req/s; errors: %d%n", r.requests(), r.seconds(),
                r.throughput(), r.errors());
        out.printf(Locale.ROOT, "latency ms: p50 %.1f, p95 %.1f, p99 %.1f, max %.1f%n", r.p50(), r.p95(), r.p99(), r.max());
        out.flush();
        return r.errors() == 0 ? Main.OK : Main.FAILED;
    }

    /** Per prepared query, the newsgraph server against plain Fuseki over the same store, back to back. */
    private int compare() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        QueryCatalog catalog = QueryCatalog.standard(Home.dir());
        boolean all = spec.commandLine().getParseResult().matchedOption("--queries") == null;
        List<String> list = all ? defaults(catalog) : queries;
        try (NewsStore s = NewsStore.open(store)) {
            out.printf(Locale.ROOT, "%d prepared queries, %d s each at 1 and %d clients, newsgraph then plain Fuseki%n",
                    list.size(), seconds, clients);
            out.println(origin(catalog, QueryCatalog.fromClassPath(Main.class.getClassLoader(), QueryCatalog.FOLDER)));
            List<ServerComparison.Row> rows = new ServerComparison(s, catalog, clients, Duration.ofSeconds(seconds))
                    .run(list, out);
            double[] ratios = rows.stream().mapToDouble(ServerComparison.Row::ratio).sorted().toArray();
            out.printf(Locale.ROOT, "median throughput ratio newsgraph/fuseki at %d clients: %.2f (min %.2f)%n",
                    clients, ratios[ratios.length / 2], ratios[0]);
            out.flush();
        }
        return Main.OK;
    }

    /**
     * Where the measured query texts come from, and which differ from the jar's own: figures of texts from another
     * version (a {@code queries/} folder beside an older jar) are not figures of this one.
     */
    static String origin(QueryCatalog used, QueryCatalog jar) {
        List<String> differ = used.differingFrom(jar);
        return "queries: " + used.origin() + (differ.isEmpty() ? " (the jar's own texts)"
                : " (" + differ.size() + (differ.size() == 1 ? " differs" : " differ") + " from the jar's own: "
                        + String.join(", ", differ) + ")");
    }

    /** Every prepared query; those that need a name get Huawei (search: q=Huawei). */
    private static List<String> defaults(QueryCatalog catalog) {
        List<String> out = new ArrayList<>();
        for (PreparedQuery q : catalog.list()) {
            String needed = q.params().stream().filter(p -> p.required() && !p.paging()).map(p -> p.name() + "=Huawei")
                    .reduce((a, b) -> a + "&" + b).orElse("");
            out.add(needed.isEmpty() ? q.name() : q.name() + "?" + needed);
        }
        return out;
    }
}

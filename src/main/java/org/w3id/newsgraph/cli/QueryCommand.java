package org.w3id.newsgraph.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

import org.w3id.newsgraph.query.ParamException;
import org.w3id.newsgraph.query.PreparedQuery;
import org.w3id.newsgraph.query.QueryCatalog;
import org.w3id.newsgraph.query.QueryRunner;
import org.w3id.newsgraph.query.ResultFormat;
import org.w3id.newsgraph.server.NewsServer;
import org.w3id.newsgraph.store.NewsStore;
import org.w3id.newsgraph.store.StoreException;
import org.w3id.newsgraph.store.StoreInUseException;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code query}: run a prepared query by name, or any .rq file, against the store. */
@Command(name = "query", mixinStandardHelpOptions = true,
        description = "Run a prepared query (by name, see 'queries') or a SPARQL .rq file against the store.")
final class QueryCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "NAME|FILE.rq", description = "Prepared query name or path of a .rq file.")
    String query;

    @Mixin
    StoreOption store;

    @Option(names = "--format", converter = FormatConverter.Result.class, defaultValue = "table",
            description = "table, csv, tsv or json (default: ${DEFAULT-VALUE}).")
    ResultFormat format;

    @Option(names = "--param", paramLabel = "NAME=VALUE", description = "A query parameter, e.g. --param entity=Huawei.")
    Map<String, String> params = new LinkedHashMap<>();

    @Option(names = "--timeout", defaultValue = "30", paramLabel = "SECONDS",
            description = "Query timeout in seconds (default: ${DEFAULT-VALUE}).")
    int timeoutSeconds;

    @Option(names = "--max-rows", defaultValue = "10000", paramLabel = "N",
            description = "Show at most N rows, saying so on standard error when cut (default: ${DEFAULT-VALUE}).")
    long maxRows;

    @Option(names = "--url", paramLabel = "URL",
            description = "Run the query through a running newsgraph server (e.g. http://localhost:3030) instead of "
                    + "opening the store, which the server holds.")
    String url;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (maxRows < 1) {
            throw new ParameterException(spec.commandLine(), "--max-rows must be at least 1, not " + maxRows);
        }
        PreparedQuery q = query.endsWith(".rq") ? PreparedQuery.fromFile(Path.of(query))
                : QueryCatalog.standard(Home.dir()).get(query);
        Duration timeout = Duration.ofSeconds(timeoutSeconds);
        if (url != null) {
            String endpoint = endpoint(url);
            if (endpoint == null) {
                throw new ParameterException(spec.commandLine(), "--url must be an http:// or https:// URL, not '"
                        + url + "'");
            }
            return print(q, QueryRunner.remote(endpoint, timeout, maxRows));
        }
        NewsStore s;
        try {
            s = NewsStore.open(store.dir());
        } catch (StoreInUseException e) {
            throw new StoreException(e.getMessage() + "; while its server runs, query through it with --url "
                    + "http://localhost:PORT", e);
        }
        try (s) {
            return print(q, new QueryRunner(s.dataset(), timeout, maxRows));
        }
    }

    private int print(PreparedQuery q, QueryRunner runner) {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        boolean capped;
        try {
            capped = runner.run(q, params, format, buffer);
        } catch (ParamException e) { // a missing or wrong --param is wrong usage: exit 2
            throw new ParameterException(spec.commandLine(), e.getMessage(), e);
        }
        PrintWriter out = spec.commandLine().getOut();
        out.print(buffer.toString(StandardCharsets.UTF_8));
        out.flush();
        if (capped) { // on stderr, so a CSV on stdout stays clean
            PrintWriter err = spec.commandLine().getErr();
            err.println("newsgraph: showing the first " + maxRows + " rows (--max-rows)");
            err.flush();
        }
        return Main.OK;
    }

    /**
     * The SPARQL query endpoint of a server given by its base URL, its dataset URL or the endpoint itself; null
     * when {@code given} is not an http(s) URL.
     */
    static String endpoint(String given) {
        String u = given.strip().replaceAll("/+$", "");
        if (!u.matches("(?i)https?://[^/\\s]+(/\\S*)?")) {
            return null;
        }
        if (u.endsWith(NewsServer.DATASET + "/sparql") || u.endsWith(NewsServer.DATASET + "/query")) {
            return u;
        }
        return (u.endsWith(NewsServer.DATASET) ? u : u + NewsServer.DATASET) + "/sparql";
    }
}

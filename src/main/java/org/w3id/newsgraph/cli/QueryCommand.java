package org.w3id.newsgraph.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

import org.w3id.newsgraph.query.PreparedQuery;
import org.w3id.newsgraph.query.QueryCatalog;
import org.w3id.newsgraph.query.QueryRunner;
import org.w3id.newsgraph.query.ResultFormat;
import org.w3id.newsgraph.store.NewsStore;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
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

    @Option(names = "--format", defaultValue = "table",
            description = "table, csv, tsv or json (default: ${DEFAULT-VALUE}).")
    ResultFormat format;

    @Option(names = "--param", paramLabel = "NAME=VALUE", description = "A query parameter, e.g. --param entity=Huawei.")
    Map<String, String> params = new LinkedHashMap<>();

    @Option(names = "--timeout", defaultValue = "30", paramLabel = "SECONDS",
            description = "Query timeout in seconds (default: ${DEFAULT-VALUE}).")
    int timeoutSeconds;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PreparedQuery q = query.endsWith(".rq") ? PreparedQuery.fromFile(Path.of(query))
                : QueryCatalog.standard(Home.dir()).get(query);
        try (NewsStore s = NewsStore.open(store.dir())) {
            ByteArrayOutputStream buffer = new ByteArrayOutputStream();
            new QueryRunner(s.dataset(), Duration.ofSeconds(timeoutSeconds)).run(q, params, format, buffer);
            PrintWriter out = spec.commandLine().getOut();
            out.print(buffer.toString(StandardCharsets.UTF_8));
            out.flush();
        }
        return Main.OK;
    }
}

package org.w3id.newsgraph.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import org.w3id.newsgraph.query.PreparedQuery;
import org.w3id.newsgraph.query.QueryCatalog;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code queries}: the prepared queries, one line each, with their parameters. */
@Command(name = "queries", mixinStandardHelpOptions = true, description = "List the prepared queries.")
final class QueriesCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        QueryCatalog catalog = QueryCatalog.standard(Home.dir());
        int width = catalog.list().stream().mapToInt(q -> q.name().length()).max().orElse(10);
        for (PreparedQuery q : catalog.list()) {
            String params = q.params().isEmpty() ? ""
                    : "  [" + q.params().stream().map(p -> "--param " + p.name() + "=…").collect(Collectors.joining(" "))
                            + "]";
            out.printf("%-" + width + "s  %s%s%n", q.name(), q.description(), params);
        }
        out.flush();
        return Main.OK;
    }
}

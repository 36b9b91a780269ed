package org.w3id.newsgraph.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import org.w3id.newsgraph.query.QueryCatalog;
import org.w3id.newsgraph.server.NewsServer;
import org.w3id.newsgraph.server.ServerConfig;
import org.w3id.newsgraph.store.NewsStore;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code serve}: the store behind an embedded Fuseki server (read-only unless {@code --update}), until Ctrl-C. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serve the store over SPARQL with an embedded Fuseki server: read only unless --update.")
final class ServeCommand implements Callable<Integer> {
    @Mixin
    StoreOption store;

    @Mixin
    ServerOptions server;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        ServerConfig config;
        try {
            config = server.config(spec);
        } catch (picocli.CommandLine.ParameterException e) {
            return ServerOptions.usageError(spec, e);
        }
        NewsStore s = NewsStore.open(store.dir());
        return serve(s, config, spec);
    }

    /** Serves until the JVM is asked to stop; the shutdown hook stops the server and closes the store. */
    static int serve(NewsStore s, ServerConfig config, CommandSpec spec) {
        NewsServer server;
        try {
            server = new NewsServer(s, config, QueryCatalog.standard(Home.dir())).start();
        } catch (RuntimeException e) {
            s.close();
            throw e;
        }
        PrintWriter err = spec.commandLine().getErr();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.stop();
            s.close();
            err.println("newsgraph: server stopped, store closed");
            err.flush();
        }, "newsgraph-shutdown"));
        PrintWriter out = spec.commandLine().getOut();
        String dataset = server.url();
        out.println("newsgraph is serving " + s.articles().size() + " articles from " + s.directory());
        out.println("  Query page:                   " + server.homeUrl());
        if (config.updatable()) {
            String user = config.auth().orElseThrow().user();
            out.println("  SPARQL endpoint (query):      " + server.sparqlUrl());
            out.println(String.format("  %-30s", "SPARQL Update (user " + user + "):") + dataset + "/update");
            out.println("  Graph Store (read-write):     " + dataset + "/data");
            out.println("  Article upload (POST):        " + dataset + "/articles");
        } else {
            out.println("  SPARQL endpoint (query only): " + server.sparqlUrl());
            out.println("  Graph Store (read only):      " + dataset + "/get");
        }
        out.println("  Prepared queries (JSON):      " + server.queriesUrl());
        out.println("  Graph view:                   " + server.viewUrl());
        out.println("Press Ctrl-C to stop.");
        out.flush();
        server.join();
        return Main.OK;
    }
}

package org.w3id.newsgraph.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.concurrent.Callable;

import org.w3id.newsgraph.server.NewsServer;
import org.w3id.newsgraph.server.ServerConfig;
import org.w3id.newsgraph.store.NewsStore;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code serve}: the store behind an embedded, read-only Fuseki server, until Ctrl-C. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serve the store over SPARQL (read only) with an embedded Fuseki server.")
final class ServeCommand implements Callable<Integer> {
    @Mixin
    StoreOption store;

    @Mixin
    ServerOptions server;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        NewsStore s = NewsStore.open(store.dir());
        return serve(s, server, spec);
    }

    /** Serves until the JVM is asked to stop; the shutdown hook stops the server and closes the store. */
    static int serve(NewsStore s, ServerOptions options, CommandSpec spec) {
        NewsServer server;
        try {
            server = new NewsServer(s.dataset(),
                    new ServerConfig(options.host, options.port, Duration.ofSeconds(options.timeoutSeconds))).start();
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
        out.println("  SPARQL endpoint (query only): " + server.sparqlUrl());
        out.println("  Graph Store (read only):      " + dataset + "/get");
        out.println("Press Ctrl-C to stop.");
        out.flush();
        server.join();
        return Main.OK;
    }
}

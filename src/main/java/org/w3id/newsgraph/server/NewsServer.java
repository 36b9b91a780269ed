package org.w3id.newsgraph.server;

import java.net.BindException;
import java.util.Objects;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Endpoint;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.Context;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.ServerConnector;

/**
 * The embedded, read-only SPARQL server (Jena Fuseki Main) over the store's dataset, at {@value #DATASET}:
 * <ul>
 * <li>{@code /newsgraph/sparql} and {@code /newsgraph/query}: SPARQL 1.1 Query (GET and POST); the default graph
 * is the union of all named graphs, so queries need no {@code GRAPH} clause;</li>
 * <li>{@code /newsgraph/get}: Graph Store Protocol, read only ({@code ?graph=<article IRI>} or {@code ?default}).</li>
 * </ul>
 * No update or GSP-write endpoint is registered, so SPARQL Update and uploads are refused with a 4xx status:
 * the graph is built only by the {@code build} command. Every query is cancelled after the configured timeout.
 *
 * <p>One instance serves once: {@link #start()}, then {@link #stop()}.
 */
public final class NewsServer {
    /** The dataset path. */
    public static final String DATASET = "/newsgraph";

    private final ServerConfig config;
    private final FusekiServer fuseki;

    public NewsServer(DatasetGraph dsg, ServerConfig config) {
        Objects.requireNonNull(dsg, "dataset");
        this.config = Objects.requireNonNull(config, "config");
        Context ctx = new Context();
        ctx.set(ARQ.queryTimeout, Long.toString(config.timeout().toMillis()));
        DataService service = DataService.newBuilder(dsg)
                .addEndpoint(endpoint(Operation.Query, "sparql", ctx))
                .addEndpoint(endpoint(Operation.Query, "query", ctx))
                .addEndpoint(endpoint(Operation.GSP_R, "get", ctx))
                .build();
        this.fuseki = FusekiServer.create()
                .port(config.port())
                .loopback(false)
                .verbose(false)
                .enablePing(false)
                .enableStats(false)
                .enableMetrics(false)
                .enableCompact(false)
                .enableTasks(false)
                .add(DATASET, service)
                .build();
        for (Connector c : fuseki.getJettyServer().getConnectors()) {
            if (c instanceof ServerConnector sc) {
                sc.setHost(config.host());
            }
        }
    }

    private static Endpoint endpoint(Operation op, String name, Context ctx) {
        return Endpoint.create().operation(op).endpointName(name).context(ctx).build();
    }

    /**
     * Starts listening and returns once the port is bound.
     *
     * @throws ServerException one line, e.g. when the port is already in use
     */
    public NewsServer start() {
        try {
            fuseki.start();
        } catch (RuntimeException e) {
            try {
                fuseki.stop();
            } catch (RuntimeException ignored) {
                // nothing was listening
            }
            if (causedBy(e, BindException.class)) {
                throw new ServerException("port " + config.port()
                        + " is already in use (another server running? choose another with --port)", e);
            }
            throw new ServerException("cannot start the server on " + config.host() + ":" + config.port() + ": "
                    + firstLine(e), e);
        }
        return this;
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    private static String firstLine(Throwable e) {
        String m = String.valueOf(e.getMessage());
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }

    /** The port actually bound (differs from the configured one when that was 0). */
    public int port() {
        return fuseki.getHttpPort();
    }

    /** The dataset URL, e.g. {@code http://localhost:3030/newsgraph} (loopback and wildcard hosts print as localhost). */
    public String url() {
        String h = config.host();
        if (h.equals("0.0.0.0") || h.equals("::") || h.equals("127.0.0.1") || h.equals("::1")) {
            h = "localhost";
        } else if (h.contains(":")) {
            h = "[" + h + "]";
        }
        return "http://" + h + ":" + port() + DATASET;
    }

    /** The SPARQL query endpoint URL. */
    public String sparqlUrl() {
        return url() + "/sparql";
    }

    public ServerConfig config() {
        return config;
    }

    /** Stops listening; queries in flight are cut off. */
    public void stop() {
        fuseki.stop();
    }

    /** Blocks until the server stops (for the {@code serve} command). */
    public void join() {
        fuseki.join();
    }
}

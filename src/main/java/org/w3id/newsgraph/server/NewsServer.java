package org.w3id.newsgraph.server;

import java.net.BindException;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

import org.apache.jena.atlas.web.AuthScheme;
import org.apache.jena.fuseki.auth.Auth;
import org.apache.jena.fuseki.auth.AuthPolicy;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.JettySecurityLib;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Endpoint;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.Context;
import org.eclipse.jetty.ee11.servlet.FilterHolder;
import org.eclipse.jetty.ee11.servlet.FilterMapping;
import org.eclipse.jetty.ee11.servlet.ServletContextHandler;
import org.eclipse.jetty.ee11.servlet.security.ConstraintSecurityHandler;
import org.eclipse.jetty.security.UserStore;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.w3id.newsgraph.query.QueryCatalog;
import org.w3id.newsgraph.server.view.ViewApiServlet;
import org.w3id.newsgraph.store.NewsStore;

import jakarta.servlet.DispatcherType;

/**
 * The embedded server (Jena Fuseki Main) over the store's dataset. It assembles Fuseki's own services with a
 * few newsgraph servlets:
 * <ul>
 * <li>{@code /newsgraph/sparql}, {@code /newsgraph/query}: SPARQL 1.1 Query (GET, POST), the default graph
 * being the union of all named graphs; every query, parsing included, is cancelled after the timeout (503) and
 * returns at most {@code maxRows} solutions ({@link CappedQuery});</li>
 * <li>{@code /newsgraph/get}: Graph Store Protocol, read only, its default graph the union too
 * ({@link UnionGraphStoreRead}); the query endpoints opened in a browser show a page about them
 * ({@link EndpointPage});</li>
 * <li>only with credentials ({@link ServerConfig#auth()}): {@code /newsgraph/update} (SPARQL Update) and
 * {@code /newsgraph/data} (Graph Store read-write), and writes to {@code /newsgraph/articles}, all behind HTTP
 * basic authentication; without them no write endpoint exists;</li>
 * <li>{@code /newsgraph/queries[/NAME]}: the prepared queries ({@link QueriesServlet});</li>
 * <li>{@code /newsgraph/articles[/ID]}: upload or delete one article ({@link ArticlesServlet});</li>
 * <li>{@code /newsgraph/export/FORMAT}: the whole graph ({@link ExportServlet});</li>
 * <li>{@code /id/...}: the description of an entity or article ({@link ResourceServlet}, linked data);</li>
 * <li>{@code /}: the query page ({@link HomePage}) with YASGUI from {@code /webjars/...}; {@code /view/}: the
 * graph view when its files are on the class path;</li>
 * <li>{@code /$/ping}, {@code /$/stats}: Fuseki's health check and dataset statistics.</li>
 * </ul>
 * CORS is on (Fuseki's filter), so browser tools on other origins can query. In front of everything, request
 * bodies over {@code --max-request} get 413 ({@link RequestLimits}); {@code SERVICE} and {@code LOAD} are refused
 * unless allowed ({@link ServicePolicy}); updates are parsed before they write and stop at the timeout
 * ({@link BoundedUpdate}); every write reaches the store through its guarded path; errors are one line
 * ({@link OneLineErrors}).
 *
 * <p>One instance serves once: {@link #start()}, then {@link #stop()}.
 */
public final class NewsServer {
    /** The dataset path. */
    public static final String DATASET = "/newsgraph";
    /** Where Jetty's basic authentication says the credentials belong. */
    static final String REALM = "newsgraph";

    private final ServerConfig config;
    private final FusekiServer fuseki;
    private final SparqlParsing parsing = new SparqlParsing();
    private final ListRepaging repaging;

    /**
     * A server over {@code store}, with the prepared queries of {@code catalog}.
     */
    public NewsServer(NewsStore store, ServerConfig config, QueryCatalog catalog) {
        this(store.dataset(), Optional.of(store), config, catalog);
    }

    /** A server over {@code store} with the standard prepared queries of the working directory. */
    public NewsServer(NewsStore store, ServerConfig config) {
        this(store, config, QueryCatalog.standard(Path.of("").toAbsolutePath()));
    }

    /**
     * A server over a bare dataset: everything but article upload and delete (which need the store's write
     * discipline), with the standard prepared queries.
     */
    public NewsServer(DatasetGraph dsg, ServerConfig config) {
        this(dsg, Optional.empty(), config, QueryCatalog.standard(Path.of("").toAbsolutePath()));
    }

    private NewsServer(DatasetGraph dsg, Optional<NewsStore> store, ServerConfig config, QueryCatalog catalog) {
        Objects.requireNonNull(dsg, "dataset");
        this.config = Objects.requireNonNull(config, "config");
        Objects.requireNonNull(catalog, "catalog");
        this.repaging = new ListRepaging(store);
        Supplier<DatasetGraph> data = store.<Supplier<DatasetGraph>>map(s -> s::dataset).orElse(() -> dsg);
        ServicePolicy sparqlFetch = new ServicePolicy(config.allowService());
        Context ctx = sparqlFetch.apply(new Context());
        ctx.set(ARQ.queryTimeout, Long.toString(config.timeout().toMillis()));
        ctx.set(ARQ.updateTimeout, Long.toString(config.timeout().toMillis()));
        DataService.Builder service = DataService.newBuilder(dsg)
                .addEndpoint(endpoint(Operation.Query, "sparql", ctx, null))
                .addEndpoint(endpoint(Operation.Query, "query", ctx, null))
                .addEndpoint(endpoint(Operation.GSP_R, "get", ctx, null));
        FusekiServer.Builder b = FusekiServer.create()
                .port(config.port())
                .loopback(false)
                .verbose(false)
                .enablePing(true)
                .enableStats(true)
                .enableMetrics(false)
                .enableCompact(false)
                .enableTasks(false)
                .enableCors(true)
                .registerOperation(Operation.Query,
                        new CappedQuery(config.maxRows(), config.timeout(), sparqlFetch, parsing))
                .registerOperation(Operation.Update,
                        new BoundedUpdate(config.timeout(), config.maxRequest(), sparqlFetch, parsing))
                .registerOperation(Operation.GSP_R, new UnionGraphStoreRead());
        if (config.auth().isPresent()) {
            AuthConfig auth = config.auth().get();
            AuthPolicy writer = Auth.policyAllowSpecific(auth.user());
            service.addEndpoint(endpoint(Operation.Update, "update", ctx, writer))
                    .addEndpoint(endpoint(Operation.GSP_RW, "data", ctx, writer));
            UserStore users = JettySecurityLib.makeUserStore(auth.user(), auth.password());
            ConstraintSecurityHandler security = JettySecurityLib.makeSecurityHandler(REALM, users, AuthScheme.BASIC);
            JettySecurityLib.addPathConstraint(security, DATASET + "/articles");
            JettySecurityLib.addPathConstraint(security, DATASET + "/articles/*");
            b.securityHandler(security);
        }
        QueriesServlet queries = new QueriesServlet(catalog, data, config, sparqlFetch);
        ArticlesServlet articles = new ArticlesServlet(store, config, repaging);
        b.add(DATASET, service.build())
                .addServlet("", new HomePage(catalog, DATASET + "/sparql", DATASET + "/queries"))
                .addServlet("/webjars/*", new ClassPathServlet("META-INF/resources/webjars"))
                .addServlet(HomePage.ASSETS + "*", new ClassPathServlet("query-page"))
                .addServlet("/view/api/*", new ViewApiServlet(data, config.timeout()))
                .addServlet("/view/*", new ClassPathServlet("view"))
                .addServlet("/view", new ClassPathServlet("view"))
                .addServlet("/id/*", new ResourceServlet(data, config.timeout()))
                .addServlet(DATASET + "/queries", queries)
                .addServlet(DATASET + "/queries/*", queries)
                .addServlet(DATASET + "/articles", articles)
                .addServlet(DATASET + "/articles/*", articles)
                .addServlet(DATASET + "/export/*", new ExportServlet(data));
        this.fuseki = b.build();
        Server jetty = fuseki.getJettyServer();
        for (Connector c : jetty.getConnectors()) {
            if (c instanceof ServerConnector sc) {
                sc.setHost(config.host());
            }
        }
        OneLineErrors errors = new OneLineErrors();
        jetty.setErrorHandler(errors);
        ServletContextHandler context = jetty.getDescendant(ServletContextHandler.class);
        context.setErrorHandler(errors);
        endpointPage(context);
        // forms are parsed by Jetty: let through what the front limit lets through, no more
        context.setMaxFormContentSize((int) config.maxRequest());
        jetty.setHandler(new RequestLimits(jetty.getHandler(), config.maxRequest(),
                List.of(DATASET + "/articles")));
    }

    /** The endpoint page's filter goes before Fuseki's own, which would dispatch the request first. */
    private static void endpointPage(ServletContextHandler context) {
        FilterHolder holder = new FilterHolder(new EndpointPage());
        holder.setName("newsgraph-endpoint-page");
        FilterMapping mapping = new FilterMapping();
        mapping.setFilterName(holder.getName());
        mapping.setPathSpecs(new String[] {DATASET + "/sparql", DATASET + "/query"});
        mapping.setDispatcherTypes(EnumSet.of(DispatcherType.REQUEST));
        context.getServletHandler().addFilter(holder);
        context.getServletHandler().prependFilterMapping(mapping);
    }

    private static Endpoint endpoint(Operation op, String name, Context ctx, AuthPolicy auth) {
        return Endpoint.create().operation(op).endpointName(name).context(ctx).authPolicy(auth).build();
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
                stop();
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

    /** The server's base URL, e.g. {@code http://localhost:3030} (loopback and wildcard hosts print as localhost). */
    public String baseUrl() {
        String h = config.host();
        if (h.equals("0.0.0.0") || h.equals("::") || h.equals("127.0.0.1") || h.equals("::1")) {
            h = "localhost";
        } else if (h.contains(":")) {
            h = "[" + h + "]";
        }
        return "http://" + h + ":" + port();
    }

    /** The dataset URL, e.g. {@code http://localhost:3030/newsgraph}. */
    public String url() {
        return baseUrl() + DATASET;
    }

    /** The SPARQL query endpoint URL. */
    public String sparqlUrl() {
        return url() + "/sparql";
    }

    /** The query page (YASGUI and the prepared queries). */
    public String homeUrl() {
        return baseUrl() + "/";
    }

    /** The prepared queries as JSON. */
    public String queriesUrl() {
        return url() + "/queries";
    }

    /** The graph view. */
    public String viewUrl() {
        return baseUrl() + "/view/";
    }

    public ServerConfig config() {
        return config;
    }

    /** Stops listening; queries in flight are cut off. */
    public void stop() {
        try {
            fuseki.stop();
        } finally {
            parsing.close();
            repaging.close();
        }
    }

    /** Blocks until the server stops (for the {@code serve} command). */
    public void join() {
        fuseki.join();
    }
}

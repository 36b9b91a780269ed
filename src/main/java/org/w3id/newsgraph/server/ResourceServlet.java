package org.w3id.newsgraph.server;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.w3id.newsgraph.rdf.Prefixes;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Linked data: {@code GET /id/...} on the server describes the resource {@code https://w3id.org/newsgraph/id/...}
 * (entities, articles, roles, quotes, statements) — see {@link ResourceDescription} — as Turtle, JSON-LD or an
 * HTML page, by the Accept header ({@code ?format=turtle|jsonld|html} overrides it; HTML when nothing more
 * specific is asked for, as browsers do). In HTML an entity or article gets its profile page
 * ({@link EntityPage}, {@link ArticlePage}, {@code ?page=N} for the next items of long lists), and
 * {@code ?view=triples} the raw description ({@link ResourcePage}), as every other resource does. 404 when the
 * store knows nothing of it.
 */
final class ResourceServlet extends HttpServlet {
    /** The path under which the instance namespace is served. */
    static final String PATH = "/id/";
    private static final Pattern SAFE = Pattern.compile("/[a-z][a-z-]*/[A-Za-z0-9._~-]+");
    private static final String HTML = "text/html";
    /** {@code ?view=triples}: the raw description as an HTML table, instead of the profile page. */
    static final String TRIPLES = "triples";
    private static final String TURTLE = "text/turtle";
    private static final String JSONLD = "application/ld+json";
    private static final AcceptList OFFERS = AcceptList.create(HTML, TURTLE, JSONLD, "application/xhtml+xml");

    private final Supplier<DatasetGraph> data;
    private final Duration timeout;

    ResourceServlet(Supplier<DatasetGraph> data, Duration timeout) {
        this.data = data;
        this.timeout = timeout;
    }

    /** The server path of an IRI in the instance namespace ({@code /id/entity/huawei}), or null for others. */
    static String localPath(String iri) {
        return iri.startsWith(Prefixes.NGID) ? PATH + iri.substring(Prefixes.NGID.length()) : null;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        resp.setHeader("Vary", "Accept");
        String path = req.getPathInfo();
        if (path == null || !SAFE.matcher(path).matches()) {
            Json.error(resp, HttpServletResponse.SC_NOT_FOUND, "not a newsgraph resource: " + PATH.substring(0, 3)
                    + (path == null ? "" : path));
            return;
        }
        String type = choose(req);
        if (type == null) {
            Json.error(resp, HttpServletResponse.SC_NOT_ACCEPTABLE, "available as text/html, text/turtle and "
                    + "application/ld+json (or ?format=html|turtle|jsonld)");
            return;
        }
        Node resource = NodeFactory.createURI(Prefixes.NGID + path.substring(1));
        if (type.equals(HTML) && !TRIPLES.equals(req.getParameter("view")) && profile(req, resp, path, resource)) {
            return;
        }
        Graph g = ResourceDescription.describe(data.get(), resource);
        if (g.isEmpty()) {
            Json.error(resp, HttpServletResponse.SC_NOT_FOUND, "unknown resource " + resource.getURI());
            return;
        }
        resp.setStatus(HttpServletResponse.SC_OK);
        resp.setContentType(type + ";charset=utf-8");
        try (OutputStream out = resp.getOutputStream()) {
            switch (type) {
                case TURTLE -> RDFWriter.source(g).format(RDFFormat.TURTLE_PRETTY).output(out);
                case JSONLD -> RDFWriter.source(g).format(RDFFormat.JSONLD11_PRETTY).output(out);
                default -> out.write(ResourcePage.render(resource, g, req.getContextPath())
                        .getBytes(StandardCharsets.UTF_8));
            }
        }
    }

    /**
     * The profile page of an entity or article ({@link EntityPage}, {@link ArticlePage}); false when
     * {@code resource} is neither, or the store lacks what the page needs, so the raw description follows.
     */
    private boolean profile(HttpServletRequest req, HttpServletResponse resp, String path, Node resource)
            throws IOException {
        boolean entity = path.startsWith("/entity/");
        if (!entity && !path.startsWith("/article/")) {
            return false;
        }
        int page = 1;
        String p = req.getParameter("page");
        if (p != null) {
            try {
                page = Integer.parseInt(p.strip());
            } catch (NumberFormatException e) {
                page = 0;
            }
            if (page < 1) {
                Json.error(resp, HttpServletResponse.SC_BAD_REQUEST, "page must be a whole number from 1, not '"
                        + p + "'");
                return true;
            }
        }
        DatasetGraph dsg = data.get();
        PageQueries queries = new PageQueries(dsg, timeout);
        int pageNo = page;
        Optional<String> html;
        try {
            html = Txn.calculateRead(dsg, () -> entity
                    ? EntityPage.render(queries, resource, pageNo, req.getContextPath())
                    : ArticlePage.render(queries, resource, req.getContextPath()));
        } catch (QueryCancelledException e) {
            Json.error(resp, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "the page took longer than "
                    + timeout.toSeconds() + " s to read (the server's --timeout)");
            return true;
        }
        if (html.isEmpty()) {
            return false;
        }
        byte[] body = html.get().getBytes(StandardCharsets.UTF_8);
        resp.setStatus(HttpServletResponse.SC_OK);
        resp.setContentType(HTML + ";charset=utf-8");
        resp.setContentLength(body.length);
        try (OutputStream out = resp.getOutputStream()) {
            out.write(body);
        }
        return true;
    }

    /** The media type to send, or null when nothing offered is acceptable. */
    static String choose(HttpServletRequest req) {
        String f = req.getParameter("format");
        if (f != null) {
            return switch (f.strip().toLowerCase(java.util.Locale.ROOT)) {
                case "turtle", "ttl" -> TURTLE;
                case "jsonld", "json-ld", "json" -> JSONLD;
                case "html" -> HTML;
                default -> null;
            };
        }
        String accept = req.getHeader("Accept");
        if (accept == null || accept.isBlank()) {
            return HTML;
        }
        MediaType m;
        try {
            m = AcceptList.match(new AcceptList(accept), OFFERS);
        } catch (RuntimeException e) {
            return HTML;
        }
        if (m == null) {
            return null;
        }
        String t = m.getContentTypeStr();
        return t.equals("application/xhtml+xml") ? HTML : t;
    }
}

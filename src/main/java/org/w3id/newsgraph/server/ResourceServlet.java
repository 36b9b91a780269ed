package org.w3id.newsgraph.server;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.w3id.newsgraph.rdf.Prefixes;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Linked data: {@code GET /id/...} on the server describes the resource {@code https://w3id.org/newsgraph/id/...}
 * (entities, articles, roles, quotes, statements) — see {@link ResourceDescription} — as Turtle, JSON-LD or an
 * HTML page, by the Accept header ({@code ?format=turtle|jsonld|html} overrides it; HTML when nothing more
 * specific is asked for, as browsers do). 404 when the store knows nothing of it.
 */
final class ResourceServlet extends HttpServlet {
    /** The path under which the instance namespace is served. */
    static final String PATH = "/id/";
    private static final Pattern SAFE = Pattern.compile("/[a-z][a-z-]*/[A-Za-z0-9._~-]+");
    private static final String HTML = "text/html";
    private static final String TURTLE = "text/turtle";
    private static final String JSONLD = "application/ld+json";
    private static final AcceptList OFFERS = AcceptList.create(HTML, TURTLE, JSONLD, "application/xhtml+xml");

    private final Supplier<DatasetGraph> data;

    ResourceServlet(Supplier<DatasetGraph> data) {
        this.data = data;
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

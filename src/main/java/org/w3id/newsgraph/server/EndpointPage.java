package org.w3id.newsgraph.server;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The SPARQL endpoint's URL opened in a browser: a GET without a {@code query} parameter, asking for HTML (or
 * anything), gets a page that says what the endpoint is, shows a query and a {@code curl} command, and links to
 * the query page. Fuseki answered such a request with 404 "Service Description". Everything else (a query, a
 * POST, a client that asks only for SPARQL results) goes on to Fuseki.
 */
final class EndpointPage extends HttpFilter {
    private static final long serialVersionUID = 1L;
    private static final String HTML = "text/html";
    private static final AcceptList OFFERS = AcceptList.create(HTML, "application/sparql-results+json",
            "application/sparql-results+xml", "text/csv", "text/tab-separated-values");
    private static final String EXAMPLE = "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
            + "PREFIX ng: <https://w3id.org/newsgraph/ontology#>\n"
            + "SELECT ?name WHERE { ?person a ng:Person ; rdfs:label ?name } ORDER BY ?name LIMIT 10";

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse resp, FilterChain chain)
            throws IOException, ServletException {
        if (!req.getMethod().equals("GET") || req.getParameter("query") != null || !wantsHtml(req)) {
            chain.doFilter(req, resp);
            return;
        }
        String url = req.getRequestURL().toString();
        PageHtml page = new PageHtml("SPARQL endpoint", req.getContextPath());
        page.markup("<h1>SPARQL endpoint</h1>\n<p>").text(url).markup(" answers SPARQL 1.1 queries over every "
                        + "article in the store: the default graph is the union of the article graphs (one named "
                        + "graph per article). Send a query as the <code>query</code> parameter of a GET, or as the "
                        + "body of a POST with <code>Content-Type: application/sparql-query</code>; results come as "
                        + "JSON, XML, CSV or TSV by the <code>Accept</code> header.</p>\n<p>To write and run "
                        + "queries in the browser, open the ")
                .markup(page.link("/", "query page")).markup(", which also lists the prepared queries.</p>\n")
                .markup("<h2>Example</h2>\n<pre>").text(EXAMPLE).markup("</pre>\n<pre>")
                .text("curl -G " + url + " -H 'Accept: text/csv' --data-urlencode 'query=" + EXAMPLE + "'")
                .markup("</pre>\n");
        byte[] body = page.finish().getBytes(StandardCharsets.UTF_8);
        resp.setStatus(HttpServletResponse.SC_OK);
        resp.setContentType("text/html;charset=utf-8");
        resp.setContentLength(body.length);
        try (OutputStream out = resp.getOutputStream()) {
            out.write(body);
        }
    }

    /** No Accept header, or one whose best match among HTML and the result formats is HTML. */
    private static boolean wantsHtml(HttpServletRequest req) {
        String accept = req.getHeader("Accept");
        if (accept == null || accept.isBlank()) {
            return true;
        }
        try {
            MediaType m = AcceptList.match(new AcceptList(accept), OFFERS);
            return m != null && m.getContentTypeStr().equals(HTML);
        } catch (RuntimeException e) {
            return false;
        }
    }
}

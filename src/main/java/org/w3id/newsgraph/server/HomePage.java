package org.w3id.newsgraph.server;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

import org.w3id.newsgraph.query.Param;
import org.w3id.newsgraph.query.PreparedQuery;
import org.w3id.newsgraph.query.QueryCatalog;
import org.w3id.newsgraph.rdf.Prefixes;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The page at {@code /}: YASGUI (served from its WebJar on the class path) pointed at the SPARQL endpoint, and
 * the prepared queries as buttons that open their text in a new YASGUI tab (the texts come from
 * {@code GET /newsgraph/queries}). Queries with parameters also get a small form that runs them through the
 * queries API and shows the rows as a table on the page. The page's script ({@code query-page/query.js})
 * configures YASGUI so that nothing is fetched from another machine: prefix completion from the project's own
 * prefixes (written into the page), no vocabulary look-ups. Titles and descriptions are escaped like any data.
 */
final class HomePage extends HttpServlet {
    /** Where YASGUI's files are served, under {@code /webjars/}. */
    static final String YASGUI = "/webjars/zazuko__yasgui/4.5.0/build/";
    /** Where the page's own script and style sheet are served (class-path folder {@code query-page}). */
    static final String ASSETS = "/query-page/";

    private final QueryCatalog catalog;
    private final String sparqlPath;
    private final String queriesPath;

    HomePage(QueryCatalog catalog, String sparqlPath, String queriesPath) {
        this.catalog = catalog;
        this.sparqlPath = sparqlPath;
        this.queriesPath = queriesPath;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getRequestURI().substring(req.getContextPath().length());
        if (!path.isEmpty() && !path.equals("/")) {
            Json.error(resp, HttpServletResponse.SC_NOT_FOUND, "not found: " + path);
            return;
        }
        byte[] page = render(req.getContextPath()).getBytes(StandardCharsets.UTF_8);
        resp.setStatus(HttpServletResponse.SC_OK);
        resp.setContentType("text/html;charset=utf-8");
        resp.setContentLength(page.length);
        try (OutputStream out = resp.getOutputStream()) {
            out.write(page);
        }
    }

    String render(String ctx) {
        String e = Html.escape(ctx);
        StringBuilder b = new StringBuilder(8192);
        b.append("<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>newsgraph — SPARQL</title>\n")
                .append("<link rel=\"stylesheet\" href=\"").append(e).append(YASGUI).append("yasgui.min.css\">\n")
                .append("<link rel=\"stylesheet\" href=\"").append(e).append(ASSETS).append("query.css\">\n")
                .append("<script src=\"").append(e).append(YASGUI).append("yasgui.min.js\"></script>\n")
                .append("</head>\n<body data-endpoint=\"").append(e).append(Html.escape(sparqlPath))
                .append("\" data-queries=\"").append(e).append(Html.escape(queriesPath)).append("\">\n")
                .append("<header><h1>newsgraph</h1>")
                .append("SPARQL endpoint <code>").append(Html.escape(sparqlPath)).append("</code> · ")
                .append("<a href=\"").append(e).append(Html.escape(queriesPath)).append("\">prepared queries (JSON)</a> · ")
                .append("<a href=\"").append(e).append("/view/\">graph view</a> · ")
                .append("<a href=\"").append(e).append("/$/stats\">statistics</a></header>\n")
                .append("<div class=\"layout\"><aside><h2>Prepared queries</h2>\n<ul id=\"queries\">\n");
        for (PreparedQuery q : catalog.list()) {
            String name = Html.escape(q.name());
            b.append("<li><button type=\"button\" data-query=\"").append(name).append("\" title=\"")
                    .append(Html.escape(q.description())).append("\">").append(Html.escape(q.title()))
                    .append("</button>");
            if (!q.params().isEmpty()) {
                b.append("<form method=\"get\" action=\"").append(e).append(Html.escape(queriesPath)).append('/')
                        .append(name).append("\" data-title=\"").append(Html.escape(q.title())).append("\">");
                for (Param p : q.params()) {
                    // the name stays visible once the box holds a value (limit 1000, offset 0), where a placeholder
                    // no longer shows which box is which
                    b.append("<label><span class=\"param\">").append(Html.escape(p.name())).append("</span>");
                    b.append("<input name=\"").append(Html.escape(p.name())).append("\" placeholder=\"")
                            .append(Html.escape(p.name())).append("\" title=\"").append(Html.escape(p.description()))
                            .append("\" value=\"").append(Html.escape(p.defaultValue().orElse(""))).append("\"")
                            .append(p.required() ? " required" : "").append("></label>");
                }
                b.append("<input type=\"hidden\" name=\"format\" value=\"json\"><button>run</button></form>");
            }
            b.append("</li>\n");
        }
        b.append("</ul></aside>\n<main><section id=\"prepared-result\" hidden></section>")
                .append("<div id=\"yasgui\"></div></main></div>\n")
                .append("<script type=\"application/json\" id=\"prefixes\">")
                .append(prefixesJson()).append("</script>\n")
                .append("<script src=\"").append(e).append(ASSETS).append("query.js\"></script>\n</body></html>\n");
        return b.toString();
    }

    /** The project's prefixes as prefix.cc's JSON ({@code {"ng": "https://..."}}), for YASGUI's completion. */
    static String prefixesJson() {
        StringBuilder b = new StringBuilder("{");
        Prefixes.MAPPING.getNsPrefixMap().forEach((prefix, iri) -> {
            if (b.length() > 1) {
                b.append(',');
            }
            b.append(jsString(prefix)).append(':').append(jsString(iri));
        });
        return b.append('}').toString();
    }

    /** A JavaScript string literal safe inside a script element. */
    static String jsString(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\' || c == '<' || c == '>' || c == '&' || c < 0x20 || c == '\u2028' || c == '\u2029') {
                b.append(String.format("\\u%04x", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.append('"').toString();
    }
}

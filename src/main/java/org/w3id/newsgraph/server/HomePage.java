package org.w3id.newsgraph.server;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

import org.w3id.newsgraph.query.Param;
import org.w3id.newsgraph.query.PreparedQuery;
import org.w3id.newsgraph.query.QueryCatalog;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The page at {@code /}: YASGUI (served from its WebJar on the class path, nothing from the internet) pointed at
 * the SPARQL endpoint, and the prepared queries as buttons that open their text in a new YASGUI tab (the texts
 * come from {@code GET /newsgraph/queries}). Queries with parameters also get a small form that runs them
 * through the queries API. Titles and descriptions are escaped like any data.
 */
final class HomePage extends HttpServlet {
    /** Where YASGUI's files are served, under {@code /webjars/}. */
    static final String YASGUI = "/webjars/zazuko__yasgui/4.5.0/build/";

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
                .append("<script src=\"").append(e).append(YASGUI).append("yasgui.min.js\"></script>\n")
                .append("<style>body{font-family:system-ui,sans-serif;margin:0}header{padding:.5em 1em;")
                .append("background:#f4f4f4;border-bottom:1px solid #ddd}header h1{display:inline;font-size:1.3em;")
                .append("margin-right:1em}.layout{display:flex}aside{width:17em;padding:0 1em;flex:none}")
                .append("aside li{margin:.4em 0}aside button{cursor:pointer}aside form{font-size:90%;margin:.2em 0}")
                .append("main{flex:auto;min-width:0}</style>\n</head>\n<body>\n<header><h1>newsgraph</h1>")
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
                        .append(name).append("\">");
                for (Param p : q.params()) {
                    b.append("<input name=\"").append(Html.escape(p.name())).append("\" placeholder=\"")
                            .append(Html.escape(p.name())).append("\" title=\"").append(Html.escape(p.description()))
                            .append("\" value=\"").append(Html.escape(p.defaultValue().orElse(""))).append("\"")
                            .append(p.required() ? " required" : "").append(">");
                }
                b.append("<input type=\"hidden\" name=\"format\" value=\"json\"><button>run</button></form>");
            }
            b.append("</li>\n");
        }
        b.append("</ul></aside>\n<main><div id=\"yasgui\"></div></main></div>\n<script>\n")
                .append("const endpoint = new URL(").append(jsString(ctx + sparqlPath)).append(", location.href).href;\n")
                .append("const yasgui = new Yasgui(document.getElementById('yasgui'), {\n")
                .append("  requestConfig: { endpoint: endpoint }, copyEndpointOnNewTab: false });\n")
                .append("fetch(").append(jsString(ctx + queriesPath)).append(").then(r => r.json()).then(list => {\n")
                .append("  const byName = new Map(list.map(q => [q.name, q]));\n")
                .append("  document.querySelectorAll('#queries button[data-query]').forEach(b => {\n")
                .append("    b.addEventListener('click', () => {\n")
                .append("      const q = byName.get(b.dataset.query);\n")
                .append("      if (q) yasgui.addTab(true, { name: q.title, yasqe: { value: q.query },\n")
                .append("        requestConfig: { endpoint: endpoint } });\n")
                .append("    });\n  });\n});\n</script>\n</body></html>\n");
        return b.toString();
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

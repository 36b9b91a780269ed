package org.w3id.newsgraph.server;

import org.apache.jena.graph.Node;

/**
 * One HTML page of the server, written top to bottom: the head with its style sheet, a navigation line, then
 * whatever the page adds, and the end. Data goes in through {@link #text}, {@link #link} and
 * {@link #resource}, which escape it ({@link Html#escape}); {@link #markup} is for the page's own fixed markup
 * only. The pages need no script to be read.
 */
final class PageHtml {
    private static final String STYLE = "body{font-family:system-ui,sans-serif;margin:0 auto;padding:1em 1.5em;"
            + "max-width:72em;line-height:1.45;color:#222}nav{font-size:90%;margin-bottom:1em;color:#555}"
            + "nav a{margin-right:1em}h1{margin:.2em 0}h2{margin-top:1.6em;border-bottom:1px solid #ddd}"
            + "h3{margin:1em 0 .3em;font-size:1.05em}ul.items{list-style:none;padding:0}ul.items>li{margin:.6em 0;"
            + "padding:.4em .7em;border-left:3px solid #ccd}.meta{color:#555;font-size:90%}"
            + ".evidence{color:#444;font-style:italic}.badge{display:inline-block;background:#eef;border-radius:.3em;"
            + "padding:0 .4em;margin-right:.3em;font-size:90%}.iri{color:#666;font-size:85%;word-break:break-all}"
            + ".stance-critical{color:#a00}.stance-supportive{color:#060}.pager{margin:1.5em 0}"
            + ".pager a{margin-right:1em}pre{background:#f6f6f6;padding:.6em;overflow-x:auto}"
            + "table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.3em .6em;text-align:left;"
            + "vertical-align:top}th{background:#f4f4f4;font-weight:normal}";

    private final StringBuilder b = new StringBuilder(16384);
    private final String contextPath;

    /** A page titled {@code title} (data, escaped), its links relative to the server's {@code contextPath}. */
    PageHtml(String title, String contextPath) {
        this.contextPath = contextPath;
        b.append("<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<title>").append(Html.escape(title)).append(" — newsgraph</title><style>").append(STYLE)
                .append("</style></head>\n<body>\n<nav>").append(link("/", "newsgraph"))
                .append(link("/", "query page")).append(link("/view/", "graph view")).append("</nav>\n");
    }

    /** The page's own markup, never data. */
    PageHtml markup(String html) {
        b.append(html);
        return this;
    }

    /** Data as text. */
    PageHtml text(String s) {
        b.append(Html.escape(s));
        return this;
    }

    /** {@code <tag class="cls">text</tag>}, the text escaped; no class attribute when {@code cls} is null. */
    PageHtml element(String tag, String cls, String text) {
        b.append('<').append(tag);
        if (cls != null) {
            b.append(" class=\"").append(cls).append('"');
        }
        b.append('>').append(Html.escape(text)).append("</").append(tag).append(">\n");
        return this;
    }

    /** A link to a path on this server ({@code /id/...}) or an absolute URL, both escaped. */
    String link(String pathOrUrl, String text) {
        String href = pathOrUrl.startsWith("/") ? contextPath + pathOrUrl : pathOrUrl;
        return "<a href=\"" + Html.escape(href) + "\">" + Html.escape(text) + "</a>";
    }

    /** A link to a resource's page on this server when it is one of ours, else to the IRI itself. */
    String resource(Node iri, String text) {
        if (iri == null || !iri.isURI()) {
            return Html.escape(text);
        }
        String local = ResourceServlet.localPath(iri.getURI());
        return link(local != null ? local : iri.getURI(), text);
    }

    /** Links to the same resource as raw triples, Turtle and JSON-LD. */
    PageHtml otherForms() {
        return markup("<p class=\"meta\">").markup(link("?view=triples", "raw triples")).text(" · ")
                .markup(link("?format=turtle", "Turtle")).text(" · ").markup(link("?format=jsonld", "JSON-LD"))
                .markup("</p>\n");
    }

    /** The finished page. */
    String finish() {
        return b.append("</body></html>\n").toString();
    }
}

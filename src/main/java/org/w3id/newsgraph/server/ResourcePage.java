package org.w3id.newsgraph.server;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDFS;
import org.w3id.newsgraph.rdf.Prefixes;

/**
 * The HTML page of a resource description: its label, its own statements, what points at it, then each
 * statement about it (role, quote, relation) with its evidence. Every piece of data is escaped with
 * {@link Html#escape}: names, quotes and article text always show as text, never as markup.
 */
final class ResourcePage {
    private static final Node LABEL = RDFS.label.asNode();
    private static final Comparator<Triple> ORDER = Comparator.comparing((Triple t) -> t.getPredicate().toString())
            .thenComparing(t -> t.getObject().toString());

    private final Graph g;
    private final String contextPath;

    private ResourcePage(Graph g, String contextPath) {
        this.g = g;
        this.contextPath = contextPath;
    }

    /** The page for {@code resource} described by {@code g}. */
    static String render(Node resource, Graph g, String contextPath) {
        return new ResourcePage(g, contextPath).page(resource);
    }

    private String page(Node r) {
        String title = label(r).orElse(r.getURI());
        StringBuilder b = new StringBuilder(8192);
        b.append("<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<title>").append(Html.escape(title)).append(" — newsgraph</title>")
                .append("<style>body{font-family:system-ui,sans-serif;margin:1.5em;max-width:70em}")
                .append("table{border-collapse:collapse;margin-bottom:1.5em}td,th{border:1px solid #ccc;")
                .append("padding:.3em .6em;vertical-align:top;text-align:left}th{background:#f4f4f4;")
                .append("font-weight:normal;white-space:nowrap}.iri{color:#555;font-size:90%}</style></head>\n<body>")
                .append("<p><a href=\"").append(Html.escape(contextPath + "/")).append("\">newsgraph</a></p>\n")
                .append("<h1>").append(Html.escape(title)).append("</h1>\n")
                .append("<p class=\"iri\">").append(Html.escape(r.getURI())).append("</p>\n")
                .append("<p>Also as <a href=\"?format=turtle\">Turtle</a> and <a href=\"?format=jsonld\">JSON-LD</a>")
                .append(profile(r) ? ", or as a <a href=\"?format=html\">profile page</a>" : "").append(".</p>\n");
        table(b, "Statements", g.find(r, Node.ANY, Node.ANY).toList(), false);
        List<Triple> incoming = new ArrayList<>(g.find(Node.ANY, Node.ANY, r).toList());
        table(b, "Referred to by", incoming, true);
        Set<Node> others = new LinkedHashSet<>();
        g.find().forEachRemaining(t -> {
            Node s = t.getSubject();
            if (!s.equals(r) && !t.getPredicate().equals(LABEL)) {
                others.add(s);
            }
        });
        others.stream().sorted(Comparator.comparing(Node::toString)).forEach(s -> {
            b.append("<h3>").append(link(s)).append("</h3>\n");
            table(b, null, g.find(s, Node.ANY, Node.ANY).toList(), false);
        });
        b.append("</body></html>\n");
        return b.toString();
    }

    /** Entities and articles have a profile page besides these triples. */
    private static boolean profile(Node r) {
        String local = ResourceServlet.localPath(r.getURI());
        return local != null && (local.startsWith("/id/entity/") || local.startsWith("/id/article/"));
    }

    private void table(StringBuilder b, String heading, List<Triple> triples, boolean bySubject) {
        if (triples.isEmpty()) {
            return;
        }
        if (heading != null) {
            b.append("<h2>").append(Html.escape(heading)).append("</h2>\n");
        }
        b.append("<table>\n");
        triples.stream().sorted(ORDER).forEach(t -> b.append("<tr><th>").append(Html.escape(shortName(t.getPredicate())))
                .append("</th><td>").append(value(bySubject ? t.getSubject() : t.getObject())).append("</td></tr>\n"));
        b.append("</table>\n");
    }

    private String value(Node n) {
        if (n.isLiteral()) {
            String lang = n.getLiteralLanguage();
            return Html.escape(n.getLiteralLexicalForm()) + (lang.isEmpty() ? "" : " <small>@" + Html.escape(lang)
                    + "</small>");
        }
        return link(n);
    }

    private String link(Node n) {
        if (!n.isURI()) {
            return Html.escape(n.toString());
        }
        String text = label(n).orElse(shortName(n));
        String local = ResourceServlet.localPath(n.getURI());
        String href = local != null ? contextPath + local : n.getURI();
        return "<a href=\"" + Html.escape(href) + "\">" + Html.escape(text) + "</a>";
    }

    private Optional<String> label(Node n) {
        return g.find(n, LABEL, Node.ANY).toList().stream().map(t -> t.getObject())
                .filter(Node::isLiteral).map(Node::getLiteralLexicalForm).sorted().findFirst();
    }

    private static String shortName(Node n) {
        if (!n.isURI()) {
            return n.toString();
        }
        String s = Prefixes.MAPPING.shortForm(n.getURI());
        return s;
    }
}

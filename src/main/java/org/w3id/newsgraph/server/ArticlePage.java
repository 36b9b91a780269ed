package org.w3id.newsgraph.server;

import static org.w3id.newsgraph.server.PageQueries.text;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.jena.graph.Node;

/**
 * An article's page: its lead sentence as the heading (articles carry no headline of their own in the store;
 * the first sentence of running text stands for it), date, source file and hash; the entities it names, most
 * named first; its quotes in text order with speakers and stances; the posts and the relations it states, each
 * with its sentence. One article's lists are bounded by its text, so they are not paged.
 */
final class ArticlePage {
    private static final int HEADING = 160;

    private ArticlePage() {
    }

    /** The page, or empty when {@code article} is not a stored article. */
    static Optional<String> render(PageQueries queries, Node article, String contextPath) {
        List<Map<String, Node>> head = queries.rows("article-head", "article", article);
        if (head.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Node> h = head.get(0);
        String source = text(h, "source");
        String lead = text(h, "lead").strip();
        String title = lead.isEmpty() ? (source.isEmpty() ? PageItems.lastSegment(article) : source)
                : lead.length() > HEADING ? lead.substring(0, HEADING).strip() + "…" : lead;
        PageHtml page = new PageHtml(title, contextPath);
        PageItems items = new PageItems(page);
        page.element("h1", null, title);
        page.markup("<table class=\"facts\">\n");
        row(page, "Source file", source);
        row(page, "Published", text(h, "date").isEmpty() ? "date not shown on the page" : text(h, "date"));
        row(page, "SHA-256", text(h, "sha256"));
        page.markup("</table>\n");
        page.element("p", "iri", article.getURI());
        page.otherForms();

        List<Map<String, Node>> entities = queries.rows("article-entities", "article", article);
        if (!entities.isEmpty()) {
            page.element("h2", null, "Entities").markup("<ul class=\"items\">\n");
            for (Map<String, Node> e : entities) {
                page.markup("<li class=\"entity\">").markup(items.entity(e.get("entity"), text(e, "label")));
                page.element("span", "meta", " " + text(e, "types") + " · named "
                        + PageItems.times(text(e, "mentions")));
                page.markup("</li>\n");
            }
            page.markup("</ul>\n");
        }
        List<Map<String, Node>> quotes = queries.rows("article-quotes", "article", article);
        if (!quotes.isEmpty()) {
            List<Map<String, Node>> stances = queries.rowsFor("quote-stances", "quote",
                    quotes.stream().map(r -> r.get("quote")).toList());
            page.element("h2", null, "Quotes").markup("<ul class=\"items\">\n");
            quotes.forEach(q -> items.quote(q, true, stances));
            page.markup("</ul>\n");
        }
        List<Map<String, Node>> roles = queries.rows("article-roles", "article", article);
        if (!roles.isEmpty()) {
            page.element("h2", null, "Posts").markup("<ul class=\"items\">\n");
            roles.forEach(r -> items.role(r, null));
            page.markup("</ul>\n");
        }
        List<Map<String, Node>> relations = queries.rows("article-relations", "article", article);
        if (!relations.isEmpty()) {
            page.element("h2", null, "Relations");
            EntityPage.grouped(page, items, relations);
        }
        return Optional.of(page.finish());
    }

    private static void row(PageHtml page, String name, String value) {
        if (!value.isEmpty()) {
            page.markup("<tr><th>").text(name).markup("</th><td>").text(value).markup("</td></tr>\n");
        }
    }
}

package org.w3id.newsgraph.server;

import static org.w3id.newsgraph.server.PageQueries.text;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Consumer;

import org.apache.jena.graph.Node;

/**
 * An entity's page, read like a profile: name, classes, aliases and Wikidata identity; the posts it holds (or
 * that are held in it); what it said and what others said about it, with the stances read from those quotes;
 * its relations grouped by kind, each with its sentence and article; the articles that name it, newest first.
 * Each list shows {@link #PAGE_SIZE} items of page {@code page}; links lead to the next and previous pages, to
 * the raw triples and to Turtle and JSON-LD.
 */
final class EntityPage {
    /** Items per list and page. */
    static final int PAGE_SIZE = 50;
    private static final String WIKIDATA = "http://www.wikidata.org/entity/";

    private final PageQueries queries;
    private final Node entity;
    private final long offset;
    private boolean more;

    private EntityPage(PageQueries queries, Node entity, int page) {
        this.queries = queries;
        this.entity = entity;
        this.offset = (long) (page - 1) * PAGE_SIZE;
    }

    /** The page, or empty when the store has no name, class or alias for {@code entity}. */
    static Optional<String> render(PageQueries queries, Node entity, int page, String contextPath) {
        return new EntityPage(queries, entity, page).render(page, contextPath);
    }

    private Optional<String> render(int pageNo, String contextPath) {
        List<Map<String, Node>> head = queries.rows("entity-head", "entity", entity);
        if (head.isEmpty()) {
            return Optional.empty();
        }
        TreeSet<String> labels = values(head, "label");
        String name = labels.isEmpty() ? PageItems.lastSegment(entity) : labels.first();
        PageHtml page = new PageHtml(name, contextPath);
        PageItems items = new PageItems(page);
        page.element("h1", null, name);
        page.markup("<p class=\"types\">");
        values(head, "typeLabel").forEach(t -> page.element("span", "badge", t));
        page.markup("</p>\n");
        TreeSet<String> aliases = values(head, "alias");
        labels.stream().skip(1).forEach(aliases::add);
        if (!aliases.isEmpty()) {
            page.element("p", "aliases", "Also called: " + String.join(", ", aliases));
        }
        for (String same : values(head, "sameAs")) {
            if (same.startsWith(WIKIDATA)) {
                String q = same.substring(WIKIDATA.length());
                page.markup("<p>").markup(page.link("https://www.wikidata.org/wiki/" + q, "Wikidata " + q))
                        .markup("</p>\n");
            }
        }
        page.element("p", "iri", entity.getURI());
        page.otherForms();

        section(page, "Posts", "entity-roles", row -> items.role(row, entity));
        quotes(page, items, "What " + name + " said", "entity-said", false);
        quotes(page, items, "What others said about " + name, "entity-said-about", true);
        relations(page, items);
        section(page, "Articles that name " + name, "entity-articles", items::article);
        pager(page, pageNo);
        return Optional.of(page.finish());
    }

    /** A heading and a list of this page's rows of {@code query}; nothing when there are none. */
    private void section(PageHtml page, String heading, String query, Consumer<Map<String, Node>> item) {
        List<Map<String, Node>> rows = pageOf(query);
        if (rows.isEmpty()) {
            return;
        }
        page.element("h2", null, heading).markup("<ul class=\"items\">\n");
        rows.forEach(item);
        page.markup("</ul>\n");
    }

    private void quotes(PageHtml page, PageItems items, String heading, String query, boolean showSpeaker) {
        List<Map<String, Node>> rows = pageOf(query);
        if (rows.isEmpty()) {
            return;
        }
        List<Map<String, Node>> stances = queries.rowsFor("quote-stances", "quote",
                rows.stream().map(r -> r.get("quote")).toList());
        page.element("h2", null, heading).markup("<ul class=\"items\">\n");
        rows.forEach(r -> items.quote(r, showSpeaker, stances));
        page.markup("</ul>\n");
    }

    private void relations(PageHtml page, PageItems items) {
        List<Map<String, Node>> rows = pageOf("entity-relations");
        if (!rows.isEmpty()) {
            page.element("h2", null, "Relations");
            grouped(page, items, rows);
        }
    }

    /** Relations under one heading per kind (the rows come ordered by it). */
    static void grouped(PageHtml page, PageItems items, List<Map<String, Node>> rows) {
        String current = null;
        for (Map<String, Node> row : rows) {
            String kind = text(row, "propertyLabel");
            if (!kind.equals(current)) {
                if (current != null) {
                    page.markup("</ul>\n");
                }
                page.element("h3", null, kind).markup("<ul class=\"items\">\n");
                current = kind;
            }
            items.relation(row);
        }
        page.markup("</ul>\n");
    }

    /** This page's rows of a list; one more is asked for to know whether a next page exists. */
    private List<Map<String, Node>> pageOf(String query) {
        List<Map<String, Node>> rows = queries.rows(query, "entity", entity, offset, PAGE_SIZE + 1);
        if (rows.size() > PAGE_SIZE) {
            more = true;
            return rows.subList(0, PAGE_SIZE);
        }
        return rows;
    }

    private void pager(PageHtml page, int pageNo) {
        if (pageNo == 1 && !more) {
            return;
        }
        page.markup("<p class=\"pager\">").text("Page " + pageNo + " (" + PAGE_SIZE + " items per list) ");
        if (pageNo > 1) {
            page.markup(page.link("?page=" + (pageNo - 1), "previous page"));
        }
        if (more) {
            page.markup(page.link("?page=" + (pageNo + 1), "next page"));
        }
        page.markup("</p>\n");
    }

    private static TreeSet<String> values(List<Map<String, Node>> rows, String var) {
        TreeSet<String> out = new TreeSet<>();
        rows.stream().map(r -> text(r, var)).filter(s -> !s.isEmpty()).forEach(out::add);
        return out;
    }
}

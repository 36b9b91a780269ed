package org.w3id.newsgraph.server;

import static org.w3id.newsgraph.server.PageQueries.text;

import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Node;

/**
 * The items the entity and article pages share, each one list entry: a post, a quote with its stances, a
 * relation, an article, and the evidence sentence and article under each. Rows come from the queries under
 * {@code pages/} ({@link PageQueries}); names missing from the store show as the IRI's last segment.
 */
final class PageItems {
    private final PageHtml page;

    PageItems(PageHtml page) {
        this.page = page;
    }

    /** A post: "Title — Organisation" on an entity's own page, "Person, Title" on the organisation's. */
    void role(Map<String, Node> row, Node self) {
        page.markup("<li class=\"role\">");
        Node person = row.get("person");
        String title = text(row, "title");
        if (person != null && !person.equals(self)) {
            page.markup(entity(person, text(row, "personLabel"))).text(title.isEmpty() ? "" : ", " + title);
        } else {
            page.element("strong", null, title.isEmpty() ? "post" : title);
        }
        Node org = row.get("org");
        if (org != null && !org.equals(self)) {
            page.text(" — ").markup(entity(org, text(row, "orgLabel")));
        }
        source(row, "sentence");
        page.markup("</li>\n");
    }

    /** A quote, its speaker unless {@code showSpeaker} is false, its stances, and where it is from. */
    void quote(Map<String, Node> row, boolean showSpeaker, List<Map<String, Node>> stances) {
        page.markup("<li class=\"quote\"><q>").text(text(row, "text")).markup("</q>");
        if (showSpeaker) {
            Node speaker = row.get("speaker");
            page.markup(" <span class=\"speaker\">— ")
                    .markup(speaker == null ? "unattributed" : entity(speaker, text(row, "speakerLabel")))
                    .markup("</span>");
        }
        Node quote = row.get("quote");
        for (Map<String, Node> s : stances) {
            if (quote.equals(s.get("quote"))) {
                String polarity = text(s, "polarityLabel");
                page.markup(" <span class=\"badge stance-").text(polarity).markup("\">").text(polarity + " of ")
                        .markup(entity(s.get("target"), text(s, "targetLabel"))).markup("</span>");
            }
        }
        source(row, null);
        page.markup("</li>\n");
    }

    /** A relation: "Subject property Object", its sentence and article. */
    void relation(Map<String, Node> row) {
        page.markup("<li class=\"relation\">").markup(entity(row.get("subject"), text(row, "subjectLabel")))
                .text(" " + text(row, "propertyLabel") + " ")
                .markup(entity(row.get("object"), text(row, "objectLabel")));
        source(row, "sentence");
        page.markup("</li>\n");
    }

    /** An article: its source file as the link, its date and how often it names the entity. */
    void article(Map<String, Node> row) {
        page.markup("<li class=\"article\">").markup(articleLink(row));
        String date = text(row, "date");
        String mentions = text(row, "mentions");
        page.element("span", "meta", (date.isEmpty() ? "" : " · " + date)
                + (mentions.isEmpty() || mentions.equals("0") ? "" : " · named " + PageItems.times(mentions)));
        page.markup("</li>\n");
    }

    /** The evidence sentence ({@code sentenceVar}, when given and bound) and the article of an item. */
    private void source(Map<String, Node> row, String sentenceVar) {
        String sentence = sentenceVar == null ? "" : text(row, sentenceVar);
        if (!sentence.isEmpty()) {
            // a sentence that opens with a quotation keeps its own marks, not a second pair around them
            page.element("div", "evidence", sentence.startsWith("“") || sentence.startsWith("\"") ? sentence
                    : "“" + sentence + "”");
        }
        if (row.containsKey("article")) {
            String date = text(row, "date");
            page.markup("<div class=\"meta\">").markup(articleLink(row)).text(date.isEmpty() ? "" : " · " + date)
                    .markup("</div>");
        }
    }

    private String articleLink(Map<String, Node> row) {
        Node article = row.get("article");
        String source = text(row, "source");
        return page.resource(article, source.isEmpty() ? lastSegment(article) : source);
    }

    /** A link to an entity's page, its label or else its key. */
    String entity(Node iri, String label) {
        return page.resource(iri, label.isEmpty() ? lastSegment(iri) : label);
    }

    /** "once", "2 times". */
    static String times(String count) {
        return count.equals("1") ? "once" : count + " times";
    }

    static String lastSegment(Node n) {
        if (n == null) {
            return "";
        }
        String s = n.isURI() ? n.getURI() : n.toString();
        return s.substring(s.lastIndexOf('/') + 1);
    }
}

package org.w3id.newsgraph.store;

import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;

/**
 * One change to one article, staged before its write transaction opens: its triples copied and checked
 * ({@link NewsStore#copyChecked}), so the transaction that applies it cannot fail on the data.
 *
 * @param article the article graph to replace, or null for a retire-only change (a file whose text is stored under
 *                another input: only its old versions go)
 * @param triples the new content of {@code article}; empty for a retire-only change
 * @param source  the input's {@code dcterms:source}: the other articles of this source are old versions and go
 *                (null: no versions to retire, as for {@link NewsStore#replaceArticle})
 */
public record ArticleWrite(Node article, List<Triple> triples, String source) {
    public ArticleWrite {
        triples = List.copyOf(triples);
        if (article != null) {
            NewsStore.requireGraphName(article);
            if (article.equals(NewsStore.ONTOLOGY_GRAPH)) {
                throw new IllegalArgumentException("an article cannot use the ontology graph name " + article);
            }
        }
    }

    /** Stores {@code g} as the article's graph, retiring the other versions of {@code source} (when not null). */
    public static ArticleWrite store(Node article, Graph g, String source) {
        NewsStore.requireGraphName(article);
        return new ArticleWrite(article, NewsStore.copyChecked(g), source);
    }

    /** Retires the versions of {@code source} and stores nothing. */
    public static ArticleWrite retire(String source) {
        return new ArticleWrite(null, List.of(), source);
    }
}

package org.w3id.newsgraph.store;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.w3id.newsgraph.rdf.NG;

/**
 * The page each news article stands on when the articles are ordered by their source, kept in the entity summary
 * ({@code A ng:articlePage 3}), so that the lists ordered by article first (quotes, roles, relations, events,
 * amounts, statements) read only the articles of the rows a request returns instead of every row of the store.
 * The order is the queries' own: the source's text ({@code STR(?source)}), compared as Java compares strings,
 * which is how ARQ orders plain literals; then the article IRI. A page holds {@link #SIZE} articles, from 0.
 *
 * <p>A page holds a varying number of each list's rows, so the runner counts them per page for the request at
 * hand ({@code query/Paging}); no count is stored, so none can go stale. Refreshed with the entity pages
 * ({@link ListPages#refresh}), under the same {@code ng:listsPaged} mark.
 */
final class ArticlePages {
    /** Articles per page. */
    static final int SIZE = 1000;

    private record Row(Node article, String source) {}

    private static final Comparator<Row> ORDER = Comparator.comparing(Row::source)
            .thenComparing(r -> r.article().getURI());

    private ArticlePages() {}

    /** Recomputes every article's page and writes the ones that changed (write transaction). */
    static void refresh(DatasetGraph d) {
        List<Row> rows = articles(d);
        rows.sort(ORDER);
        Map<Node, Long> pages = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            pages.put(rows.get(i).article(), (long) (i / SIZE));
        }
        ListPages.write(d, NG.articlePage, pages);
    }

    /**
     * Takes the page of a deleted article out of the summary in the deleting transaction: a page left behind would
     * keep describing an article that is gone (its page answers 200) until the next repaging (write transaction).
     */
    static void forget(DatasetGraph d, Node article) {
        d.deleteAny(EntitySummary.G, article, NG.articlePage, Node.ANY);
    }

    /** Every news article of the article graphs with its source: two index ranges, not one look-up per article. */
    private static List<Row> articles(DatasetGraph d) {
        Set<List<Node>> typed = new HashSet<>(); // (graph, article) of every ng:NewsArticle
        Iter.forEach(d.find(Node.ANY, Node.ANY, RDF.Nodes.type, NG.NewsArticle),
                q -> typed.add(List.of(q.getGraph(), q.getSubject())));
        Map<Node, Row> out = new HashMap<>();
        Iterator<Quad> it = d.find(Node.ANY, Node.ANY, DCTerms.source.asNode(), Node.ANY);
        try {
            while (it.hasNext()) {
                Quad q = it.next();
                Node a = q.getSubject();
                if (a.isURI() && !q.getGraph().equals(EntitySummary.G) && typed.contains(List.of(q.getGraph(), a))) {
                    Node s = q.getObject();
                    out.putIfAbsent(a, new Row(a, s.isLiteral() ? s.getLiteralLexicalForm() : s.toString()));
                }
            }
        } finally {
            Iter.close(it);
        }
        return new ArrayList<>(out.values());
    }
}

package org.w3id.newsgraph.store;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.w3id.newsgraph.rdf.NG;

/**
 * The pages of the co-mention list: the {@link #PAGES} × 1,000 pairs of entities shared by the most articles, in
 * the order of the {@code co-mentions} query (articles, most first; then the two names; then the pair's IRI).
 * Pairs that share one article are most of an archive's pairs and tell little, so the list stops there instead
 * of sorting millions of them on every request.
 *
 * <p>The pairs are found by their weight, from the number of articles (which no pair can exceed) down, with one
 * index lookup per weight ({@code ng:articleCount} is indexed by value), until the list is full and its last
 * weight read whole: the cost grows with the top of the list and the archive's articles, not with its pairs.
 */
final class CoMentionPages {
    /** Pages of {@link ListPages#SIZE} pairs kept. */
    static final int PAGES = 10;
    private static final Node G = EntitySummary.G;

    private record Pair(Node pair, long articles, String name1, String name2) {}

    private static final Comparator<Pair> ORDER = Comparator.comparingLong(Pair::articles).reversed()
            .thenComparing(Pair::name1).thenComparing(Pair::name2).thenComparing(p -> p.pair().getURI());

    private CoMentionPages() {}

    /**
     * Adds to {@code pages} the page of each pair in the list.
     *
     * @param names every entity's name (its label's text)
     */
    static void pages(DatasetGraph d, Map<Node, String> names, Map<Node, Long> pages) {
        int want = PAGES * ListPages.SIZE;
        List<Pair> top = new ArrayList<>();
        long articles = Iter.count(d.find(Node.ANY, Node.ANY, RDF.Nodes.type, NG.NewsArticle));
        for (long w = articles; w >= 1 && top.size() < want; w--) {
            Node weight = NodeFactory.createLiteralDT(Long.toString(w), XSDDatatype.XSDinteger);
            Iterator<Quad> it = d.find(G, Node.ANY, NG.articleCount, weight);
            try {
                while (it.hasNext()) {
                    Node s = it.next().getSubject();
                    if (d.contains(G, s, RDF.Nodes.type, NG.CoMention)) {
                        pair(d, s, w, names, top);
                    }
                }
            } finally {
                Iter.close(it);
            }
        }
        top.sort(ORDER);
        for (int i = 0; i < Math.min(want, top.size()); i++) {
            pages.put(top.get(i).pair(), (long) (i / ListPages.SIZE));
        }
    }

    /** The pair as the query shows it: two differently named entities, the smaller name first. */
    private static void pair(DatasetGraph d, Node pair, long w, Map<Node, String> names, List<Pair> out) {
        List<String> two = new ArrayList<>(2);
        Iterator<Quad> it = d.find(G, pair, NG.coMentionOf, Node.ANY);
        try {
            it.forEachRemaining(q -> two.add(names.get(q.getObject())));
        } finally {
            Iter.close(it);
        }
        if (two.size() == 2 && two.get(0) != null && two.get(1) != null && !two.get(0).equals(two.get(1))) {
            boolean inOrder = two.get(0).compareTo(two.get(1)) < 0;
            out.add(new Pair(pair, w, inOrder ? two.get(0) : two.get(1), inOrder ? two.get(1) : two.get(0)));
        }
    }
}

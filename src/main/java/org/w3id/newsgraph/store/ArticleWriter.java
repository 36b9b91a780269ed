package org.w3id.newsgraph.store;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.DCTerms;

/**
 * The one place where article graphs change, inside a write transaction the caller holds: every store of an
 * article (one at a time or a batch), every retirement of an old version and every delete comes here. The caller
 * ({@code NewsStore.write}) hands it a dataset that reports each graph before its first change, so the entity
 * summary follows every change here in the same transaction ({@link EntitySummary#tracking}).
 */
final class ArticleWriter {
    private ArticleWriter() {}

    /**
     * Applies {@code writes} in order on {@code d}, which must be in a write transaction.
     *
     * @param keep      articles never retired as old versions (what the running build stored already)
     * @param afterEach called after each write is applied (tests fail a batch in its middle with it)
     * @return the article graphs retired as old versions
     */
    static List<Node> apply(DatasetGraph d, List<ArticleWrite> writes, Set<Node> keep, Consumer<Node> afterEach) {
        Set<Node> kept = new HashSet<>(keep); // and what this batch stored before: two folders of one name stay two
        List<Node> retired = new ArrayList<>();
        for (ArticleWrite w : writes) {
            if (w.source() != null) {
                for (Node old : versions(d, w.source(), kept, w.article())) {
                    d.deleteAny(old, Node.ANY, Node.ANY, Node.ANY);
                    ArticlePages.forget(d, old);
                    retired.add(old);
                }
            }
            if (w.article() != null) {
                d.deleteAny(w.article(), Node.ANY, Node.ANY, Node.ANY);
                for (Triple t : w.triples()) {
                    d.add(w.article(), t.getSubject(), t.getPredicate(), t.getObject());
                }
                kept.add(w.article());
            }
            afterEach.accept(w.article());
        }
        return retired;
    }

    /** Deletes one article graph; returns whether it was there. */
    static boolean delete(DatasetGraph d, Node article) {
        boolean had = d.find(article, Node.ANY, Node.ANY, Node.ANY).hasNext();
        if (had) {
            d.deleteAny(article, Node.ANY, Node.ANY, Node.ANY);
            ArticlePages.forget(d, article);
        }
        return had;
    }


    /** The article graphs whose {@code dcterms:source} is {@code source}, but {@code except} and those in keep. */
    private static List<Node> versions(DatasetGraph d, String source, Set<Node> keep, Node except) {
        List<Node> old = new ArrayList<>();
        Iterator<Quad> it = d.find(Node.ANY, Node.ANY, DCTerms.source.asNode(), NodeFactory.createLiteralString(source));
        try {
            while (it.hasNext()) {
                Quad q = it.next();
                Node graph = q.getGraph();
                // the article node names its own graph; a source mentioned inside another graph is not a version
                if (graph.equals(q.getSubject()) && !graph.equals(except) && !keep.contains(graph)
                        && !old.contains(graph)) {
                    old.add(graph);
                }
            }
        } finally {
            Iter.close(it);
        }
        return old;
    }
}

package org.w3id.newsgraph.store;

import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCTerms;

/**
 * The articles a store holds and the source each was read from, read once at the start of a build, so that an
 * input whose bytes are unchanged is recognised from its IRI (which ends with the bytes' hash) without being
 * extracted. Immutable; safe to consult from many threads.
 */
public final class StoredArticles {
    private final Map<Node, String> sourceOf;

    private StoredArticles(Map<Node, String> sourceOf) {
        this.sourceOf = sourceOf;
    }

    /** Nothing stored: every input is new (the empty store, or a run that must not skip). */
    public static final StoredArticles NONE = new StoredArticles(Map.of());

    /** Reads every article node's {@code dcterms:source} in one read transaction. */
    public static StoredArticles of(NewsStore store) {
        Map<Node, String> map = new HashMap<>();
        Txn.executeRead(store.dataset(), () -> {
            Iterator<Quad> it = store.dataset().find(Node.ANY, Node.ANY, DCTerms.source.asNode(), Node.ANY);
            try {
                while (it.hasNext()) {
                    Quad q = it.next();
                    // the article node names its own graph; a source quoted inside another graph is not one
                    if (q.getGraph().equals(q.getSubject()) && q.getObject().isLiteral()) {
                        map.put(q.getGraph(), q.getObject().getLiteralLexicalForm());
                    }
                }
            } finally {
                Iter.close(it);
            }
        });
        return new StoredArticles(Map.copyOf(map));
    }

    /**
     * Whether the store holds {@code article} read from {@code source}: the same bytes under the same name at the
     * same place, so storing it again would change nothing.
     */
    public boolean unchanged(Node article, String source) {
        return source.equals(sourceOf.get(article));
    }

    /** The number of articles with a source. */
    public int size() {
        return sourceOf.size();
    }
}

package org.w3id.newsgraph.store;

import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.w3id.newsgraph.model.RelationType;
import org.w3id.newsgraph.rdf.Ids;
import org.w3id.newsgraph.rdf.NG;

/**
 * The relation weights of the entity summary: for each relation triple between two entities (an ng: relation
 * property, both ends IRIs, not the same), the number of article graphs stating it, so that the graph view's edge
 * weights cost what is on screen rather than a count over every article:
 * <pre>
 * W a ng:RelationWeight ; ng:relationSubject E1 ; ng:relationProperty ng:worksWith ; ng:relationObject E2 ;
 *   ng:articleCount 3 .
 * </pre>
 * Kept by the same deltas as the rest of {@link EntitySummary}, in the same write transaction: an article's
 * triples before a change are subtracted, its triples after added.
 */
final class RelationWeights {
    private static final Node G = EntitySummary.G;
    private static final Comparator<Triple> ORDER = Comparator.comparing((Triple t) -> t.getSubject().getURI())
            .thenComparing(t -> t.getPredicate().getURI()).thenComparing(t -> t.getObject().getURI());

    /** Net change per relation triple, in a fixed order so that writes come out the same every time. */
    private final Map<Triple, long[]> change = new TreeMap<>(ORDER);

    /** The relation triples between entities that the named graph {@code graph} states (inside a transaction). */
    static Set<Triple> read(DatasetGraph d, Node graph) {
        Set<Triple> out = new TreeSet<>(ORDER);
        for (RelationType type : RelationType.values()) {
            Iterator<Quad> it = d.find(graph, Node.ANY, NG.relation(type), Node.ANY);
            try {
                it.forEachRemaining(q -> {
                    if (q.getSubject().isURI() && q.getObject().isURI() && !q.getSubject().equals(q.getObject())) {
                        out.add(q.asTriple());
                    }
                });
            } finally {
                Iter.close(it);
            }
        }
        return out;
    }

    /** Adds ({@code sign} +1) or subtracts (-1) one article's relation triples. */
    void add(Set<Triple> relations, int sign) {
        for (Triple t : relations) {
            change.computeIfAbsent(t, k -> new long[1])[0] += sign;
        }
    }

    /** Writes the net change into the summary graph: counts up or down, a weight that reaches 0 goes. */
    void apply(DatasetGraph d) {
        change.forEach((t, n) -> {
            if (n[0] != 0) {
                write(d, t, n[0]);
            }
        });
        change.clear();
    }

    private static void write(DatasetGraph d, Triple t, long delta) {
        Node w = Ids.relationWeight(t.getSubject(), t.getPredicate(), t.getObject());
        long old = EntitySummary.count(d, w, NG.articleCount);
        long now = old + delta;
        if (now <= 0) {
            d.deleteAny(G, w, Node.ANY, Node.ANY);
            return;
        }
        if (old == 0) {
            d.add(G, w, RDF.Nodes.type, NG.RelationWeight);
            d.add(G, w, NG.relationSubject, t.getSubject());
            d.add(G, w, NG.relationProperty, t.getPredicate());
            d.add(G, w, NG.relationObject, t.getObject());
        }
        EntitySummary.setCount(d, w, NG.articleCount, now);
    }

    /** The old relation triples of articles about to change, taken before their first change. */
    static final class Before {
        private final DatasetGraph d;
        private final Map<Node, Set<Triple>> old = new LinkedHashMap<>();

        Before(DatasetGraph d) {
            this.d = d;
        }

        void also(Node article) {
            old.computeIfAbsent(article, a -> read(d, a));
        }

        /** Subtracts what each article stated before, adds what it states now, and writes the difference. */
        void apply() {
            RelationWeights w = new RelationWeights();
            old.forEach((a, before) -> {
                w.add(before, -1);
                w.add(read(d, a), +1);
            });
            w.apply(d);
        }
    }
}

package org.w3id.newsgraph.server.view;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;

/**
 * The relations with an entity of a focus set at either end (an expansion's), each weighed by the number of
 * article graphs stating it, counted through the store's quad indexes: with the entity and the property bound,
 * the statements of one property lie in one index range (subject first, or property and object first), so the
 * cost is one range per focus entity, property and end, and one step per statement. Not the summary's relation
 * weights: those cost one look-up per distinct relation, and on the made-up stores the read took 2 to 4 times this
 * count's CPU (23 against 14 ms for the most-mentioned entity at 10,000 articles, 93 against 22 ms at 30,000,
 * docs/BENCHMARKS.md, "Graph view: a ranked page"). Not SPARQL: the same count as a grouped query (the view's
 * relations.rq until then) took 3 to 5 times this one's CPU.
 */
final class FocusRelations {
    /** As many relations as an expansion brings in at most; more would only tangle the picture. */
    static final int MAX_EDGES = 400;

    private FocusRelations() {}

    /**
     * The strongest {@link #MAX_EDGES} relations of the given properties between two different IRIs, one of them
     * in {@code focus}, stated in at least {@code minWeight} article graphs (inside a read transaction).
     */
    static List<ViewEdge> of(DatasetGraph d, Collection<Node> focus, Collection<Node> properties, long minWeight) {
        Map<Triple, Set<Node>> graphs = new HashMap<>();
        for (Node entity : focus) {
            for (Node p : properties) {
                collect(d.find(Node.ANY, entity, p, Node.ANY), graphs);
                collect(d.find(Node.ANY, Node.ANY, p, entity), graphs);
            }
        }
        List<RelationRow> rows = new ArrayList<>();
        graphs.forEach((t, gs) -> {
            if (gs.size() >= minWeight) {
                rows.add(new RelationRow(t.getSubject(), t.getPredicate(), t.getObject(), gs.size()));
            }
        });
        return RelationRow.strongest(rows, MAX_EDGES);
    }

    /**
     * Adds each statement's named graph to its triple's set; a triple between two focus entities is met from both
     * ends, once per graph all the same. The default graph (the union) is no article.
     */
    private static void collect(Iterator<Quad> it, Map<Triple, Set<Node>> graphs) {
        try {
            while (it.hasNext()) {
                Quad q = it.next();
                if (!q.isDefaultGraph() && q.getSubject().isURI() && q.getObject().isURI()
                        && !q.getSubject().equals(q.getObject())) {
                    graphs.computeIfAbsent(q.asTriple(), t -> new HashSet<>()).add(q.getGraph());
                }
            }
        } finally {
            Iter.close(it);
        }
    }
}

package org.w3id.newsgraph.server.view;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.util.NodeFactoryExtra;
import org.w3id.newsgraph.rdf.Ids;
import org.w3id.newsgraph.rdf.NG;
import org.w3id.newsgraph.store.ListPages;

/**
 * The relations among the first screen's ranked entities, read from the relation weights of the entity summary
 * ({@code ng:RelationWeight}, kept by every write) by rank: every weight between two of the 1,000 most-mentioned
 * entities carries the larger rank of its two ends ({@code ng:relationRank}, store.RankPages), so the relations
 * among the entities ranked up to r are one index range per rank 0 to r, and one range per weight gives its five
 * triples, which lie together in the summary graph's subject index. The cost follows the relations among the
 * entities on screen, not their relations elsewhere nor the candidates. Not SPARQL: ARQ joins the patterns of a
 * weight one look-up each, and a sub-select test per row cost more than the reads (docs/BENCHMARKS.md, "Graph
 * view: a ranked page").
 */
final class SummaryRelations {
    private static final Node G = Ids.ENTITIES_GRAPH;

    private SummaryRelations() {}

    /**
     * The strongest {@link RelationProbes#MAX_EDGES} relations between two entities of {@code set}, all ranked at
     * most {@code maxRank}, of the given properties with at least {@code minWeight} articles, read by rank: every
     * weight between two ranked entities carries the larger rank of its ends ({@code ng:relationRank}); empty when
     * the ranks are not current (inside a read transaction).
     */
    static Optional<List<ViewEdge>> ranked(DatasetGraph d, long maxRank, Set<Node> set, Set<Node> properties,
            long minWeight) {
        if (!ListPages.current(d)) {
            return Optional.empty();
        }
        List<RelationRow> rows = new ArrayList<>();
        for (long rank = 0; rank <= maxRank; rank++) {
            Iterator<Quad> it = d.find(G, Node.ANY, NG.relationRank, NodeFactoryExtra.intToNode(rank));
            try {
                while (it.hasNext()) {
                    RelationRow r = row(d, it.next().getSubject());
                    if (r != null && set.contains(r.subject()) && set.contains(r.object())
                            && properties.contains(r.property()) && r.weight() >= minWeight) {
                        rows.add(r);
                    }
                }
            } finally {
                Iter.close(it);
            }
        }
        return Optional.of(RelationRow.strongest(rows, RelationProbes.MAX_EDGES));
    }

    /** One weight's triple and count, or null when it lacks one of them. */
    private static RelationRow row(DatasetGraph d, Node w) {
        Node subject = null;
        Node property = null;
        Node object = null;
        long weight = 0;
        Iterator<Quad> it = d.find(G, w, Node.ANY, Node.ANY);
        try {
            while (it.hasNext()) {
                Quad q = it.next();
                Node p = q.getPredicate();
                Node o = q.getObject();
                if (p.equals(NG.relationSubject)) {
                    subject = o;
                } else if (p.equals(NG.relationProperty)) {
                    property = o;
                } else if (p.equals(NG.relationObject)) {
                    object = o;
                } else if (p.equals(NG.articleCount) && o.isLiteral() && o.getLiteralValue() instanceof Number n) {
                    weight = n.longValue();
                }
            }
        } finally {
            Iter.close(it);
        }
        return subject != null && subject.isURI() && property != null && property.isURI() && object != null
                && object.isURI() ? new RelationRow(subject, property, object, weight) : null;
    }
}

package org.w3id.newsgraph.server.view;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.util.NodeFactoryExtra;
import org.w3id.newsgraph.model.RelationType;
import org.w3id.newsgraph.rdf.Ids;
import org.w3id.newsgraph.rdf.NG;
import org.w3id.newsgraph.store.ListPages;

/**
 * Relations read from the relation weights of the entity summary ({@code ng:RelationWeight}, kept by every write)
 * through the store's indexes, for the two reads whose cost SPARQL multiplies: the relations of an expansion's
 * focus ({@link #of}: one range per focus entity and end gives its weights) and the relations among the first
 * screen's ranked entities ({@link #ranked}: one range per rank, store.RankPages). Then one range per weight gives
 * its five triples, which lie together in the summary graph's subject index. The cost follows the relations read,
 * not the articles stating them. Not SPARQL: ARQ joins the four patterns of a weight one look-up each, and the same read as a query took
 * three to eight times the CPU of this one on the 10,000-article synthetic store, and more than the count over the
 * article graphs that it replaces (docs/BENCHMARKS.md, "Graph view: ranked top entities").
 */
final class SummaryRelations {
    /** As many relations as an expansion brings in at most; more would only tangle the picture. */
    static final int MAX_EDGES = 400;
    private static final Node G = Ids.ENTITIES_GRAPH;

    private record Row(Node subject, Node property, Node object, long weight) {}

    /** Heaviest first, then subject, property and object IRIs (as ARQ orders IRIs: as Java compares strings). */
    private static final Comparator<Row> ORDER = Comparator.comparingLong(Row::weight).reversed()
            .thenComparing(r -> r.subject().getURI()).thenComparing(r -> r.property().getURI())
            .thenComparing(r -> r.object().getURI());

    private SummaryRelations() {}

    /**
     * The strongest {@link #MAX_EDGES} relations of the given properties with at least {@code minWeight} articles
     * and an entity of {@code focus} at either end (inside a read transaction).
     */
    static List<ViewEdge> of(DatasetGraph d, Collection<Node> focus, Set<Node> properties, long minWeight) {
        List<Row> rows = new ArrayList<>();
        Set<Node> seen = new HashSet<>(); // a weight between two focus entities is found from both ends
        for (Node entity : focus) {
            for (Node end : List.of(NG.relationSubject, NG.relationObject)) {
                Iterator<Quad> it = d.find(G, Node.ANY, end, entity);
                try {
                    while (it.hasNext()) {
                        Node w = it.next().getSubject();
                        if (seen.add(w)) {
                            Row r = row(d, w);
                            if (r != null && properties.contains(r.property()) && r.weight() >= minWeight) {
                                rows.add(r);
                            }
                        }
                    }
                } finally {
                    Iter.close(it);
                }
            }
        }
        return strongest(rows, MAX_EDGES);
    }

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
        List<Row> rows = new ArrayList<>();
        for (long rank = 0; rank <= maxRank; rank++) {
            Iterator<Quad> it = d.find(G, Node.ANY, NG.relationRank, NodeFactoryExtra.intToNode(rank));
            try {
                while (it.hasNext()) {
                    Row r = row(d, it.next().getSubject());
                    if (r != null && set.contains(r.subject()) && set.contains(r.object())
                            && properties.contains(r.property()) && r.weight() >= minWeight) {
                        rows.add(r);
                    }
                }
            } finally {
                Iter.close(it);
            }
        }
        return Optional.of(strongest(rows, RelationProbes.MAX_EDGES));
    }

    private static List<ViewEdge> strongest(List<Row> rows, int max) {
        return rows.stream().sorted(ORDER).limit(max).map(SummaryRelations::edge).toList();
    }

    /** One weight's triple and count, or null when it lacks one of them. */
    private static Row row(DatasetGraph d, Node w) {
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
                && object.isURI() ? new Row(subject, property, object, weight) : null;
    }

    private static ViewEdge edge(Row r) {
        RelationType t = EntityGraph.relationType(r.property());
        return new ViewEdge(EntityGraph.key(r.subject()), EntityGraph.key(r.object()), t.localName(), t.label(),
                r.weight());
    }
}

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
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.w3id.newsgraph.model.EntityType;
import org.w3id.newsgraph.rdf.NG;

/**
 * The place of the most-mentioned entities in the ranking by mentions, kept in the entity summary, so that the
 * graph view's first screen (its top {@code n}, at most 500) reads the {@link #SIZE} ranked entities instead of
 * ranking every entity of the store by its {@code ng:mentionCount} (296,805 of them at 100,000 articles), and
 * reads the relations among them by their rank instead of looking up every candidate triple:
 * <pre>
 * E1 ng:mentionRank 0 .   E2 ng:mentionRank 7 .
 * W ng:relationSubject E2 ; ng:relationObject E1 ; ng:relationRank 7 .   # the larger rank of its two ends
 * </pre>
 * The order is the view's ({@code server/view/top.rq}): most mentions first,
 * then the entity IRI as Java compares strings, which is how ARQ orders IRIs. Only entities with an entity class
 * are ranked (a type vote carries a mention count too).
 *
 * <p>Refreshed with the list pages ({@link ListPages#refresh}) and under the same {@code ng:listsPaged} mark: a
 * write that changes the summary takes the mark back, and until the next refresh the view ranks every entity.
 * Only the ranks that changed are written. When a request's type or mention filter leaves too few of the ranked
 * entities, the view ranks every entity too (right, and as slow as before).
 */
final class RankPages {
    /** Entities ranked: twice the view's largest {@code n} (500), so that a type filter usually stays inside. */
    static final int SIZE = 1000;
    private static final Node G = EntitySummary.G;
    private static final Node FIRST = NodeFactory.createLiteralDT("0", XSDDatatype.XSDinteger);
    private static final Set<Node> CLASSES = new HashSet<>();

    static {
        for (EntityType t : EntityType.values()) {
            CLASSES.add(NG.entityClass(t));
        }
    }

    private record Ranked(Node entity, long mentions) {}

    private static final Comparator<Ranked> ORDER = Comparator.comparingLong(Ranked::mentions).reversed()
            .thenComparing(r -> r.entity().getURI());

    private RankPages() {}

    /**
     * Ranks every entity of the summary by its mentions, ranks the relation weights among the first {@link #SIZE},
     * and writes the ranks that changed (write transaction).
     */
    static void refresh(DatasetGraph d) {
        List<Ranked> all = entities(d);
        all.sort(ORDER);
        Map<Node, Long> ranks = new HashMap<>();
        for (int i = 0; i < Math.min(SIZE, all.size()); i++) {
            ranks.put(all.get(i).entity(), (long) i);
        }
        ListPages.write(d, NG.mentionRank, ranks);
        ListPages.write(d, NG.relationRank, relationRanks(d, ranks));
    }

    /**
     * The relation weights whose two ends are both ranked, each with the larger of the two ranks: the relations
     * among the first {@code n} entities are then exactly those ranked below {@code n}, read by value. One index
     * range per ranked entity (the weights it is the subject of) and one look-up per such weight (its object).
     */
    private static Map<Node, Long> relationRanks(DatasetGraph d, Map<Node, Long> ranks) {
        Map<Node, Long> out = new HashMap<>();
        ranks.forEach((subject, rank) -> {
            Iterator<Quad> it = d.find(G, Node.ANY, NG.relationSubject, subject);
            try {
                while (it.hasNext()) {
                    Node w = it.next().getSubject();
                    Iterator<Quad> objects = d.find(G, w, NG.relationObject, Node.ANY);
                    try {
                        objects.forEachRemaining(q -> {
                            Long other = ranks.get(q.getObject());
                            if (other != null) {
                                out.put(w, Math.max(rank, other));
                            }
                        });
                    } finally {
                        Iter.close(objects);
                    }
                }
            } finally {
                Iter.close(it);
            }
        });
        return out;
    }

    /**
     * Whether the summary has entities to rank but none ranked: a store paged before ranks were kept (its first
     * open with this code ranks them).
     */
    static boolean missing(DatasetGraph d) {
        if (d.contains(G, Node.ANY, NG.mentionRank, FIRST)) {
            return false;
        }
        return Iter.anyMatch(d.find(G, Node.ANY, NG.mentionCount, Node.ANY),
                q -> CLASSES.stream().anyMatch(c -> d.contains(G, q.getSubject(), RDF.Nodes.type, c)));
    }

    /** Every entity of the summary (an IRI with an entity class) with its mention count. */
    private static List<Ranked> entities(DatasetGraph d) {
        Set<Node> typed = new HashSet<>();
        for (Node cls : CLASSES) { // one index range per class, not one look-up per entity
            Iterator<Quad> it = d.find(G, Node.ANY, RDF.Nodes.type, cls);
            try {
                it.forEachRemaining(q -> typed.add(q.getSubject()));
            } finally {
                Iter.close(it);
            }
        }
        List<Ranked> out = new ArrayList<>();
        Iterator<Quad> it = d.find(G, Node.ANY, NG.mentionCount, Node.ANY);
        try {
            while (it.hasNext()) {
                Quad q = it.next();
                Node e = q.getSubject();
                if (e.isURI() && typed.contains(e) && q.getObject().isLiteral()
                        && q.getObject().getLiteralValue() instanceof Number n) {
                    out.add(new Ranked(e, n.longValue()));
                }
            }
        } finally {
            Iter.close(it);
        }
        return out;
    }
}

package org.w3id.newsgraph.store;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.w3id.newsgraph.gazetteer.Gazetteer;
import org.w3id.newsgraph.gazetteer.GazetteerEntry;
import org.w3id.newsgraph.model.EntityType;
import org.w3id.newsgraph.rdf.Ids;
import org.w3id.newsgraph.rdf.ItsRdf;
import org.w3id.newsgraph.rdf.NG;
import org.w3id.newsgraph.rdf.Prefixes;

/**
 * An entity's one {@code rdf:type}, voted by every mention in every article, kept in the entity summary:
 * <pre>
 * E a ng:Person ; ng:typeVote V1 , V2 .
 * V1 a ng:TypeVote ; ng:votedClass ng:Person ; ng:mentionCount 12 .
 * V2 a ng:TypeVote ; ng:votedClass ng:Company ; ng:mentionCount 1 .
 * </pre>
 * An article types its mentions ({@code itsrdf:taClassRef}), never the entity node, which every article shares:
 * so the union default graph holds exactly this one type. The coarse type (Person, Organization, Place) with the
 * most mentions wins; a tie goes to the gazetteer's type for the entity, then to Person, Organization, Place in
 * that order. Under the winner, the subtype with the most mentions (ties to the first in code-point order) is
 * the type, or the coarse class itself when no mention gave a subtype: a plain Organization means "kind unknown",
 * not "no kind". Mentions of the losing coarse types count for nothing, so no subtype of theirs survives.
 */
final class TypeVotes {
    private static final Node G = EntitySummary.G;
    private static final Node TYPE = RDF.Nodes.type;
    private static final String ENTITY = Prefixes.NGID + "entity/";
    private static final Map<Node, EntityType> CLASSES = new HashMap<>();

    static {
        for (EntityType t : EntityType.values()) {
            CLASSES.put(NG.entityClass(t), t);
        }
    }

    private TypeVotes() {}

    /** Every mention of {@code graph} that carries a class, to that class. */
    static Map<Node, Node> mentionClasses(DatasetGraph d, Node graph) {
        Map<Node, Node> out = new HashMap<>();
        Iterator<Quad> it = d.find(graph, Node.ANY, ItsRdf.taClassRef, Node.ANY);
        try {
            it.forEachRemaining(q -> {
                if (CLASSES.containsKey(q.getObject())) {
                    out.put(q.getSubject(), q.getObject());
                }
            });
        } finally {
            Iter.close(it);
        }
        return out;
    }

    /**
     * The votes of an article graph written before mentions carried classes, which typed the entity node itself:
     * each entity class it gives counts for every mention (at least one), so such a store still gets one voted type.
     */
    static Map<Node, Long> entityClasses(DatasetGraph d, Node graph, Node entity, long mentions) {
        Map<Node, Long> out = new HashMap<>();
        Iterator<Quad> it = d.find(graph, entity, TYPE, Node.ANY);
        try {
            it.forEachRemaining(q -> {
                if (CLASSES.containsKey(q.getObject())) {
                    out.put(q.getObject(), Math.max(1, mentions));
                }
            });
        } finally {
            Iter.close(it);
        }
        return out;
    }

    /** Adds the change in votes to the entity's vote nodes and sets its type again (if any vote changed). */
    static void change(DatasetGraph d, Node entity, Map<Node, long[]> votes) {
        boolean changed = false;
        for (Map.Entry<Node, long[]> e : votes.entrySet()) {
            long n = e.getValue()[0];
            if (n == 0) {
                continue;
            }
            changed = true;
            Node vote = Ids.typeVote(entity, e.getKey());
            EntitySummary.changeCounted(d, entity, NG.typeVote, vote, NG.mentionCount, n, () -> {
                d.add(G, vote, TYPE, NG.TypeVote);
                d.add(G, vote, NG.votedClass, e.getKey());
            });
        }
        if (changed) {
            retype(d, entity);
        }
    }

    /** Deletes the entity's vote nodes (the entity's own triples go with the rest of its summary). */
    static void remove(DatasetGraph d, Node entity) {
        for (Node vote : EntitySummary.objects(d, entity, NG.typeVote)) {
            d.deleteAny(G, vote, Node.ANY, Node.ANY);
        }
    }

    private static void retype(DatasetGraph d, Node entity) {
        Map<EntityType, Long> votes = new EnumMap<>(EntityType.class);
        for (Node vote : EntitySummary.objects(d, entity, NG.typeVote)) {
            for (Node c : EntitySummary.objects(d, vote, NG.votedClass)) {
                EntityType t = CLASSES.get(c);
                if (t != null) {
                    votes.merge(t, EntitySummary.count(d, vote, NG.mentionCount), Long::sum);
                }
            }
        }
        d.deleteAny(G, entity, TYPE, Node.ANY);
        Optional<EntityType> winner = choose(votes, gazetteerType(entity));
        winner.ifPresent(t -> d.add(G, entity, TYPE, NG.entityClass(t)));
    }

    /**
     * The type the votes give: the coarse type with the most mentions (ties to {@code gazetteer}'s coarse type
     * when it is among them, then to the enum's order), then its subtype with the most mentions, if any.
     */
    static Optional<EntityType> choose(Map<EntityType, Long> votes, EntityType gazetteer) {
        Map<EntityType, Long> coarse = new EnumMap<>(EntityType.class);
        votes.forEach((t, n) -> {
            if (n > 0) {
                coarse.merge(t.coarse(), n, Long::sum);
            }
        });
        if (coarse.isEmpty()) {
            return Optional.empty();
        }
        long most = coarse.values().stream().mapToLong(Long::longValue).max().orElseThrow();
        List<EntityType> tied = new ArrayList<>();
        coarse.forEach((t, n) -> {
            if (n == most) {
                tied.add(t);
            }
        });
        EntityType won = gazetteer != null && tied.contains(gazetteer.coarse()) ? gazetteer.coarse() : tied.get(0);
        EntityType best = won;
        long bestVotes = 0;
        for (Map.Entry<EntityType, Long> e : votes.entrySet()) {
            EntityType t = e.getKey();
            boolean better = e.getValue() > bestVotes
                    || e.getValue() == bestVotes && best != won && t.localName().compareTo(best.localName()) < 0;
            if (t != won && t.coarse() == won && e.getValue() > 0 && better) {
                best = t;
                bestVotes = e.getValue();
            }
        }
        return Optional.of(best);
    }

    /** The gazetteer's type for an entity whose key is a gazetteer id (the extractor keys gazetteer entities so). */
    private static EntityType gazetteerType(Node entity) {
        String uri = entity.getURI();
        if (!uri.startsWith(ENTITY)) {
            return null;
        }
        return Gazetteer.loadDefault().byId(uri.substring(ENTITY.length())).map(GazetteerEntry::type).orElse(null);
    }
}

package org.w3id.newsgraph.store;

import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.w3id.newsgraph.rdf.NG;
import org.w3id.newsgraph.rdf.Ontology;
import org.w3id.newsgraph.rdf.Schema;

/**
 * A view of a dataset in a write transaction that follows how the transaction changes the figures of
 * {@link Stats}, so that the figures counted before it stay true after it without counting the store again (at
 * 100,000 articles a count reads 110 million quads: five minutes of an incremental build that took seven). Each
 * quad added or deleted is checked against the store first, so only real changes count; each graph and each
 * entity is classified before its first change and again at the end. Roles, quotes and relation statements are
 * counted by their type quads, which is exact because their IRIs hash their article (one graph each).
 */
final class StatsDelta extends DatasetGraphWrapper {
    private static final Map<Node, String> STATEMENTS = Map.of(NG.RoleAssignment, "roles", NG.Quote, "quotes",
            NG.RelationStatement, "relations");

    private final Map<Node, Boolean> graphsBefore = new HashMap<>();
    private final Map<Node, Set<String>> entitiesBefore = new LinkedHashMap<>(); // null value: not counted
    private final Map<String, Long> statements = new HashMap<>();
    private final Map<Node, Set<Node>> broader = EntityTypeCounts.broaderClasses(Ontology.ontology());
    private long quads;

    StatsDelta(DatasetGraph d) {
        super(d);
    }

    /** The figures {@code before} (of the store when the transaction began) after its changes so far. */
    Stats applyTo(Stats before) {
        DatasetGraph d = getR();
        long articles = before.articles();
        boolean ontology = before.ontology();
        for (Map.Entry<Node, Boolean> g : graphsBefore.entrySet()) {
            boolean now = d.find(g.getKey(), Node.ANY, Node.ANY, Node.ANY).hasNext();
            if (g.getKey().equals(NewsStore.ONTOLOGY_GRAPH)) {
                ontology = now;
            } else if (EntitySummary.isArticleGraph(g.getKey()) && now != g.getValue()) {
                articles += now ? 1 : -1;
            }
        }
        long entities = before.entities();
        Map<String, Long> types = new TreeMap<>(before.entityTypes());
        for (Map.Entry<Node, Set<String>> e : entitiesBefore.entrySet()) {
            Set<String> now = classify(e.getKey());
            entities += (now == null ? 0 : 1) - (e.getValue() == null ? 0 : 1);
            (e.getValue() == null ? Set.<String>of() : e.getValue()).forEach(c -> types.merge(c, -1L, Long::sum));
            (now == null ? Set.<String>of() : now).forEach(c -> types.merge(c, 1L, Long::sum));
        }
        types.values().removeIf(n -> n == 0);
        return new Stats(articles, before.quads() + quads, entities, types,
                before.roles() + statements.getOrDefault("roles", 0L),
                before.quotes() + statements.getOrDefault("quotes", 0L),
                before.relations() + statements.getOrDefault("relations", 0L), ontology);
    }

    /** The entity's most specific classes when some article mentions it, else null. */
    private Set<String> classify(Node e) {
        DatasetGraph d = getR();
        return EntityTypeCounts.counted(d, e) ? EntityTypeCounts.mostSpecific(d, e, broader) : null;
    }

    /** Classifies the graph, and the entity whose type or mention the quad is, before the quad changes. */
    private void before(Node g, Node s, Node p, Node o) {
        graphsBefore.computeIfAbsent(g, x -> getR().find(x, Node.ANY, Node.ANY, Node.ANY).hasNext());
        // only a type or a mention changes how an entity counts (the pages and counts of the summary do not)
        Node n = RDF.Nodes.type.equals(p) ? s : Schema.mentions.equals(p) ? o : null;
        if (n != null && n.isURI() && !entitiesBefore.containsKey(n) && n.getURI().startsWith(EntityTypeCounts.ENTITY)) {
            entitiesBefore.put(n, classify(n));
        }
    }

    private void changed(Node p, Node o, int sign) {
        quads += sign;
        String kind = RDF.Nodes.type.equals(p) ? STATEMENTS.get(o) : null;
        if (kind != null) {
            statements.merge(kind, (long) sign, Long::sum);
        }
    }

    @Override
    public void add(Quad q) {
        add(q.getGraph(), q.getSubject(), q.getPredicate(), q.getObject());
    }

    @Override
    public void add(Node g, Node s, Node p, Node o) {
        before(g, s, p, o);
        if (!getR().contains(g, s, p, o)) {
            changed(p, o, +1);
        }
        super.add(g, s, p, o);
    }

    @Override
    public void delete(Quad q) {
        delete(q.getGraph(), q.getSubject(), q.getPredicate(), q.getObject());
    }

    @Override
    public void delete(Node g, Node s, Node p, Node o) {
        before(g, s, p, o);
        if (getR().contains(g, s, p, o)) {
            changed(p, o, -1);
        }
        super.delete(g, s, p, o);
    }

    @Override
    public void deleteAny(Node g, Node s, Node p, Node o) {
        Iterator<Quad> it = getR().find(g, s, p, o);
        try {
            while (it.hasNext()) {
                Quad q = it.next();
                before(q.getGraph(), q.getSubject(), q.getPredicate(), q.getObject());
                changed(q.getPredicate(), q.getObject(), -1);
            }
        } finally {
            Iter.close(it);
        }
        super.deleteAny(g, s, p, o);
    }

    @Override
    public void addGraph(Node g, Graph graph) {
        graph.find().forEachRemaining(t -> add(g, t.getSubject(), t.getPredicate(), t.getObject()));
    }

    @Override
    public void removeGraph(Node g) {
        deleteAny(g, Node.ANY, Node.ANY, Node.ANY);
    }

    @Override
    public void clear() {
        deleteAny(Node.ANY, Node.ANY, Node.ANY, Node.ANY);
    }
}

package org.w3id.newsgraph.store;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.w3id.newsgraph.rdf.NG;
import org.w3id.newsgraph.rdf.Ontology;
import org.w3id.newsgraph.rdf.Prefixes;
import org.w3id.newsgraph.rdf.Schema;

/**
 * The entities articles mention ({@code schema:mentions}), counted once each across the store, and by their most
 * specific ontology class (an entity typed Company and Organization counts as a Company; one with two unrelated
 * most specific classes counts under both). Index look-ups per mention and per entity, with the class hierarchy
 * held in memory: the cost grows with the mentions, not with the whole store, as a SPARQL query with
 * {@code rdfs:subClassOf+} over the union would.
 *
 * @param entities distinct entities mentioned by some article
 * @param byType   class local name to the number of distinct entities of that most specific class, sorted by name
 */
public record EntityTypeCounts(long entities, Map<String, Long> byType) {
    static final String ENTITY = Prefixes.NGID + "entity/";

    public EntityTypeCounts {
        byType = Map.copyOf(byType);
    }

    /** Counts inside the caller's read transaction. */
    static EntityTypeCounts of(DatasetGraph d) {
        Set<Node> entities = new HashSet<>();
        Iterator<Quad> it = d.find(Node.ANY, Node.ANY, Schema.mentions, Node.ANY);
        try {
            while (it.hasNext()) {
                Node e = it.next().getObject();
                if (e.isURI() && e.getURI().startsWith(ENTITY)) {
                    entities.add(e);
                }
            }
        } finally {
            Iter.close(it);
        }
        Map<Node, Set<Node>> broader = broaderClasses(Ontology.ontology());
        Map<String, Long> byType = new TreeMap<>();
        for (Node e : entities) {
            for (String c : mostSpecific(d, e, broader)) {
                byType.merge(c, 1L, Long::sum);
            }
        }
        return new EntityTypeCounts(entities.size(), byType);
    }

    /** Whether {@code e} is an entity some article mentions, as {@link #of} counts them. */
    static boolean counted(DatasetGraph d, Node e) {
        return e.isURI() && e.getURI().startsWith(ENTITY)
                && d.contains(Node.ANY, Node.ANY, Schema.mentions, e);
    }

    /** The local names of the most specific ontology classes of {@code e} over every graph. */
    static Set<String> mostSpecific(DatasetGraph d, Node e, Map<Node, Set<Node>> broader) {
        Set<Node> classes = new HashSet<>();
        Iterator<Quad> types = d.find(Node.ANY, e, RDF.Nodes.type, Node.ANY);
        try {
            types.forEachRemaining(q -> {
                Node c = q.getObject();
                if (c.isURI() && c.getURI().startsWith(NG.NS)) {
                    classes.add(c);
                }
            });
        } finally {
            Iter.close(types);
        }
        Set<String> out = new HashSet<>();
        for (Node c : classes) {
            boolean narrowerPresent = classes.stream()
                    .anyMatch(n -> !n.equals(c) && broader.getOrDefault(n, Set.of()).contains(c));
            if (!narrowerPresent) {
                out.add(c.getURI().substring(NG.NS.length()));
            }
        }
        return out;
    }

    /** Every class to all its strict superclasses (the transitive closure of rdfs:subClassOf). */
    static Map<Node, Set<Node>> broaderClasses(Graph ontology) {
        Map<Node, Set<Node>> direct = new HashMap<>();
        for (Triple t : ontology.find(Node.ANY, RDFS.Nodes.subClassOf, Node.ANY).toList()) {
            if (t.getObject().isURI()) {
                direct.computeIfAbsent(t.getSubject(), k -> new HashSet<>()).add(t.getObject());
            }
        }
        Map<Node, Set<Node>> closure = new HashMap<>();
        for (Node c : direct.keySet()) {
            Set<Node> all = new HashSet<>();
            Set<Node> todo = new HashSet<>(direct.get(c));
            while (!todo.isEmpty()) {
                Node next = todo.iterator().next();
                todo.remove(next);
                if (!next.equals(c) && all.add(next)) {
                    todo.addAll(direct.getOrDefault(next, Set.of()));
                }
            }
            closure.put(c, all);
        }
        return closure;
    }
}

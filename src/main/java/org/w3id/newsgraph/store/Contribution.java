package org.w3id.newsgraph.store;

import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.w3id.newsgraph.rdf.ItsRdf;
import org.w3id.newsgraph.rdf.Schema;

/**
 * What one article graph adds to the entity summary: for every entity it names (a {@code schema:name} in that
 * graph), the article's name for it, its aliases ({@code schema:alternateName}), its number of mentions
 * ({@code nif:Phrase}s pointing at it) and the classes those mentions give it ({@code itsrdf:taClassRef}). Read from the stored graph itself, so what is subtracted when an article
 * goes is exactly what was added when it came, whichever code wrote it.
 *
 * @param entities per entity IRI, sorted by IRI (so pairs and writes come in a fixed order)
 */
public record Contribution(Map<Node, Part> entities) {
    /** An empty contribution: a graph that is absent or names no entity. */
    public static final Contribution NONE = new Contribution(Map.of());

    /**
     * One entity in one article: the name(s) the article gives it, its other forms, its mentions and, per entity
     * class, how many of its mentions carry that class (the votes of {@link TypeVotes}).
     */
    public record Part(Set<String> names, Set<String> aliases, long mentions, Map<Node, Long> classes) {
        public Part {
            classes = Map.copyOf(classes);
        }
    }

    public Contribution {
        TreeMap<Node, Part> sorted = new TreeMap<>(NodeOrder.IRI);
        sorted.putAll(entities);
        entities = Collections.unmodifiableMap(sorted);
    }

    /** Reads what the named graph {@code graph} of {@code d} contributes (inside a transaction). */
    public static Contribution read(DatasetGraph d, Node graph) {
        Map<Node, Set<String>> names = values(d, graph, Schema.name);
        if (names.isEmpty()) {
            return NONE;
        }
        Map<Node, Set<String>> aliases = values(d, graph, Schema.alternateName);
        Map<Node, Node> phraseClass = TypeVotes.mentionClasses(d, graph);
        Map<Node, Part> out = new TreeMap<>(NodeOrder.IRI);
        for (Map.Entry<Node, Set<String>> e : names.entrySet()) {
            Node entity = e.getKey();
            long mentions = 0;
            Map<Node, Long> classes = new HashMap<>();
            Iterator<Quad> it = d.find(graph, Node.ANY, ItsRdf.taIdentRef, entity);
            try {
                while (it.hasNext()) {
                    mentions++;
                    Node c = phraseClass.get(it.next().getSubject());
                    if (c != null) {
                        classes.merge(c, 1L, Long::sum);
                    }
                }
            } finally {
                Iter.close(it);
            }
            if (classes.isEmpty()) {
                classes = TypeVotes.entityClasses(d, graph, entity, mentions);
            }
            out.put(entity, new Part(Set.copyOf(e.getValue()), Set.copyOf(aliases.getOrDefault(entity, Set.of())),
                    mentions, classes));
        }
        return new Contribution(out);
    }

    private static Map<Node, Set<String>> values(DatasetGraph d, Node graph, Node property) {
        Map<Node, Set<String>> out = new TreeMap<>(NodeOrder.IRI);
        Iterator<Quad> it = d.find(graph, Node.ANY, property, Node.ANY);
        try {
            while (it.hasNext()) {
                Quad q = it.next();
                if (q.getSubject().isURI() && q.getObject().isLiteral()) {
                    out.computeIfAbsent(q.getSubject(), k -> new LinkedHashSet<>())
                            .add(q.getObject().getLiteralLexicalForm());
                }
            }
        } finally {
            Iter.close(it);
        }
        return out;
    }
}

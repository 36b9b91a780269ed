package org.w3id.newsgraph.store;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.apache.jena.graph.Node;

/**
 * The net change to the entity summary of a set of article changes: what the new versions contribute minus what
 * the old ones did. Replacing an article by an identical one nets to zero, so it writes nothing.
 */
final class SummaryDelta {
    /** Per entity: {mentions, articles}. */
    final Map<Node, long[]> entities = new TreeMap<>(NodeOrder.IRI);
    /** Per entity and written form: {articles naming the entity so, articles using the form at all}. */
    final Map<Node, Map<String, long[]>> forms = new TreeMap<>(NodeOrder.IRI);
    /** Per entity and class: mentions that give the entity that class ({@link TypeVotes}). */
    final Map<Node, Map<Node, long[]>> classes = new TreeMap<>(NodeOrder.IRI);
    /** Per pair of entities (first IRI before second): articles that mention both. */
    final Map<Node, Map<Node, long[]>> pairs = new TreeMap<>(NodeOrder.IRI);

    /** Adds ({@code sign} +1) or subtracts (-1) one article's contribution. */
    void add(Contribution c, int sign) {
        add(c, sign, true);
    }

    /** {@link #add(Contribution, int)}, leaving out the co-mention pairs when {@code withPairs} is false. */
    void add(Contribution c, int sign, boolean withPairs) {
        List<Node> mentioned = new ArrayList<>(c.entities().keySet());
        for (Map.Entry<Node, Contribution.Part> e : c.entities().entrySet()) {
            Contribution.Part p = e.getValue();
            long[] counts = entities.computeIfAbsent(e.getKey(), k -> new long[2]);
            counts[0] += sign * p.mentions();
            counts[1] += sign;
            Map<String, long[]> f = forms.computeIfAbsent(e.getKey(), k -> new TreeMap<>());
            for (String name : p.names()) {
                f.computeIfAbsent(name, k -> new long[2])[0] += sign;
            }
            Map<Node, long[]> votes = classes.computeIfAbsent(e.getKey(), k -> new TreeMap<>(NodeOrder.IRI));
            p.classes().forEach((type, n) -> votes.computeIfAbsent(type, k -> new long[1])[0] += sign * n);
            Set<String> all = new HashSet<>(p.names());
            all.addAll(p.aliases());
            for (String form : all) {
                f.computeIfAbsent(form, k -> new long[2])[1] += sign;
            }
        }
        // keys are sorted by IRI, so i < j puts the smaller IRI first
        for (int i = 0; withPairs && i < mentioned.size(); i++) {
            Map<Node, long[]> row = pairs.computeIfAbsent(mentioned.get(i), k -> new TreeMap<>(NodeOrder.IRI));
            for (int j = i + 1; j < mentioned.size(); j++) {
                row.computeIfAbsent(mentioned.get(j), k -> new long[1])[0] += sign;
            }
        }
    }

    static boolean isZero(long[] counts) {
        for (long n : counts) {
            if (n != 0) {
                return false;
            }
        }
        return true;
    }
}

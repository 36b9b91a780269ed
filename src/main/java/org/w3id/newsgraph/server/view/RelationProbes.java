package org.w3id.newsgraph.server.view;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.w3id.newsgraph.rdf.Ids;
import org.w3id.newsgraph.server.view.ViewQueries.Call;

/**
 * The relations among a set of entities, found by looking up the summary's relation weight of every (subject,
 * property, object) of the set by its IRI: the cost follows the set, not the store, and not the number of
 * partners each entity has elsewhere.
 */
final class RelationProbes {
    /** As many edges as the view draws among its entities; more would only tangle the picture. */
    static final int MAX_EDGES = 150;

    private RelationProbes() {}

    /** The strongest relations among {@code set} of the given properties with at least {@code minWeight}. */
    static List<ViewEdge> among(ViewQueries queries, List<Node> set, List<Node> properties, Node minWeight) {
        Map<Node, Node[]> triples = new HashMap<>();
        for (Node s : set) {
            for (Node o : set) {
                if (!s.equals(o)) {
                    for (Node p : properties) {
                        triples.put(Ids.relationWeight(s, p, o), new Node[] {s, p, o});
                    }
                }
            }
        }
        List<Map<String, Node>> rows = new ArrayList<>();
        for (Map<String, Node> r : queries.select(new Call("relation-weights").set("w", triples.keySet())
                .bind("minWeight", minWeight))) {
            Node[] t = triples.get(r.get("w"));
            rows.add(Map.of("subject", t[0], "property", t[1], "object", t[2], "weight", r.get("weight")));
        }
        // the order of the scanning query: heaviest first, then subject, property and object IRIs
        Comparator<Map<String, Node>> order = Comparator.<Map<String, Node>>comparingLong(
                r -> -((Number) r.get("weight").getLiteralValue()).longValue());
        for (String v : List.of("subject", "property", "object")) {
            order = order.thenComparing(r -> r.get(v).getURI());
        }
        return rows.stream().sorted(order).limit(MAX_EDGES).map(EntityGraph::relation).toList();
    }
}

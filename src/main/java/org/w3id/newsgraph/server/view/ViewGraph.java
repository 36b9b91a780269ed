package org.w3id.newsgraph.server.view;

import java.util.List;

import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;

/**
 * What one API call sends: the nodes, the edges between them, and whether a limit cut the answer short.
 */
record ViewGraph(List<ViewNode> nodes, List<ViewEdge> edges, boolean truncated) {
    ViewGraph {
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
    }

    JsonObject json() {
        JsonArray ns = new JsonArray();
        nodes.forEach(n -> ns.add(n.json()));
        JsonArray es = new JsonArray();
        edges.forEach(e -> es.add(e.json()));
        JsonObject o = new JsonObject();
        o.put("nodes", ns);
        o.put("edges", es);
        o.put("truncated", truncated);
        return o;
    }
}

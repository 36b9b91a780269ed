package org.w3id.newsgraph.export;

import java.io.OutputStream;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;

/**
 * Cytoscape.js elements JSON: {@code {"elements": {"nodes": [{"data": {...}}], "edges": [{"data": {...}}]}}}, the
 * shape {@code cy.add()} and the Cytoscape desktop app (File, Import, Network from File) read. Node ids are the
 * entity IRIs, edge ids {@code e0}, {@code e1}, … as in GraphML and GEXF.
 */
final class CytoscapeWriter {
    private CytoscapeWriter() {
    }

    static void write(EntityGraph eg, OutputStream out) {
        JSON.write(out, toJson(eg));
    }

    static JsonObject toJson(EntityGraph eg) {
        JsonArray nodes = new JsonArray();
        for (EntityNode n : eg.nodes()) {
            JsonObject data = new JsonObject();
            data.put("id", n.iri());
            data.put("name", n.name());
            data.put("type", n.type());
            data.put("mentions", n.mentions());
            data.put("articles", n.articles());
            data.put("wikidata", n.wikidata());
            nodes.add(wrap(data));
        }
        JsonArray edges = new JsonArray();
        int i = 0;
        for (EntityEdge e : eg.edges()) {
            JsonObject data = new JsonObject();
            data.put("id", "e" + i++);
            data.put("source", e.source());
            data.put("target", e.target());
            data.put("relation", e.relation());
            data.put("label", e.label());
            data.put("weight", e.weight());
            data.put("evidence", e.evidence());
            data.put("article", e.article());
            edges.add(wrap(data));
        }
        JsonObject elements = new JsonObject();
        elements.put("nodes", nodes);
        elements.put("edges", edges);
        JsonObject root = new JsonObject();
        root.put("elements", elements);
        return root;
    }

    private static JsonObject wrap(JsonObject data) {
        JsonObject o = new JsonObject();
        o.put("data", data);
        return o;
    }
}

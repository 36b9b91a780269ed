package org.w3id.newsgraph.server.view;

import org.apache.jena.atlas.json.JsonObject;

/**
 * An entity as the view draws it.
 *
 * @param key      the last segment of its IRI ({@code angela-merkel}), what deep links carry
 * @param iri      its IRI
 * @param label    its name
 * @param type     its most specific ng: class ({@code Company})
 * @param kind     its top class: Person, Organization or Place
 * @param mentions how many times the articles name it
 */
record ViewNode(String key, String iri, String label, String type, String kind, long mentions) {
    JsonObject json() {
        JsonObject o = new JsonObject();
        o.put("key", key);
        o.put("iri", iri);
        o.put("label", label);
        o.put("type", type);
        o.put("kind", kind);
        o.put("mentions", mentions);
        return o;
    }
}

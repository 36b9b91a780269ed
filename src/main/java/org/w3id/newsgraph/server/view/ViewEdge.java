package org.w3id.newsgraph.server.view;

import org.apache.jena.atlas.json.JsonObject;

/**
 * A line between two entities: a relation (subject to object), or a co-mention ({@link #CO_MENTION}).
 *
 * @param source   the subject's key
 * @param target   the object's key
 * @param relation the relation's local name ({@code worksWith}) or {@code coMention}
 * @param label    its English label
 * @param weight   how many articles state it (or name both)
 */
record ViewEdge(String source, String target, String relation, String label, long weight) {
    static final String CO_MENTION = "coMention";

    JsonObject json() {
        JsonObject o = new JsonObject();
        o.put("source", source);
        o.put("target", target);
        o.put("relation", relation);
        o.put("label", label);
        o.put("weight", weight);
        return o;
    }
}

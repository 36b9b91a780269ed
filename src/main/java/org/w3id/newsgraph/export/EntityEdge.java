package org.w3id.newsgraph.export;

/**
 * One edge of the visualisation graph: a typed relation (direct ng: triple) or a co-mention.
 *
 * @param source   the subject entity IRI (for co-mentions the smaller IRI: co-mentions have no direction)
 * @param target   the object entity IRI
 * @param relation the property local name, e.g. {@code worksWith}, or {@link #CO_MENTIONED}
 * @param label    the property label, e.g. {@code works with}, or {@link #CO_MENTIONED}
 * @param weight   relation statements stating the triple (at least 1), or articles shared by a co-mention
 * @param evidence the first evidence sentence (by article and offset), or empty
 * @param article  the article (source file name) of that sentence, or empty
 */
public record EntityEdge(String source, String target, String relation, String label, int weight, String evidence,
        String article) {
    /** The relation name of co-mention edges. */
    public static final String CO_MENTIONED = "co-mentioned";

    /** True for a co-mention edge, false for a typed relation. */
    public boolean isCoMention() {
        return CO_MENTIONED.equals(relation);
    }
}

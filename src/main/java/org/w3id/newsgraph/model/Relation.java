package org.w3id.newsgraph.model;

/**
 * A typed relation between two entities of one article.
 *
 * @param subjectKey entity key of the subject
 * @param type       the relation
 * @param objectKey  entity key of the object
 * @param cue        the words that express it ("blocked", "worked closely with", "told")
 * @param evidence   the span of the sentence that states it
 * @param confidence the learned classifier's probability when it stated the relation, null for a rule's
 */
public record Relation(String subjectKey, RelationType type, String objectKey, String cue, Span evidence,
        Double confidence) {
    /** A relation found by a rule (no confidence). */
    public Relation(String subjectKey, RelationType type, String objectKey, String cue, Span evidence) {
        this(subjectKey, type, objectKey, cue, evidence, null);
    }
}

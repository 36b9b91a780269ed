package org.w3id.newsgraph.model;

/**
 * A typed relation between two entities of one article.
 *
 * @param subjectKey entity key of the subject
 * @param type       the relation
 * @param objectKey  entity key of the object
 * @param cue        the words that express it ("blocked", "worked closely with", "told")
 * @param evidence   the span of the sentence that states it
 * @param confidence the learned classifier's probability, or the measured precision of the rule family that stated
 *                   it; null only before a rule's family has rated it
 */
public record Relation(String subjectKey, RelationType type, String objectKey, String cue, Span evidence,
        Double confidence) {
    /** A relation found by a rule, before its family rates it (no confidence yet). */
    public Relation(String subjectKey, RelationType type, String objectKey, String cue, Span evidence) {
        this(subjectKey, type, objectKey, cue, evidence, null);
    }
}

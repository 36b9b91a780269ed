package org.w3id.newsgraph.extract.relations.learned;

import org.w3id.newsgraph.extract.entities.MentionIndex.Hit;

/**
 * The classifier's verdict on one candidate pair.
 *
 * @param candidate  the pair
 * @param label      the relation it states (never NONE once decided)
 * @param confidence the model's probability of that label
 */
public record PairDecision(Candidate candidate, PairLabel label, double confidence) {
    /** The subject of the relation: the person, the organisation, or the place that lies in the other. */
    public Hit subject() {
        Hit a = candidate.first();
        Hit b = candidate.second();
        return switch (label) {
            case WORK_FOR -> a.type().isPerson() ? a : b;
            case BASED_IN -> a.type().isOrganization() ? a : b;
            case SECOND_IN_FIRST -> b;
            default -> a;
        };
    }

    /** The object: the organisation, the place it is based in, or the place that contains the other. */
    public Hit object() {
        Hit s = subject();
        return s == candidate.first() ? candidate.second() : candidate.first();
    }
}

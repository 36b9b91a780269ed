package org.w3id.newsgraph.extract.relations;

import org.w3id.newsgraph.model.Relation;
import org.w3id.newsgraph.model.RelationType;

/**
 * The confidence of a rule's relation: the precision its family of rules measured on the development evidence (the
 * hand-judged sample of polnear-train relations, seed 11, counting the rows that still pass
 * {@link TrustedRelations}; docs/QUALITY.md gives the counts), and the one threshold every statement, ruled or
 * learned, must clear to enter the graph. Learned statements carry the classifier's probability instead.
 */
final class RuleConfidence {
    /** What a statement's confidence must reach to be kept. */
    static final double THRESHOLD = 0.5;

    /** The families of rules, by where a relation comes from. */
    enum Family {
        /** holdsRoleIn from a role ("Acme chief executive Jane Doe"). */
        ROLE,
        /** The shape around two mentions ("City, State", "London-based Acme", "Acme's unit"). */
        STRUCTURAL,
        /** A verb or noun cue of the {@link RelationCue} table ("told", "met with"). */
        CUE
    }

    private RuleConfidence() {}

    /** The measured precision of the family for that relation type. */
    static double of(Family family, RelationType type) {
        return switch (family) {
            case ROLE -> 0.93; // 38 of 41
            case STRUCTURAL -> switch (type) {
                case LOCATED_IN -> 1.0; // 6 of 6, all "City, State"
                case BASED_IN -> 0.6; // 3 of 5
                default -> 0.82; // no other structural type sampled: basedIn and locatedIn together, 9 of 11
            };
            case CUE -> 0.57; // 8 of 14
        };
    }

    /** The relation with its family's confidence, unless it has one already. */
    static Relation rated(Relation r, Family family) {
        return r.confidence() != null ? r
                : new Relation(r.subjectKey(), r.type(), r.objectKey(), r.cue(), r.evidence(), of(family, r.type()));
    }
}

package org.w3id.newsgraph.extract.relations.learned;

/**
 * What the classifier says of a candidate pair (first and second mention in text order): nothing, the person
 * works for the organisation, the organisation is based in the place, or one place lies in the other.
 */
public enum PairLabel {
    NONE,
    WORK_FOR,
    BASED_IN,
    /** The first place lies in the second ("Morgan City, Louisiana"). */
    FIRST_IN_SECOND,
    /** The second place lies in the first ("in Texas at Livingston"). */
    SECOND_IN_FIRST;

    /** Whether the label is one a candidate of this kind may take. */
    boolean fits(PairKind kind) {
        return switch (this) {
            case NONE -> true;
            case WORK_FOR -> kind == PairKind.PERSON_ORGANIZATION;
            case BASED_IN -> kind == PairKind.ORGANIZATION_PLACE;
            case FIRST_IN_SECOND, SECOND_IN_FIRST -> kind == PairKind.PLACE_PLACE;
        };
    }
}

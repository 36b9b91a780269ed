package org.w3id.newsgraph.extract.coref;

/** The grammatical gender a person is referred to by, when the article shows it. */
enum Gender {
    MALE, FEMALE, UNKNOWN;

    /** True when a mention of gender {@code g} may refer to an entity of this gender. */
    boolean compatible(Gender g) {
        return this == UNKNOWN || g == UNKNOWN || this == g;
    }
}

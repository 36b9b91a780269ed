package org.w3id.newsgraph.eval;

/** The scored categories, in report order. */
public enum Category {
    ENTITIES("entities"),
    ENTITIES_TYPED("entities (typed)"),
    ROLES("roles"),
    /**
     * Roles in organisations only: posts in a country, state or city are left out on both sides (extracted roles
     * whose organisation is typed a place, gold roles whose organisation is a gold Place). CoNLL04's Work_For
     * links people to organisations only, so there "President — United States" is a true post that the roles
     * figure counts as false; this line reads the same extraction without them.
     */
    ROLES_IN_ORGS("roles (orgs only)"),
    QUOTES("quote speakers"),
    /**
     * Quotes by their text alone, whoever the speaker: TP = extracted quotes holding the opening words of a gold
     * quote, required or optional; FP = extracted quotes holding none (titles, terms, scare quotes); FN = required
     * gold quotes no extracted quote holds. Its precision is the quote precision of issue 11.
     */
    QUOTES_FOUND("quotes found"),
    RELATIONS("relation pairs"),
    /**
     * The relation pairs of gold basedIn/locatedIn relations against extracted basedIn/locatedIn relations only
     * (issue 14's figure); other gold relations and other extracted types are left out, not counted.
     */
    PLACE_RELATIONS("basedIn/locatedIn");

    private final String label;

    Category(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

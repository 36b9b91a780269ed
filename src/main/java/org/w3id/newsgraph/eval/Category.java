package org.w3id.newsgraph.eval;

/** The scored categories, in report order. */
public enum Category {
    ENTITIES("entities"),
    ENTITIES_TYPED("entities (typed)"),
    ROLES("roles"),
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

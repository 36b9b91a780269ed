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
    RELATIONS("relation pairs");

    private final String label;

    Category(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

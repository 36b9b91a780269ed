package org.w3id.newsgraph.eval;

/** The scored categories, in report order. */
public enum Category {
    ENTITIES("entities"),
    ENTITIES_TYPED("entities (typed)"),
    ROLES("roles"),
    QUOTES("quote speakers"),
    RELATIONS("relation pairs");

    private final String label;

    Category(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

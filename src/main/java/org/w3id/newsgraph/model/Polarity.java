package org.w3id.newsgraph.model;

/** The attitude of a stance; each is one individual of ng:Polarity (its local name). */
public enum Polarity {
    CRITICAL("Critical"),
    SUPPORTIVE("Supportive"),
    NEUTRAL("Neutral");

    private final String localName;

    Polarity(String localName) {
        this.localName = localName;
    }

    public String localName() {
        return localName;
    }
}

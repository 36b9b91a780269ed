package org.w3id.newsgraph.model;

/** The kinds of event the extractor recognises; each is one subclass of ng:Event (its local name). */
public enum EventType {
    MEETING("Meeting"),
    DEAL("Deal"),
    BAN("Ban"),
    HEARING("Hearing"),
    STATEMENT("PublicStatement"),
    COURT_RULING("CourtRuling"),
    ELECTION("Election");

    private final String localName;

    EventType(String localName) {
        this.localName = localName;
    }

    /** Local name of the ontology class, e.g. "Deal" for ng:Deal. */
    public String localName() {
        return localName;
    }
}

package org.w3id.newsgraph.model;

/**
 * The entity classes of the ontology (ontology/newsgraph.ttl). Each maps to one ng: class; the
 * coarse kind is what the gold files call "type" (Person, Organization, Place).
 */
public enum EntityType {
    PERSON("Person", null),
    ORGANIZATION("Organization", null),
    COMPANY("Company", ORGANIZATION),
    GOVERNMENT_BODY("GovernmentBody", ORGANIZATION),
    MEDIA_ORGANIZATION("MediaOrganization", ORGANIZATION),
    POLITICAL_ORGANIZATION("PoliticalOrganization", ORGANIZATION),
    PLACE("Place", null),
    COUNTRY("Country", PLACE),
    CITY("City", PLACE),
    REGION("Region", PLACE);

    private final String localName;
    private final EntityType parent;

    EntityType(String localName, EntityType parent) {
        this.localName = localName;
        this.parent = parent;
    }

    /** Local name of the ontology class, e.g. "GovernmentBody" for ng:GovernmentBody. */
    public String localName() {
        return localName;
    }

    /** PERSON, ORGANIZATION or PLACE. */
    public EntityType coarse() {
        return parent == null ? this : parent;
    }

    public boolean isPerson() {
        return coarse() == PERSON;
    }

    public boolean isOrganization() {
        return coarse() == ORGANIZATION;
    }

    public boolean isPlace() {
        return coarse() == PLACE;
    }

    public static EntityType fromLocalName(String name) {
        for (EntityType t : values()) {
            if (t.localName.equalsIgnoreCase(name)) {
                return t;
            }
        }
        throw new IllegalArgumentException("unknown entity type: " + name);
    }
}

package org.w3id.newsgraph.extract.relations.learned;

import org.w3id.newsgraph.model.EntityType;

/** The coarse types of a candidate pair, whatever their order in the text. */
public enum PairKind {
    PERSON_ORGANIZATION,
    ORGANIZATION_PLACE,
    PLACE_PLACE;

    /** The kind of a pair of mentions of these types, or null when no learned relation links them. */
    static PairKind of(EntityType a, EntityType b) {
        if (a.isPerson() && b.isOrganization() || a.isOrganization() && b.isPerson()) {
            return PERSON_ORGANIZATION;
        }
        if (a.isOrganization() && b.isPlace() || a.isPlace() && b.isOrganization()) {
            return ORGANIZATION_PLACE;
        }
        if (a.isPlace() && b.isPlace()) {
            return PLACE_PLACE;
        }
        return null;
    }
}

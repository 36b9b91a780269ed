package org.w3id.newsgraph.extract.relations;

import org.w3id.newsgraph.model.EntityType;
import org.w3id.newsgraph.model.RelationType;

/**
 * The coarse types each relation type admits at its ends, in one place for every rule and the learned step: a
 * person is based in nowhere (a head of state "based in" France is a post, not a seat; where a person lives or
 * comes from is {@code comesFrom}), a party is "based in" a
 * country only, not the city that premodifies a local branch ("Tallahassee GOP operative"), a place is inside a place no
 * smaller than itself (a state is in no city), and a city acts on no one ("Washington accuses" means a government the graph cannot name). Pure.
 */
final class RelationEnds {
    private RelationEnds() {}

    /** Whether {@code type} may link a subject of type {@code s} to an object of type {@code o}. */
    static boolean allows(RelationType type, EntityType s, EntityType o) {
        return switch (type) {
            case BASED_IN -> s.isOrganization() && o.isPlace()
                    && (s != EntityType.POLITICAL_ORGANIZATION || o == EntityType.COUNTRY);
            case LOCATED_IN -> o.isPlace() && (s.isPlace() ? size(s) <= size(o) : s.isOrganization());
            case OPERATES_IN -> s.isOrganization() && o.isPlace();
            case COMES_FROM -> s.isPerson() && o.isPlace();
            case VISITS -> !s.isPlace() && o.isPlace();
            case HOLDS_ROLE_IN -> s.isPerson() && !o.isPerson();
            case PART_OF -> s.isOrganization() && !o.isPerson();
            default -> s != EntityType.CITY && s != EntityType.PLACE;
        };
    }

    /** City, region, country: a place lies inside one of its size or larger. */
    private static int size(EntityType t) {
        return switch (t) {
            case REGION -> 1;
            case COUNTRY -> 2;
            default -> 0; // a city, or a place of no known kind ("Sharon, Connecticut")
        };
    }
}

package org.w3id.newsgraph.extract.relations;

import java.util.List;
import java.util.Map;

import org.w3id.newsgraph.extract.entities.MentionIndex.Hit;
import org.w3id.newsgraph.model.EntityType;
import org.w3id.newsgraph.model.Relation;
import org.w3id.newsgraph.model.RelationType;
import org.w3id.newsgraph.model.Sentence;

/**
 * A body or a site whose name opens with a place the same sentence names on its own is based or located there:
 * "the Elm Lake Opera ... on its way home to Elm Lake", "Kelton International Airport ... the aviation director for
 * Kelton", "we at the Ohio Department of Agriculture ... Ohio's commissioner". The place must be named apart, by its
 * full name (a demonym, "American", or a shortened alias is no evidence), and the longest such place wins ("Kelton
 * City Ballet" is Kelton City's). Towns are left out: "Kansas City" is no part of Kansas. Pure.
 */
final class PlaceNamedBodies {
    private PlaceNamedBodies() {
    }

    static void find(String text, List<Hit> hits, Sentence s, Map<String, Relation> found) {
        for (Hit named : hits) {
            if (!named.type().isOrganization() && named.type() != EntityType.PLACE) {
                continue;
            }
            String name = text.substring(named.begin(), named.end());
            Hit best = null;
            for (Hit place : hits) {
                String p = text.substring(place.begin(), place.end());
                if (place.type().isPlace() && place.type() != EntityType.PLACE && !place.key().equals(named.key())
                        && (place.end() <= named.begin() || place.begin() >= named.end())
                        && p.equals(place.entity().name()) && name.startsWith(p + " ")
                        && (best == null || p.length() > best.end() - best.begin())) {
                    best = place;
                }
            }
            if (best != null) {
                RelationType type = named.type().isOrganization() ? RelationType.BASED_IN : RelationType.LOCATED_IN;
                RelationFinder.add(found, named.entity(), type, best.entity(), name, s);
            }
        }
    }
}

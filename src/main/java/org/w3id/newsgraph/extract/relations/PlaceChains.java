package org.w3id.newsgraph.extract.relations;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.w3id.newsgraph.extract.entities.MentionIndex.Hit;
import org.w3id.newsgraph.model.EntityType;
import org.w3id.newsgraph.model.Relation;
import org.w3id.newsgraph.model.RelationType;
import org.w3id.newsgraph.model.Sentence;

/**
 * A place written as an address: a named place that is no town, region or country (a fort, a park, a landmark),
 * then its town (or county, or borough: an unlisted place), then the town's state or country ("Fort Ardmore, Kelton,
 * N.Y.", "Elm Lock and Dam, Pike County, Ala.") is in both. The shape (a site,
 * a town, a state) is what makes the three an address rather than a list ("Ohio, Iowa, Texas"); a list goes on
 * before or after it ("Elm Park, Kelton, Ohio, Iowa and Texas") and is left alone. Pure.
 */
final class PlaceChains {
    /** What may follow the state: not a further member of a list. */
    private static final Pattern LIST_GOES_ON = Pattern.compile("^\\s*+(?:,\\s*+)?(?:and|or)?\\s*+$");

    private PlaceChains() {
    }

    /** Adds "site locatedIn town" and "site locatedIn state" for every address chain of the sentence. */
    static void find(String text, List<Hit> hits, Sentence s, Map<String, Relation> found) {
        for (int i = 0; i + 2 < hits.size(); i++) {
            if (isChain(text, hits, i)) {
                Hit site = hits.get(i);
                String cue = text.substring(site.begin(), hits.get(i + 2).end());
                RelationFinder.add(found, site.entity(), RelationType.LOCATED_IN, hits.get(i + 1).entity(), cue, s);
                RelationFinder.add(found, site.entity(), RelationType.LOCATED_IN, hits.get(i + 2).entity(), cue, s);
            }
        }
    }

    /** Whether {@code a} and {@code b} (in text order) are two members of one address chain: then no list. */
    static boolean inChain(String text, List<Hit> hits, Hit a, Hit b) {
        for (int i = 0; i + 2 < hits.size(); i++) {
            if (hits.get(i).begin() == a.begin() && isChain(text, hits, i)
                    && (hits.get(i + 1).begin() == b.begin() || hits.get(i + 2).begin() == b.begin())) {
                return true;
            }
        }
        return false;
    }

    private static boolean isChain(String text, List<Hit> hits, int i) {
        Hit site = hits.get(i);
        Hit town = hits.get(i + 1);
        Hit state = hits.get(i + 2);
        if (site.type() != EntityType.PLACE || town.type() != EntityType.CITY && town.type() != EntityType.PLACE
                || state.type() != EntityType.REGION && state.type() != EntityType.COUNTRY
                || town.begin() < site.end() || state.begin() < town.end()
                || !text.substring(site.end(), town.begin()).equals(", ")
                || !text.substring(town.end(), state.begin()).equals(", ")) {
            return false;
        }
        if (i > 0 && hits.get(i - 1).type().isPlace() && hits.get(i - 1).end() <= site.begin()
                && LIST_GOES_ON.matcher(text.substring(hits.get(i - 1).end(), site.begin())).matches()) {
            return false; // "Iowa, Elm Park, Kelton, Ohio": a list
        }
        if (i + 3 < hits.size() && hits.get(i + 3).type().isPlace() && hits.get(i + 3).begin() >= state.end()
                && LIST_GOES_ON.matcher(text.substring(state.end(), hits.get(i + 3).begin())).matches()) {
            return false; // "Elm Park, Kelton, Ohio and Texas"
        }
        return true;
    }
}

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
 * A site "in" a place is there: a name whose last word makes it a site ("the Acme Plant in Ohio", "Elm Hospital in
 * Pinecrest", "the Naval Observatory in northwest Washington") or a name followed by a site noun ("the Elm Ridge
 * uranium processing plant in Ohio", "Elm Farm, a retreat center in Pinecrest"). A site cannot move, so "in" here
 * states where it stands, unlike "Acme in Ohio" (a firm acting there), which stays with the classifier. Companies
 * are left out: "Acme Co. in Pinecrest" may be a branch. Reads one sentence; pure.
 */
final class FacilitySeats {
    /** The last word of a site's name. */
    private static final Pattern SITE_NAME = Pattern.compile("(?i)\\s(?:plant|observatory|hospital|airport|base|farm|"
            + "site|prison|penitentiary|station|dam|seashore|laboratory|lab|mine|refinery|factory|mill|university|"
            + "college|academy|institute|stadium|arena|museum|zoo|cathedral|church|tower|shipyard|arsenal|depot)\\.?+$");
    /** Words before "in": none, or lower-case words ending in a site noun, or an apposition naming one. */
    private static final Pattern GAP = Pattern.compile("^(?:(?:,\\s++(?:a|an|the))?+\\s++(?:[\\p{L}-]++\\s++){0,3}"
            + "(?:plant|factory|mill|refinery|mine|facility|complex|site|base|center|centre|station|camp|prison|"
            + "hospital|airport|reactor|laboratory|farm|school|college|university|church|museum|shipyard|depot))?+"
            + "\\s++in\\s++(?:the\\s++)?+(?:(?:north|south|east|west|northeast|northwest|southeast|southwest|northern|"
            + "southern|eastern|western|central|northeastern|northwestern|southeastern|southwestern|downtown|rural)"
            + "\\s++)?+$");
    /** A site noun in the gap: the name before it is the site's. */
    private static final Pattern SITE_NOUN_IN_GAP = Pattern.compile("\\p{Ll}\\s++in\\s");

    private FacilitySeats() {
    }

    static void find(String text, List<Hit> hits, Sentence s, Map<String, Relation> found) {
        for (int i = 0; i + 1 < hits.size(); i++) {
            Hit site = hits.get(i);
            Hit place = hits.get(i + 1);
            if (place.begin() < site.end() || !place.type().isPlace() || site.type() == EntityType.COMPANY
                    || !(site.type().isOrganization() || site.type().isPlace())) {
                continue;
            }
            String gap = text.substring(site.end(), place.begin());
            if (!GAP.matcher(gap).matches()) {
                continue;
            }
            boolean named = SITE_NAME.matcher(" " + site.entity().name().strip()).find();
            if (!named && (!SITE_NOUN_IN_GAP.matcher(gap).find() || site.type() == EntityType.GOVERNMENT_BODY)) {
                // a government body before a site noun runs the site ("the CIA base in Benghazi") or qualifies a
                // person ("a Navy veteran attending school in X"): it is not itself the site
                continue;
            }
            RelationType type = site.type().isPlace() ? RelationType.LOCATED_IN : RelationType.BASED_IN;
            RelationFinder.add(found, site.entity(), type, place.entity(), text.substring(site.begin(), place.end()), s);
            // "Elm Hospital in Pinecrest in northeast Ohio": the site is in the town's region too
            if (i + 2 < hits.size() && hits.get(i + 2).begin() >= place.end() && place.type() != EntityType.COUNTRY
                    && (hits.get(i + 2).type() == EntityType.REGION || hits.get(i + 2).type() == EntityType.COUNTRY)
                    && StructuralRelations.PLACE_IN_PLACE.matcher(text.substring(place.end(), hits.get(i + 2).begin())).matches()) {
                RelationFinder.add(found, site.entity(), type, hits.get(i + 2).entity(),
                        text.substring(site.begin(), hits.get(i + 2).end()), s);
            }
        }
    }
}

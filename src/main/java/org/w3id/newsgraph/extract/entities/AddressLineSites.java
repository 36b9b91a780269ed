package org.w3id.newsgraph.extract.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.w3id.newsgraph.extract.text.TokenView;
import org.w3id.newsgraph.gazetteer.Gazetteer;
import org.w3id.newsgraph.gazetteer.GazetteerEntry;
import org.w3id.newsgraph.model.EntityType;

/**
 * A line of a list of sites, one address per line ending in a semicolon: the site, maybe its town or county, and
 * the state or country ("Fort Ardmore, Kelton, N.Y.;", "Elm Lock and Dam, Pike County, Ala.;", "Elm Indian
 * Center, N.M.;"). Wire copy prints such lists of parks, bases and dams; alone on its line the site's name has no
 * context, so the model reads "Fort Ardmore" as a person and "Elm Lock and Dam" as two names. When the part before
 * the first comma is a name of capitalised words whose first or last word marks a site (a fort, a dam, a center:
 * the kinds of places the US lists name), and the line ends with a listed state or country and ";", that part is
 * one place, replacing what was found inside it.
 */
final class AddressLineSites {
    /** First words of sites ("Fort Hamilton", "Camp Elm", "Mount Ardmore"). */
    private static final Set<String> SITE_LEADS = Set.of("fort", "camp", "mount", "cape", "lake", "port");
    /**
     * Last words of sites: the kinds of the National Park Service's units and of federal installations (seashore,
     * monument, battlefield, lock and dam, base, arsenal, ...).
     */
    private static final Set<String> SITE_HEADS = Set.of("seashore", "lakeshore", "monument", "memorial", "park",
            "battlefield", "site", "preserve", "reserve", "refuge", "forest", "wilderness", "parkway", "recreation",
            "area", "dam", "lock", "locks", "reservoir", "base", "station", "arsenal", "depot", "yard", "shipyard",
            "center", "centre", "hospital", "cemetery", "landing", "island", "bay", "beach", "harbor", "harbour",
            "reservation", "shrine", "museum", "laboratory", "observatory", "airport", "field", "plant", "mine",
            "prison", "penitentiary", "academy");
    private static final Set<String> CONNECTORS = Set.of("and", "of", "the", "&");
    private static final int MAX_SITE_WORDS = 8;
    private static final int MAX_TOWN_WORDS = 4;

    private AddressLineSites() {
    }

    /** The candidates (sorted by first token) with the sites of address lines made one place each. */
    static List<EntityStep.Candidate> add(TokenView v, Gazetteer gazetteer, List<EntityStep.Candidate> found) {
        List<EntityStep.Candidate> out = new ArrayList<>(found);
        for (int i = 0; i < v.size(); i++) {
            if (!DatelineTowns.startsLine(v, i) || !v.isCap(i)) {
                continue;
            }
            int comma = siteEnd(v, i);
            if (comma < 0 || !addressRest(v, gazetteer, comma)) {
                continue;
            }
            int first = i;
            int last = comma - 1;
            if (out.stream().anyMatch(c -> c.first() == first && c.last() == last
                    && (c.type().isPlace() || c.gazetteerId() != null))) {
                continue; // found whole already
            }
            out.removeIf(c -> c.first() <= last && c.last() >= first);
            out.add(new EntityStep.Candidate(first, last, v.token(first).sentence(), v.written(first, last),
                    EntityType.PLACE, 3, null, null, false, false));
        }
        out.sort(Comparator.comparingInt(EntityStep.Candidate::first));
        return out;
    }

    /** The comma after a site's name that starts at {@code i}, or -1. */
    private static int siteEnd(TokenView v, int i) {
        int k = i;
        while (k < v.size() && k - i <= MAX_SITE_WORDS && v.sameSentence(i, k) && !v.text(k).equals(",")) {
            if (!v.isCap(k) && !CONNECTORS.contains(v.text(k))) {
                return -1;
            }
            k++;
        }
        if (k >= v.size() || !v.text(k).equals(",") || k - i < 2 || !v.isCap(k - 1)) {
            return -1;
        }
        String lead = NameLexicon.lower(v.text(i));
        String head = NameLexicon.lower(v.text(k - 1));
        return SITE_LEADS.contains(lead) || SITE_HEADS.contains(head) ? k : -1;
    }

    /** After the site's comma: maybe a town or county and a comma, then a listed state or country, ";" and the
     *  line's end. */
    private static boolean addressRest(TokenView v, Gazetteer gazetteer, int comma) {
        String text = v.fullText();
        int from = v.token(comma).span().end();
        int lineEnd = text.indexOf('\n', from);
        String rest = text.substring(from, lineEnd < 0 ? text.length() : lineEnd).strip();
        if (!rest.endsWith(";")) {
            return false;
        }
        String[] parts = rest.substring(0, rest.length() - 1).split(",", -1);
        if (parts.length > 2) {
            return false;
        }
        if (parts.length == 2 && !town(parts[0].strip())) {
            return false;
        }
        return stateOrCountry(gazetteer, parts[parts.length - 1].strip());
    }

    private static boolean town(String s) {
        String[] w = s.split("\\s++");
        if (s.isEmpty() || w.length > MAX_TOWN_WORDS) {
            return false;
        }
        for (String word : w) {
            if (!Character.isUpperCase(word.charAt(0))) {
                return false;
            }
        }
        return true;
    }

    private static boolean stateOrCountry(Gazetteer gazetteer, String s) {
        Optional<GazetteerEntry> e = gazetteer.byName(s);
        return e.isPresent() && (e.get().type() == EntityType.REGION || e.get().type() == EntityType.COUNTRY);
    }
}

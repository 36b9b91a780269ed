package org.w3id.newsgraph.extract.entities;

import org.w3id.newsgraph.extract.text.TokenView;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.w3id.newsgraph.gazetteer.Gazetteer;
import org.w3id.newsgraph.gazetteer.GazetteerEntry;
import org.w3id.newsgraph.model.EntityType;

/**
 * Boundaries and links of listed names that US copy writes differently: a town named after a listed city ("East
 * Chicago, Ind.", "Palm Beach Gardens") is the whole town, not the city; a listed foreign city followed by a US
 * state ("Berlin, N.H.") is a US town of that name, not the capital; a listed company name right after a given
 * name ("Henry Ford's") is the person's surname.
 */
final class PlaceNames {
    private static final String US = "united-states";
    /** The gazetteer's id of a US state that shares a country's name: "georgia" and "georgia-us-state". */
    private static final String US_STATE_SUFFIX = "-us-state";
    /** A state's abbreviation after a comma: "Ind.", "Calif.", "N.H.", "Pa". */
    private static final Pattern STATE_ABBREVIATION = Pattern.compile("[A-Z][a-z]{1,4}\\.?|[A-Z]\\.[A-Z]\\.?|[A-Z]{2}");

    private final TokenView v;
    private final Gazetteer gazetteer;
    private final NameLexicon lexicon;
    private final NotNameWords words = NotNameWords.BUNDLED;

    PlaceNames(TokenView v, Gazetteer gazetteer, NameLexicon lexicon) {
        this.v = v;
        this.gazetteer = gazetteer;
        this.lexicon = lexicon;
    }

    /** The candidates (sorted by first token) with the fixes above. */
    List<EntityStep.Candidate> fix(List<EntityStep.Candidate> found) {
        List<EntityStep.Candidate> out = new ArrayList<>(found.size());
        long usStates = found.stream().map(EntityStep.Candidate::gazetteerId).filter(id -> id != null).distinct()
                .map(gazetteer::byId).filter(e -> e.isPresent() && e.get().type() == EntityType.REGION
                        && US.equals(e.get().country())).count();
        for (int i = 0; i < found.size(); i++) {
            EntityStep.Candidate c = found.get(i);
            int before = out.isEmpty() ? -1 : out.get(out.size() - 1).last();
            int after = i + 1 < found.size() ? found.get(i + 1).first() : v.size();
            Optional<GazetteerEntry> entry = c.gazetteerId() == null ? Optional.empty() : gazetteer.byId(c.gazetteerId());
            if (entry.isEmpty() || c.generic()) {
                out.add(stateAfterPlace(c, out) || stateTag(c) ? town(c, c.first(), c.last(), EntityType.REGION)
                        : datelineTown(c) ? town(c, c.first(), c.last(), EntityType.CITY) : c);
                continue;
            }
            if (entry.get().type() == EntityType.COUNTRY && usStates > 1) {
                Optional<GazetteerEntry> twin = gazetteer.byId(entry.get().id() + US_STATE_SUFFIX);
                if (twin.isPresent()) {
                    out.add(new EntityStep.Candidate(c.first(), c.last(), c.sentence(), c.surface(), twin.get().type(),
                            c.strength(), twin.get().id(), null, false, false)); // Georgia among US states
                    continue;
                }
            }
            GazetteerEntry e = entry.get();
            if (e.type().coarse() == EntityType.ORGANIZATION && c.first() == c.last() && givenNameBefore(c, before, out)) {
                out.add(town(c, c.first() - 1, c.last(), EntityType.PERSON));
            } else if (e.type().coarse() != EntityType.PLACE || e.type() == EntityType.COUNTRY) {
                out.add(c);
            } else if (c.first() - 1 > before && v.sameSentence(c.first() - 1, c.first()) && v.isCap(c.first() - 1)
                    && words.in("place-prefixes", v.text(c.first() - 1)) && stateAfter(c.last())) {
                out.add(town(c, c.first() - 1, c.last(), EntityType.CITY));
            } else if (c.last() + 1 < after && v.sameSentence(c.last(), c.last() + 1) && v.isCap(c.last() + 1)
                    && words.in("place-heads", v.text(c.last() + 1)) && !nameGoesOn(c.last() + 2)) {
                out.add(town(c, c.first(), c.last() + 1, placeType(e, v.text(c.last() + 1))));
            } else if (e.type() == EntityType.CITY && !US.equals(e.country()) && stateAfter(c.last())) {
                out.add(town(c, c.first(), c.last(), EntityType.CITY));
            } else {
                out.add(c);
            }
        }
        return out;
    }

    /** A capitalised word right after the head: "Langley Park Productions" names something else. */
    private boolean nameGoesOn(int k) {
        return k < v.size() && v.sameSentence(k - 1, k) && v.isCap(k);
    }

    /** "Palm Beach County" is a region, "Palm Beach Gardens" a town, "Palm Beach Airport" a place. */
    private static EntityType placeType(GazetteerEntry e, String head) {
        String h = NameLexicon.lower(head);
        if (h.equals("county") || h.equals("township")) {
            return EntityType.REGION;
        }
        return e.type() == EntityType.CITY && (h.equals("gardens") || h.equals("heights") || h.equals("springs")
                || h.equals("falls") || h.equals("beach") || h.equals("village") || h.equals("city")) ? EntityType.CITY
                : EntityType.PLACE;
    }

    /** "Henry Ford's", "Henry Ford said": a given name right before, alone or as its own one-word name. */
    private boolean givenNameBefore(EntityStep.Candidate c, int before, List<EntityStep.Candidate> out) {
        int g = c.first() - 1;
        if (g < 0 || !v.sameSentence(g, c.first()) || !lexicon.isGivenName(v.text(g)) || !v.isCap(g)) {
            return false;
        }
        if (before < g) {
            return true;
        }
        EntityStep.Candidate prev = out.get(out.size() - 1);
        if (prev.first() == g && prev.last() == g && prev.gazetteerId() == null) {
            out.remove(out.size() - 1);
            return true;
        }
        return false;
    }

    /** "Dayton, Ohio", "Austin, Tex.", "Richmond, VA": a state's abbreviation right after a place and a comma. */
    private boolean stateAfterPlace(EntityStep.Candidate c, List<EntityStep.Candidate> out) {
        if (c.type().coarse() != EntityType.ORGANIZATION || out.isEmpty() || c.last() - c.first() > 1) {
            return false;
        }
        EntityStep.Candidate prev = out.get(out.size() - 1);
        return prev.type().coarse() == EntityType.PLACE && prev.last() + 2 == c.first()
                && v.text(prev.last() + 1).equals(",") && v.sameSentence(prev.last(), c.first())
                && STATE_ABBREVIATION.matcher(c.surface()).matches();
    }

    /** "Rep. Jane Roe (Tex.)": a state's abbreviation in parentheses, typed as an organisation. */
    private boolean stateTag(EntityStep.Candidate c) {
        int close = c.last() + 1 < v.size() && v.text(c.last() + 1).equals(".") ? c.last() + 2 : c.last() + 1;
        return c.type().coarse() == EntityType.ORGANIZATION && c.first() == c.last() && c.first() > 0
                && close < v.size() && v.text(c.first() - 1).equals("(") && v.text(close).equals(")")
                && STATE_ABBREVIATION.matcher(c.surface()).matches() && !NameLexicon.isCalendar(c.surface());
    }

    /** "DECATUR, Ill.", "Roseburg, Ore.": an unlisted name typed as an organisation before a comma and a US state. */
    private boolean datelineTown(EntityStep.Candidate c) {
        return c.type().coarse() == EntityType.ORGANIZATION && c.last() - c.first() <= 2 && stateAfter(c.last())
                && !NameLexicon.ORG_KEYWORDS.contains(NameLexicon.lower(v.text(c.last())));
    }

    /** ", Ind.", ", New Hampshire": a comma and a US state's name or abbreviation after token {@code last}. */
    private boolean stateAfter(int last) {
        int k = last + 1;
        if (k + 1 >= v.size() || !v.text(k).equals(",") || !v.sameSentence(last, k + 1) || !v.isCap(k + 1)) {
            return false;
        }
        for (int n = 2; n >= 1; n--) {
            if (k + n < v.size() && v.sameSentence(k + 1, k + n)) {
                Optional<GazetteerEntry> s = gazetteer.byName(v.surface(k + 1, k + n));
                if (s.isPresent() && s.get().type() == EntityType.REGION && US.equals(s.get().country())) {
                    return true;
                }
            }
        }
        String w = v.text(k + 1);
        if (NameLexicon.isCalendar(w)) {
            return false; // "MEXICO CITY, Dec. 5"
        }
        boolean dotted = w.endsWith(".") || k + 2 < v.size() && v.text(k + 2).equals(".") && v.glued(k + 1, k + 2);
        return dotted && STATE_ABBREVIATION.matcher(w).matches();
    }

    /** The name over [first, last] as a name of its own, not the listed entry. */
    private EntityStep.Candidate town(EntityStep.Candidate c, int first, int last, EntityType type) {
        String written = v.written(first, last);
        if (v.isAllCaps(first) && v.isAllCaps(last) && written.length() >= 4) {
            written = EntityStep.titleCase(written); // a dateline: "EAST CHICAGO, Ind."
        }
        return new EntityStep.Candidate(first, last, c.sentence(), written, type, 3, null, null, false, false);
    }
}

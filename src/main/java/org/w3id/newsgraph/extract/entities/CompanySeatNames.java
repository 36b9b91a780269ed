package org.w3id.newsgraph.extract.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.w3id.newsgraph.extract.text.TokenView;
import org.w3id.newsgraph.gazetteer.Gazetteer;
import org.w3id.newsgraph.gazetteer.GazetteerEntry;
import org.w3id.newsgraph.model.EntityType;

/**
 * Wire copy names a firm with its legal form and its seat ("Harlow Packing Co. of Houston"), and the name rules read
 * the whole as one organisation. When the words after the legal form's "of" are a listed city or region, they are
 * the seat: two names, the company and the place. So are the words after a second "of" ("Institute of Zoology of
 * Kunming"). A country or a continent is left joined ("Insurance Co. of North
 * America", "Aluminum Co. of Canada" are names), and so is an unlisted town, unless a listed US state follows it
 * after a comma ("Healy Co. of McCook, Ill.": an address).
 */
final class CompanySeatNames {
    /** The last word of a legal form: "Co.", "Corp", "Inc.", "Ltd.", "Cos.", "Bros." (its stop maybe its own token). */
    private static final Pattern LEGAL_FORM = Pattern.compile("(?:Co|Cos|Corp|Inc|Ltd|Bros)\\.?+");

    /** A place's kind before "of": "City of", "State of", "Republic of" name a place, not a seat. */
    private static final Pattern PLACE_KIND = Pattern.compile("(?i)city|state|county|district|province|republic|kingdom"
            + "|commonwealth|town|territory|region|port|borough|islands?|isle|bay|gulf|sea|lake|river|university|college");

    private CompanySeatNames() {
    }

    /** The candidates (sorted by first token) with companies and their seats parted. */
    static List<EntityStep.Candidate> split(TokenView v, Gazetteer gazetteer, List<EntityStep.Candidate> found) {
        List<EntityStep.Candidate> out = new ArrayList<>(found.size());
        for (EntityStep.Candidate c : found) {
            int of = c.type().isOrganization() && c.gazetteerId() == null ? seatOf(v, c) : -1;
            Optional<GazetteerEntry> seat = of < 0 ? Optional.empty()
                    : gazetteer.byName(v.surface(of + 1, c.last()))
                            .filter(CompanySeatNames::seat);
            boolean address = of >= 0 && seat.isEmpty() && unlistedTownOfState(v, gazetteer, c, of);
            if (seat.isEmpty() && !address) {
                out.add(c);
                continue;
            }
            int orgLast = of - 1;
            out.add(new EntityStep.Candidate(c.first(), orgLast, c.sentence(), v.written(c.first(), orgLast), c.type(),
                    c.strength(), null, c.group(), false, false));
            out.add(new EntityStep.Candidate(of + 1, c.last(), c.sentence(), v.written(of + 1, c.last()),
                    address ? EntityType.PLACE : seat.get().type(), 3, address ? null : seat.get().id(), null, false,
                    false));
        }
        return out;
    }

    /**
     * After the legal form's "of", up to three capitalised words, then a comma and a listed US state ("Healy Co. of
     * McCook, Ill."): an address, so the words are a town although no list holds it.
     */
    private static boolean unlistedTownOfState(TokenView v, Gazetteer gazetteer, EntityStep.Candidate c, int of) {
        int form = v.text(of - 1).equals(".") ? of - 2 : of - 1;
        if (form <= c.first() || !LEGAL_FORM.matcher(v.text(form)).matches() || c.last() - of > 3
                || c.last() + 2 >= v.size() || !v.text(c.last() + 1).equals(",") || !v.sameSentence(c.last(), c.last() + 2)
                || !DatelineTowns.usState(v, gazetteer, c.last() + 2)) {
            return false;
        }
        for (int k = of + 1; k <= c.last(); k++) {
            if (!v.isCap(k)) {
                return false;
            }
        }
        return true;
    }

    /** A city, or a region inside a country (a state, a province), not a continent. */
    private static boolean seat(GazetteerEntry e) {
        return e.type() == EntityType.CITY
                || e.type() == EntityType.REGION && e.country() != null && !e.country().isBlank();
    }

    /**
     * The token "of" right after the candidate's legal form, or a second "of" ("Institute of Zoology of Kunming": the
     * first "of" belongs to the name, the second gives the seat) unless a place's kind stands before it ("Museum of
     * the City of X"); or -1.
     */
    private static int seatOf(TokenView v, EntityStep.Candidate c) {
        boolean named = false;
        for (int k = c.first() + 1; k < c.last(); k++) {
            if (v.text(k).equals("of")) {
                if (named) {
                    return PLACE_KIND.matcher(v.text(k - 1)).matches() ? -1 : k;
                }
                int form = v.text(k - 1).equals(".") ? k - 2 : k - 1;
                if (form > c.first() && LEGAL_FORM.matcher(v.text(form)).matches()) {
                    return k;
                }
                named = true;
            }
        }
        return -1;
    }
}

package org.w3id.newsgraph.extract.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.w3id.newsgraph.extract.text.TokenView;
import org.w3id.newsgraph.gazetteer.Gazetteer;
import org.w3id.newsgraph.gazetteer.GazetteerEntry;
import org.w3id.newsgraph.model.EntityType;

/**
 * A US dateline names an unlisted town in capitals at the start of a line, then its state ("PURCHASE, N.Y.",
 * "ROYAL OAK, Mich. (AP) -"). The name rules skip capitalised words they cannot type, and "PURCHASE" is also a
 * word, so the town is added here: up to four words in capitals that begin a line, a comma and a listed US state
 * (by name or abbreviation). A name the other rules found there already is kept as it is.
 */
final class DatelineTowns {
    private static final String US = "united-states";
    private static final int MAX_WORDS = 4;

    private DatelineTowns() {
    }

    /** The candidates (sorted by first token) with the towns of datelines added. */
    static List<EntityStep.Candidate> add(TokenView v, Gazetteer gazetteer, List<EntityStep.Candidate> found) {
        List<EntityStep.Candidate> out = new ArrayList<>(found);
        for (int i = 0; i < v.size(); i++) {
            if (!startsLine(v, i)) {
                continue;
            }
            int k = i;
            while (k < v.size() && k - i < MAX_WORDS && v.sameSentence(i, k) && capitals(v, k)) {
                k++;
            }
            if (k == i || k + 1 >= v.size() || !v.text(k).equals(",") || !v.sameSentence(i, k + 1)
                    || !usState(v, gazetteer, k + 1) || covered(found, i, k - 1)) {
                continue;
            }
            out.add(new EntityStep.Candidate(i, k - 1, v.token(i).sentence(),
                    EntityStep.titleCase(v.written(i, k - 1)), EntityType.CITY, 3, null, null, false, false));
        }
        out.sort(Comparator.comparingInt(EntityStep.Candidate::first));
        return out;
    }

    /** Token i is the first of its line. */
    static boolean startsLine(TokenView v, int i) {
        String text = v.fullText();
        for (int p = v.token(i).span().begin() - 1; p >= 0; p--) {
            char c = text.charAt(p);
            if (c == '\n' || c == '\r') {
                return true;
            }
            if (!Character.isWhitespace(c)) {
                return false;
            }
        }
        return true;
    }

    /** A word in capitals ("OAK", "STOCKTON-ON-TEES"), not an initial. */
    private static boolean capitals(TokenView v, int k) {
        String w = v.text(k);
        return w.length() >= 2 && Character.isLetter(w.charAt(0)) && v.isAllCaps(k) && w.chars().allMatch(
                c -> Character.isUpperCase(c) || c == '-' || c == '\'');
    }

    /** A listed US state's name or abbreviation at token k (its full stop maybe a token of its own). */
    private static boolean usState(TokenView v, Gazetteer gazetteer, int k) {
        Optional<GazetteerEntry> e = gazetteer.byName(v.text(k));
        if (e.isEmpty() && k + 1 < v.size() && v.text(k + 1).equals(".") && v.glued(k, k + 1)) {
            e = gazetteer.byName(v.text(k) + ".");
        }
        return e.isPresent() && e.get().type() == EntityType.REGION && US.equals(e.get().country());
    }

    private static boolean covered(List<EntityStep.Candidate> found, int first, int last) {
        return found.stream().anyMatch(c -> c.first() <= last && c.last() >= first);
    }
}

package org.w3id.newsgraph.extract.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.w3id.newsgraph.extract.text.TokenView;
import org.w3id.newsgraph.gazetteer.Gazetteer;
import org.w3id.newsgraph.gazetteer.GazetteerEntry;
import org.w3id.newsgraph.model.EntityType;

/**
 * A US dateline names an unlisted town in capitals at the start of a line, then its state ("PURCHASE, N.Y.",
 * "ROYAL OAK, Mich. (AP) -"). The name rules skip capitalised words they cannot type, and "PURCHASE" is also a
 * word, so the town is added here: up to four words in capitals that begin a line, a comma and a listed US state
 * (by name or abbreviation). A foreign dateline names a listed country or region instead ("ELMSTADT, Austria
 * (AP)"); there the line must end after it or after a credit in parentheses, as datelines do. A listed place or a
 * name the other rules found reaching outside the run is kept as it is; an unlisted name that is not a place and
 * covers part of the run ("NIAGARA" of "NIAGARA FALLS", read as a body, "GLEN" of "GLEN FALLS", read as a person)
 * or all of it ("AOSTA, Italy (AP)": the model takes a word in capitals before a credit for a body) gives way to
 * the town.
 */
final class DatelineTowns {
    private static final String US = "united-states";
    private static final int MAX_WORDS = 4;
    /** What may follow a foreign dateline's country on its line: nothing, or a credit ("(AP)", "(AP) — text"). */
    private static final Pattern CREDIT_REST = Pattern.compile("(?:\\([A-Z][\\w&.' -]*+\\)(?:\\s*+[—–-].*+)?+)?+");

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
                    || !usState(v, gazetteer, k + 1) && !foreign(v, gazetteer, k + 1) || kept(found, i, k - 1)) {
                continue;
            }
            int first = i;
            int last = k - 1;
            out.removeIf(c -> c.first() >= first && c.last() <= last);
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
    static boolean usState(TokenView v, Gazetteer gazetteer, int k) {
        Optional<GazetteerEntry> e = gazetteer.byName(v.text(k));
        if (e.isEmpty() && k + 1 < v.size() && v.text(k + 1).equals(".") && v.glued(k, k + 1)) {
            e = gazetteer.byName(v.text(k) + ".");
        }
        return e.isPresent() && e.get().type() == EntityType.REGION && US.equals(e.get().country());
    }

    /**
     * A listed country or region outside the US at token k, then the line's end or a credit in parentheses that
     * ends it ("England (AP)").
     */
    private static boolean foreign(TokenView v, Gazetteer gazetteer, int k) {
        Optional<GazetteerEntry> e = gazetteer.byName(v.text(k));
        if (e.isEmpty() || e.get().type() != EntityType.COUNTRY
                && !(e.get().type() == EntityType.REGION && !US.equals(e.get().country()))) {
            return false;
        }
        String text = v.fullText();
        int from = v.token(k).span().end();
        int lineEnd = text.indexOf('\n', from);
        String rest = text.substring(from, lineEnd < 0 ? text.length() : lineEnd).strip();
        return CREDIT_REST.matcher(rest).matches();
    }

    /** Whether a name found over the run stays: a listed one, a place, or one that reaches outside the run. */
    private static boolean kept(List<EntityStep.Candidate> found, int first, int last) {
        for (EntityStep.Candidate c : found) {
            if (c.first() > last || c.last() < first) {
                continue;
            }
            if (c.gazetteerId() != null || c.type().isPlace() || c.first() < first || c.last() > last) {
                return true;
            }
        }
        return false;
    }
}

package org.w3id.newsgraph.extract.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.w3id.newsgraph.extract.text.TokenView;
import org.w3id.newsgraph.model.EntityType;

/**
 * A news service's source line whose outlet the name rules did not join to the place ({@link SourceLines} parts
 * a joined one): a listed place, then the outlet's name to the end of the line or to "in" and a language
 * ("Berlin N-TV", "PY2604013394 Rio de Janeiro O GLOBO in Portuguese 23 Apr 94"). The words after the place become
 * one outlet, replacing the pieces found there ("GLOBO" without its article). The line is a source line when a
 * document number comes right before the place; without one, only a place written in lower case followed by an
 * outlet in capitals ("The Hague ANP") is read so, which no headline in capitals and no title-case headline is.
 */
final class SourceLineOutlets {
    private static final int MAX_WORDS = 6;

    private SourceLineOutlets() {
    }

    /** The candidates (sorted by first token) with the outlets of source lines added. */
    static List<EntityStep.Candidate> add(TokenView v, List<EntityStep.Candidate> found) {
        List<EntityStep.Candidate> out = new ArrayList<>(found);
        for (EntityStep.Candidate place : found) {
            if (place.gazetteerId() == null || !place.type().isPlace()) {
                continue;
            }
            boolean numbered = place.first() > 0 && v.sameSentence(place.first() - 1, place.first())
                    && SourceLines.isDocumentNumber(v.text(place.first() - 1));
            if (!numbered && (!DatelineTowns.startsLine(v, place.first()) || v.isAllCaps(place.first()))) {
                continue;
            }
            int first = place.last() + 1;
            int end = outletEnd(v, first, !numbered);
            int last = end < first ? end : SourceLines.withoutService(v, first, end);
            if (last < first || found.stream().anyMatch(c -> c.first() == first && c.last() == last)) {
                continue; // no outlet, or the rules found it whole already
            }
            out.removeIf(c -> c != place && c.first() <= last && c.last() >= first);
            out.add(new EntityStep.Candidate(first, last, place.sentence(), v.written(first, last),
                    EntityType.MEDIA_ORGANIZATION, 3, null, null, false, false));
        }
        out.sort(Comparator.comparingInt(EntityStep.Candidate::first));
        return out;
    }

    /**
     * The last token of the outlet starting at {@code first}: capitalised words (in capitals when {@code capitals})
     * up to the end of the line or "in" and a language; -1 when the line goes on otherwise.
     */
    private static int outletEnd(TokenView v, int first, boolean capitals) {
        for (int k = first; k < v.size() && k - first < MAX_WORDS && v.sameSentence(first, k); k++) {
            if (!v.isCap(k) || capitals && !noLowerCase(v.text(k)) || DatelineTowns.startsLine(v, k)) {
                return -1;
            }
            if (endsHere(v, k)) {
                return k;
            }
        }
        return -1;
    }

    /** The line ends after token k: its sentence ends, a new line starts, or "in" and a language follow. */
    private static boolean endsHere(TokenView v, int k) {
        int n = k + 1;
        if (n >= v.size() || !v.sameSentence(k, n) || DatelineTowns.startsLine(v, n)) {
            return true;
        }
        if (v.text(n).equals(".") && (n + 1 >= v.size() || !v.sameSentence(n, n + 1))) {
            return true;
        }
        return v.text(n).equals("in") && SourceLines.isLanguage(v.text(n + 1)) && v.sameSentence(n, n + 1);
    }

    private static boolean noLowerCase(String w) {
        return w.chars().noneMatch(Character::isLowerCase);
    }
}

package org.w3id.newsgraph.extract.entities;

import java.util.Set;

import org.w3id.newsgraph.extract.text.TokenView;
import org.w3id.newsgraph.gazetteer.Gazetteer;

/**
 * Demonyms that do not name their country where they stand: a surname after a given name ("Mark Cuban", "Ed
 * French": the person, and the model reads the whole name) and a language ("in both English and Spanish",
 * "speaks French and German": no country is meant). Only single-word demonyms, not plurals ("Americans").
 */
final class DemonymReadings {
    /** Words that open a language: "in Spanish", "speaks French", "fluent in". */
    private static final Set<String> LANGUAGE_OPENERS = Set.of("in", "into", "speak", "speaks", "spoke", "speaking",
            "fluent", "translated");
    /** Words a list of languages may hold between its opener and the demonym. */
    private static final Set<String> LIST_WORDS = Set.of("both", "and", "or", ",", "either");
    private static final int LOOK_BACK = 5;

    private DemonymReadings() {
    }

    /**
     * The demonym at {@code i} is a surname: a capitalised given name stands right before it, or a capitalised
     * word that is no listed name, inside the sentence, with no noun after the demonym ("owner Mark Cuban is",
     * where "Mark" is left out of the given names as a common word; "Miami Cuban exiles" is no person).
     */
    static boolean surname(TokenView v, NameLexicon lexicon, Gazetteer gazetteer, int i, int start, int end) {
        if (i - 1 < start || !v.isCap(i - 1) || v.isAllCaps(i - 1) || !v.sameSentence(i - 1, i) || v.isPossessive(i)
                || NameLexicon.isTitle(v.text(i - 1)) || gazetteer.byName(v.text(i - 1)).isPresent()
                || gazetteer.byDemonym(v.text(i - 1)).isPresent()) {
            return false;
        }
        if (lexicon.isGivenName(v.text(i - 1))) {
            return true;
        }
        return i - 2 >= start && v.sameSentence(i - 2, i) && !v.isCap(i - 2) && Character.isLetter(v.text(i - 2).charAt(0))
                && !(i + 1 < end && nounAfter(v, i + 1));
    }

    /**
     * The demonym at {@code i} names a language: no noun follows it, and going back over other demonyms and list
     * words ("both", "and", ",") reaches "in", "speaks" or the like.
     */
    static boolean language(TokenView v, Gazetteer gazetteer, int i, int start, int end) {
        if (i + 1 < end && nounAfter(v, i + 1)) {
            return false; // "in Spanish politics", "in French hands"
        }
        for (int k = i - 1; k >= start && k >= i - LOOK_BACK; k--) {
            String w = NameLexicon.lower(v.text(k));
            if (LANGUAGE_OPENERS.contains(w)) {
                return true;
            }
            if (!LIST_WORDS.contains(w) && gazetteer.byDemonym(v.text(k)).isEmpty()) {
                return false;
            }
        }
        return false;
    }

    /** A word after the demonym that it modifies: a noun or an adjective ("Spanish voters", "French national"). */
    private static boolean nounAfter(TokenView v, int k) {
        String w = v.text(k);
        if (w.isEmpty() || !Character.isLetter(w.charAt(0))) {
            return false;
        }
        String pos = v.pos(k);
        return v.isCap(k) || pos.startsWith("NN") || pos.startsWith("JJ") || pos.equals("NOUN") || pos.equals("ADJ")
                || pos.isEmpty() && !NameLexicon.isStop(w);
    }
}

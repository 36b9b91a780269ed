package org.w3id.newsgraph.extract.entities;

import java.util.ArrayList;
import java.util.List;

import org.w3id.newsgraph.extract.text.TokenView;

/**
 * All-capitals lines ("SOCCER - IRELAND BEAT LIECHTENSTEIN 5-0 IN WORLD CUP QUALIFIER"): every word is
 * capitalised there, so capitals and the words around a name are no cue ("LEAGUE" is no organisation word in
 * "MAJOR LEAGUE RESULTS"). A name the rules found in such a line keeps only its gazetteer entry; otherwise it
 * counts as found from capitalisation alone, which the name model (trained on wire headlines) confirms or not.
 */
final class Shouting {
    /** At least this many words of two letters or more, none with a lower-case letter. */
    private static final int MIN_WORDS = 3;

    private Shouting() {
    }

    static List<EntityStep.Candidate> demote(TokenView v, List<EntityStep.Candidate> rules) {
        java.util.Map<Integer, Boolean> shouted = new java.util.HashMap<>();
        List<EntityStep.Candidate> out = new ArrayList<>(rules.size());
        for (EntityStep.Candidate c : rules) {
            boolean demote = c.gazetteerId() == null && c.group() == null && !c.thing() && c.strength() > 1
                    && shouted.computeIfAbsent(c.sentence(), s -> shouted(v, c.first()));
            out.add(demote ? new EntityStep.Candidate(c.first(), c.last(), c.sentence(), c.surface(), c.type(), 1,
                    null, null, c.generic(), false) : c);
        }
        return out;
    }

    /** The sentence holding token i is written in capitals. */
    static boolean shouted(TokenView v, int i) {
        int a = i;
        while (a > 0 && v.sameSentence(a - 1, i)) {
            a--;
        }
        int words = 0;
        for (int k = a; k < v.size() && v.sameSentence(k, i); k++) {
            String w = v.text(k);
            int letters = 0;
            for (int j = 0; j < w.length(); j++) {
                char ch = w.charAt(j);
                if (Character.isLowerCase(ch)) {
                    return false;
                }
                letters += Character.isLetter(ch) ? 1 : 0;
            }
            words += letters >= 2 ? 1 : 0;
        }
        return words >= MIN_WORDS;
    }
}

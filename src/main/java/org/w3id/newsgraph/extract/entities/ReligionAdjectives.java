package org.w3id.newsgraph.extract.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.w3id.newsgraph.extract.text.TokenView;

/**
 * A religion's adjective alone before a lower-case noun is no name: "the Christian right", "Evangelical voters",
 * "Catholic bishops" name a group of believers, not an organisation or a person. "Christian" is also a given name,
 * so the word alone is left to the other rules; only unlisted one-word names are dropped.
 */
final class ReligionAdjectives {
    /** Adjectives of religions and their branches, as capitalised in English. Lower case. */
    private static final Set<String> ADJECTIVES = Set.of("christian", "evangelical", "catholic", "protestant",
            "mormon", "jewish", "orthodox", "pentecostal", "baptist", "methodist", "lutheran", "anglican");

    private ReligionAdjectives() {
    }

    static List<EntityStep.Candidate> drop(TokenView v, List<EntityStep.Candidate> found) {
        List<EntityStep.Candidate> out = new ArrayList<>(found.size());
        for (EntityStep.Candidate c : found) {
            if (!adjective(v, c)) {
                out.add(c);
            }
        }
        return out;
    }

    private static boolean adjective(TokenView v, EntityStep.Candidate c) {
        int next = c.last() + 1;
        if (c.first() != c.last() || c.gazetteerId() != null || c.group() != null || next >= v.size()
                || !v.sameSentence(c.last(), next) || !ADJECTIVES.contains(NameLexicon.lower(v.text(c.first())))) {
            return false;
        }
        String w = v.text(next);
        return !w.isEmpty() && Character.isLowerCase(w.charAt(0)) && Character.isLetter(w.charAt(0));
    }
}

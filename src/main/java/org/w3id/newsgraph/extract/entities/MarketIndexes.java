package org.w3id.newsgraph.extract.entities;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.w3id.newsgraph.extract.text.TokenView;

/**
 * A name right before a word for a stock index is the index, not the body that publishes it: "the Dow Jones
 * industrial average closed down", "the Acme index rose". An index is a figure,
 * no entity of the graph. Its first word alone is the same index elsewhere in that article ("100 points lower in the
 * Dow"); an exchange keeps its name before its index ("the Stock Exchange index"), and where no index word follows,
 * the name keeps its reading ("Dow Jones said", the publisher).
 */
final class MarketIndexes {
    /** Words after an index's name. Lower case. */
    private static final Set<String> INDEX_WORDS = Set.of("index", "indices", "indexes", "composite");

    /** Heads of an exchange's name: "the American Stock Exchange index" names the exchange. Lower case. */
    private static final Set<String> EXCHANGES = Set.of("exchange", "bourse", "market");

    private MarketIndexes() {
    }

    static List<EntityStep.Candidate> drop(TokenView v, List<EntityStep.Candidate> found) {
        Set<String> shortForms = new HashSet<>();
        List<EntityStep.Candidate> kept = new ArrayList<>(found.size());
        for (EntityStep.Candidate c : found) {
            if (index(v, c)) {
                if (c.last() > c.first()) {
                    shortForms.add(v.text(c.first()));
                }
                continue;
            }
            kept.add(c);
        }
        if (shortForms.isEmpty()) {
            return kept;
        }
        List<EntityStep.Candidate> out = new ArrayList<>(kept.size());
        for (EntityStep.Candidate c : kept) {
            boolean shortForm = c.first() == c.last() && shortForms.contains(v.text(c.first()))
                    && "the".equals(NameLexicon.lower(v.text(c.first() - 1))) && !c.type().isPerson();
            if (!shortForm) {
                out.add(c);
            }
        }
        return out;
    }

    private static boolean index(TokenView v, EntityStep.Candidate c) {
        int next = c.last() + 1;
        if (!c.type().isOrganization() || next + 1 >= v.size() || !v.sameSentence(c.last(), next)
                || EXCHANGES.contains(NameLexicon.lower(v.text(c.last())))) {
            return false;
        }
        // "industrial" alone may name a company's unit ("its industrial arm"), "average" alone a pollster's ("the
        // Acme Polls average"): "industrial average" is the index
        return INDEX_WORDS.contains(v.text(next)) || "industrial".equals(v.text(next)) && "average".equals(v.text(next + 1));
    }
}

package org.w3id.newsgraph.extract.entities;

import java.util.Map;
import java.util.Set;

import org.w3id.newsgraph.extract.text.TokenView;

/**
 * In a sports story, a league or group named as the competition, not as a body: "the American League wild card",
 * "the National League lead", "World Group II", "the American League Central", a table's heading "AMERICAN LEAGUE".
 * Standings and leads are counted in a competition, which the graph does not keep (as CoNLL, whose annotators tag
 * them as miscellaneous names and whose model reads them as no name). Only unlisted names that the name model reads
 * as no name anywhere in the article, and only before a division or a word for a place in the standings, or alone
 * on a line: "the league's owners voted", "the Northern League leader said" keep the body.
 */
final class SportsCompetitions {
    /** Head words of a competition's name in sports copy. Lower case. */
    private static final Set<String> HEADS = Set.of("league", "group");

    private static final String LEAGUE = "league";

    /** Words after a competition's name for a place in it: "the National League lead". As written. */
    private static final Set<String> STANDINGS = Set.of("lead", "wild", "pennant", "title",
            "standings", "race", "table");

    /** Words after the head that name a division of the competition. Lower case. */
    private static final Set<String> DIVISIONS = Set.of("central", "east", "west", "north", "south", "i", "ii", "iii",
            "iv", "one", "two", "three");

    private SportsCompetitions() {
    }

    /** Tokens [first, last] are a line of their own: a table's heading ("AMERICAN LEAGUE"). */
    private static boolean wholeLine(TokenView v, int first, int last) {
        return DatelineTowns.startsLine(v, first) && (last + 1 >= v.size() || DatelineTowns.startsLine(v, last + 1));
    }

    static boolean is(TokenView v, EntityStep.Candidate c, Map<String, double[]> votes, boolean sports) {
        if (!sports || c.gazetteerId() != null || votes.containsKey(ModelNameJoin.key(v, c.first(), c.last()))) {
            return false;
        }
        if (c.first() == c.last() || LEAGUE.equals(NameLexicon.lower(v.text(c.first())))) {
            // the rest of a competition's name cut away before it ("AMERICAN LEAGUE", "Major League Baseball")
            int first = c.first() - 1;
            return LEAGUE.equals(NameLexicon.lower(v.text(c.first()))) && first >= 0 && v.sameSentence(first, c.first())
                    && v.isCap(first) && wholeLine(v, first, c.last());
        }
        int head = c.last();
        boolean division = DIVISIONS.contains(NameLexicon.lower(v.text(head))) && head - 1 > c.first();
        if (division) {
            head--;
        }
        String next = v.sameSentence(c.last(), c.last() + 1) ? v.text(c.last() + 1) : "";
        return HEADS.contains(NameLexicon.lower(v.text(head))) && (division || wholeLine(v, c.first(), c.last())
                || STANDINGS.contains(next) || DIVISIONS.contains(NameLexicon.lower(next)));
    }
}

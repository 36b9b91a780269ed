package org.w3id.newsgraph.extract.entities;

import org.w3id.newsgraph.extract.text.TokenView;
import java.util.HashSet;
import java.util.Set;

/**
 * Whether an article reports sport, from its words: in a sports story a city the model reads as an organisation is
 * a club ("Nice have not won a league match"), elsewhere it is the place or its government ("Washington said").
 */
final class SportsStory {
    /** Words of match reports and transfer news; two different ones make a sports story. Lower case. */
    private static final Set<String> WORDS = Set.of("club", "clubs", "league", "match", "matches", "coach", "striker",
            "midfielder", "goalkeeper", "defender", "goals", "scored", "homered", "homer", "innings", "inning",
            "pitcher", "wicket", "wickets", "batsman", "bowler", "tournament", "championship", "squad", "teammate",
            "semifinal", "semi-final", "quarter-final", "quarterfinal", "playoff", "playoffs", "unbeaten", "relegation",
            "seeded");

    private SportsStory() {
    }

    static boolean is(TokenView v) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < v.size() && seen.size() < 2; i++) {
            String w = NameLexicon.lower(v.text(i));
            if (WORDS.contains(w)) {
                seen.add(w);
            }
        }
        return seen.size() >= 2;
    }
}

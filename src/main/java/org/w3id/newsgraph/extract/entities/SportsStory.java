package org.w3id.newsgraph.extract.entities;

import org.w3id.newsgraph.extract.text.TokenView;
import java.util.HashSet;
import java.util.Set;

/**
 * Whether an article reports sport, from its words: in a sports story a city the model reads as an organisation is
 * a club ("Nice have not won a league match"), elsewhere it is the place or its government ("Washington said").
 */
final class SportsStory {
    /** Words of match reports, transfer news and results tables; two different ones make a sports story. Lower case. */
    private static final Set<String> WORDS = Set.of("club", "clubs", "league", "match", "matches", "coach", "striker",
            "midfielder", "goalkeeper", "defender", "goals", "scored", "homered", "homer", "innings", "inning",
            "pitcher", "wicket", "wickets", "batsman", "bowler", "tournament", "championship", "squad", "teammate",
            "semifinal", "semi-final", "quarter-final", "quarterfinal", "playoff", "playoffs", "unbeaten", "relegation",
            "seeded", "standings");

    /**
     * Names of sports, counted only in capitals: the wire's slug before a results table ("BASEBALL - MAJOR LEAGUE
     * STANDINGS"); in running text ("a baseball fan", "the basketball coach") they say nothing of the story.
     */
    private static final Set<String> SLUGS = Set.of("baseball", "soccer", "tennis", "rugby", "cricket", "golf",
            "athletics", "hockey", "basketball");

    private SportsStory() {
    }

    static boolean is(TokenView v) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < v.size() && seen.size() < 2; i++) {
            String w = NameLexicon.lower(v.text(i));
            if (WORDS.contains(w) || SLUGS.contains(w) && v.isAllCaps(i)) {
                seen.add(w);
            }
        }
        return seen.size() >= 2;
    }
}

package org.w3id.newsgraph.extract.entities;

import java.util.Map;
import java.util.Set;

import org.w3id.newsgraph.extract.text.TokenView;

/**
 * A listed acronym right after a count in a sports story is a statistic, not the body the gazetteer lists: "his
 * 121 RBI", "three RBI" (runs batted in, not the Reserve Bank of India). Only where the name model reads it as no
 * name anywhere in the article; "two NBA titles" keeps the league, which the model reads as one.
 */
final class StatAbbreviations {
    /** Counts written as words, as sports copy writes them before a statistic. Lower case. */
    private static final Set<String> COUNTS = Set.of("one", "two", "three", "four", "five", "six", "seven", "eight",
            "nine", "ten", "eleven", "twelve", "career-high", "team-high", "season-high");

    private StatAbbreviations() {
    }

    static boolean is(TokenView v, EntityStep.Candidate c, Map<String, double[]> votes, boolean sports) {
        if (!sports || c.first() != c.last() || c.gazetteerId() == null || !v.isAllCaps(c.first())
                || votes.containsKey(ModelNameJoin.key(v, c.first(), c.last()))) {
            return false;
        }
        String before = v.text(c.first() - 1);
        return v.sameSentence(c.first() - 1, c.first()) && (COUNTS.contains(NameLexicon.lower(before))
                || !before.isEmpty() && before.chars().allMatch(Character::isDigit));
    }
}

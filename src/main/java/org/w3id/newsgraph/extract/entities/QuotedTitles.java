package org.w3id.newsgraph.extract.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.w3id.newsgraph.extract.text.TokenView;

/**
 * A name inside the quoted title of a show, book or slogan (an interview with "Morning Ledger Weekly", "Make
 * Harlow Great Again") is a piece of the title, not a mention of the channel or place: dropped. A title here is a
 * quotation of two to eight words, every one capitalised or a small function word, that holds more than the name.
 */
final class QuotedTitles {
    private static final Set<String> OPEN = Set.of("“", "\"", "‘");
    private static final Set<String> CLOSE = Set.of("”", "\"", "’");
    private static final Set<String> SMALL = Set.of("the", "of", "and", "a", "an", "in", "on", "for", "to", "at");

    private final TokenView v;

    QuotedTitles(TokenView v) {
        this.v = v;
    }

    List<EntityStep.Candidate> drop(List<EntityStep.Candidate> found) {
        List<EntityStep.Candidate> out = new ArrayList<>(found.size());
        for (EntityStep.Candidate c : found) {
            if (!insideTitle(c)) {
                out.add(c);
            }
        }
        return out;
    }

    private boolean insideTitle(EntityStep.Candidate c) {
        int open = c.first() - 1;
        while (open >= 0 && c.first() - open <= 8 && !OPEN.contains(v.text(open))) {
            open--;
        }
        if (open < 0 || !OPEN.contains(v.text(open)) || !v.sameSentence(open, c.first())) {
            return false;
        }
        int close = c.last() + 1;
        while (close < v.size() && close - open <= 10 && !CLOSE.contains(v.text(close))) {
            close++;
        }
        if (close >= v.size() || !CLOSE.contains(v.text(close)) || !v.sameSentence(close, c.last())) {
            return false;
        }
        int end = close - 1;
        if (end > c.last() && (v.text(end).equals(".") || v.text(end).equals(","))) {
            end--; // the stop before the closing mark
        }
        int words = end - open;
        if (words < 2 || words > 8 || open + 1 == c.first() && end == c.last()) {
            return false;
        }
        for (int k = open + 1; k <= end; k++) {
            if (!v.isCap(k) && !SMALL.contains(v.text(k))) {
                return false;
            }
        }
        return true;
    }
}

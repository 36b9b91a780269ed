package org.w3id.newsgraph.extract.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.w3id.newsgraph.extract.text.TokenView;

/**
 * A name inside the quoted title of a show or book (an interview with "Morning Ledger Weekly") is a piece of the
 * title, not a mention of the channel or the person: dropped. A place stays ("Made in Harlow" still names it). A
 * title here is a quotation of two to eight words, every one capitalised or a small function word, that holds more
 * than the name and a capitalised word of no name ("from \u201cBuffalo to Albany\u201d" holds only names).
 */
final class QuotedTitles {
    /** Double marks only: a single closing mark is also an apostrophe ("the Democrats’ platform"). */
    private static final Set<String> OPEN = Set.of("“", "\"");
    private static final Set<String> CLOSE = Set.of("”", "\"");
    private static final Set<String> SMALL = Set.of("the", "of", "and", "a", "an", "in", "on", "for", "to", "at");

    private final TokenView v;

    QuotedTitles(TokenView v) {
        this.v = v;
    }

    List<EntityStep.Candidate> drop(List<EntityStep.Candidate> found) {
        boolean[] named = new boolean[v.size()];
        for (EntityStep.Candidate c : found) {
            for (int k = c.first(); k <= c.last(); k++) {
                named[k] = true;
            }
        }
        List<EntityStep.Candidate> out = new ArrayList<>(found.size());
        for (EntityStep.Candidate c : found) {
            if (c.type().isPlace() || !insideTitle(c, named)) {
                out.add(c);
            }
        }
        return out;
    }

    private boolean insideTitle(EntityStep.Candidate c, boolean[] named) {
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
        boolean titleWord = false;
        for (int k = open + 1; k <= end; k++) {
            if (!v.isCap(k) && !SMALL.contains(v.text(k))) {
                return false;
            }
            titleWord |= v.isCap(k) && !named[k] && !SMALL.contains(NameLexicon.lower(v.text(k)));
        }
        return titleWord;
    }
}

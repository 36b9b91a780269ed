package org.w3id.newsgraph.extract.coref;

import java.util.List;
import java.util.function.Predicate;

/**
 * The search behind descriptions and pronouns: the resolved mentions before an offset, in this sentence and a few
 * before it, skipping those inside a quote the offset is not in (words inside a quote are not antecedents outside
 * it). The order of preference is the caller's: an attribution's speaker, a sentence's subject, the nearest.
 */
final class Antecedents {
    private Antecedents() {}

    /** The nearest earlier resolved draft that {@code fits}, within {@code back} sentences, or null. */
    static CorefState.Draft nearest(CorefState state, List<CorefState.Draft> sorted, int index, int back,
            Predicate<CorefState.Draft> fits) {
        return find(state, sorted, index, back, fits, d -> true);
    }

    /**
     * The nearest earlier resolved draft that {@code fits} and is {@code preferred}, else the nearest that fits,
     * within {@code back} sentences, or null.
     */
    static CorefState.Draft find(CorefState state, List<CorefState.Draft> sorted, int index, int back,
            Predicate<CorefState.Draft> fits, Predicate<CorefState.Draft> preferred) {
        CorefState.Draft here = sorted.get(index);
        int quote = state.quoteAt(here.span.begin());
        CorefState.Draft fallback = null;
        for (int i = index - 1; i >= 0; i--) {
            CorefState.Draft d = sorted.get(i);
            if (d.sentence < here.sentence - back) {
                break;
            }
            if (d.entityKey == null || d.span.end() > here.span.begin() || !fits.test(d)) {
                continue;
            }
            int dq = state.quoteAt(d.span.begin());
            if (dq >= 0 && dq != quote) {
                continue;
            }
            if (preferred.test(d)) {
                return d;
            }
            if (fallback == null) {
                fallback = d;
            }
        }
        return fallback;
    }

    /**
     * The antecedent of a description, sentence by sentence as a reader looks back: the nearest fitting mention
     * earlier in the same sentence, else, for each of up to {@code back} sentences before, its subject when that
     * fits, else its last fitting mention.
     */
    static CorefState.Draft bySentence(CorefState state, List<CorefState.Draft> sorted, int index, int back,
            Predicate<CorefState.Draft> fits) {
        CorefState.Draft here = sorted.get(index);
        int quote = state.quoteAt(here.span.begin());
        CorefState.Draft last = null;
        int lastSentence = here.sentence;
        for (int i = index - 1; i >= 0; i--) {
            CorefState.Draft d = sorted.get(i);
            if (d.sentence != lastSentence) {
                if (last != null) {
                    return last; // the previous sentence had no fitting subject: its last fitting mention
                }
                lastSentence = d.sentence;
            }
            if (d.sentence < here.sentence - back) {
                break;
            }
            int dq = state.quoteAt(d.span.begin());
            if (d.entityKey == null || d.span.end() > here.span.begin() || !fits.test(d) || dq >= 0 && dq != quote) {
                continue;
            }
            if (d.sentence == here.sentence) {
                return d;
            }
            if (state.opensSentence(d) && firstInSentence(sorted, i)) {
                return d;
            }
            if (last == null) {
                last = d;
            }
        }
        return last;
    }

    private static boolean firstInSentence(List<CorefState.Draft> sorted, int i) {
        return i == 0 || sorted.get(i - 1).sentence != sorted.get(i).sentence
                || sorted.get(i - 1).span.end() > sorted.get(i).span.begin();
    }
}

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
}

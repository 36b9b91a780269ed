package org.w3id.newsgraph.extract.quotes;

import org.w3id.newsgraph.extract.ArticleView;
import org.w3id.newsgraph.model.QuoteSpan;
import org.w3id.newsgraph.model.Sentence;

/**
 * A quote-marked span that is no quote: a title, a term or a scare quote ("the so-called “undercard”", a show
 * called “Morning Joe”). It has no speaker, a few words only, and no reporting cue in its sentence; such a span is
 * left out of the quotes. A short span next to a cue ("Trump called it “fantastic”") stays: it is reported speech
 * whose speaker may yet be found.
 */
final class ScareQuotes {
    /** At most this many words make "a few". */
    static final int MAX_WORDS = 4;

    private ScareQuotes() {}

    /** True when {@code q}, which no speaker was found for, is a title, a term or a scare quote. */
    static boolean isScareQuote(ArticleView view, QuoteSpan q) {
        String words = q.words(view.text()).strip();
        if (words.isEmpty() || words.split("\\s+").length > MAX_WORDS) {
            return false;
        }
        Sentence s = view.sentenceNear(q.begin());
        if (s == null) {
            return true;
        }
        String around = view.slice(s.span().begin(), q.begin()) + " " + view.slice(q.end(), s.span().end());
        return !Attribution.CUE.matcher(around).find();
    }
}

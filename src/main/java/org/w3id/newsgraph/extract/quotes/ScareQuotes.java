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
    /** At most this many words make a title (of a show, a book, a plan or a slogan). */
    static final int MAX_TITLE_WORDS = 7;
    /** Words a title leaves in lower case ("Meet the Press", "This Week With …"). */
    private static final java.util.Set<String> MINOR = java.util.Set.of("a", "an", "the", "and", "or", "of", "in",
            "on", "at", "to", "for", "with", "by", "from", "vs", "vs.");

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

    /**
     * True when {@code q} is a name in title case ("Good Morning America", "Meet the Press.", "Hannity"): a show,
     * a book or a slogan that a speaker was named on or with, not words spoken. Speech in quotes is a sentence or
     * a phrase with lower-case words; a single capitalised word ending in a full stop, "!" or "?" ("Absolutely.",
     * "Out!") is an answer, and one before the comma that leads to its speaker ("Badly," said X) is speech, so a
     * one-word title must carry no punctuation at all.
     */
    static boolean isTitle(ArticleView view, QuoteSpan q) {
        String words = q.words(view.text()).strip();
        String[] w = words.split("\\s+");
        if (words.isEmpty() || w.length > MAX_TITLE_WORDS || words.endsWith("!") || words.endsWith("?")
                || words.chars().noneMatch(Character::isLowerCase)) { // all capitals: shouted words, not a title
            return false;
        }
        if (w.length == 1) { // the comma of '"Badly," said Ms Quint' marks speech: words() drops it, the raw text keeps it
            String raw = q.pieces().size() == 1 ? q.pieces().get(0).of(view.text()).strip() : words;
            return raw.equals(words) && words.codePoints().allMatch(Character::isLetter)
                    && Character.isUpperCase(words.codePointAt(0));
        }
        int capitalised = 0;
        for (int i = 0; i < w.length; i++) {
            int c = w[i].codePointAt(0);
            if (Character.isUpperCase(c)) {
                capitalised++;
            } else if (Character.isLetter(c) && (i == 0 || !MINOR.contains(w[i].toLowerCase(java.util.Locale.ROOT)))) {
                return false;
            }
        }
        return capitalised >= 2;
    }
}

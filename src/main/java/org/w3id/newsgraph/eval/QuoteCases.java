package org.w3id.newsgraph.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.w3id.newsgraph.eval.GoldFile.GoldQuote;
import org.w3id.newsgraph.model.ArticleFacts;
import org.w3id.newsgraph.model.Quote;
import org.w3id.newsgraph.model.Sentence;
import org.w3id.newsgraph.model.Span;

/**
 * Finds the sentence around each missed gold quote. The gold gives only a quote's opening words, so they are
 * looked up in the extracted quote that holds them, else in the article text (words in order, any punctuation
 * or spacing between them). Stateless.
 */
final class QuoteCases {
    /** Longest context printed: a run-on "sentence" (a list, a missed boundary) must not flood the report. */
    static final int MAX_CONTEXT = 400;

    private QuoteCases() {}

    /**
     * The case of one missed gold quote.
     *
     * @param textMatches whether an extracted quote holds the gold quote's opening words
     * @param speakerName the readable name of an extracted speaker key (null key: no speaker)
     */
    static QuoteCase of(ArticleFacts facts, GoldQuote g, Predicate<Quote> textMatches,
            Function<String, String> speakerName) {
        Quote hit = facts.quotes().stream().filter(textMatches).findFirst().orElse(null);
        QuoteCase.Kind kind = hit == null ? QuoteCase.Kind.NOT_FOUND
                : hit.speakerKey() == null ? QuoteCase.Kind.NO_SPEAKER : QuoteCase.Kind.WRONG_SPEAKER;
        String extracted = hit == null || hit.speakerKey() == null ? null : speakerName.apply(hit.speakerKey());
        Span at = hit != null ? hit.span() : find(facts.text(), g.startsWith());
        return new QuoteCase(kind, g.startsWith(), g.speaker(), extracted, context(facts, at));
    }

    /** The span of the words in the text, matched in order with anything but letters and digits between them. */
    static Span find(String text, String words) {
        List<String> parts = new ArrayList<>();
        for (String w : words.split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty()) {
                parts.add(Pattern.quote(w));
            }
        }
        if (parts.isEmpty()) {
            return null;
        }
        Matcher m = Pattern.compile(String.join("[^\\p{L}\\p{N}]+", parts),
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(text);
        return m.find() ? new Span(m.start(), m.end()) : null;
    }

    /** The sentences the span starts and ends in (the quote's own sentence when it spans one), collapsed. */
    static String context(ArticleFacts facts, Span at) {
        if (at == null) {
            return "";
        }
        int begin = at.begin();
        int end = at.end();
        for (Sentence s : facts.sentences()) {
            Span sp = s.span();
            if (sp.begin() <= at.begin() && at.begin() < sp.end()) {
                begin = sp.begin();
            }
            if (sp.begin() < at.end() && at.end() <= sp.end()) {
                end = sp.end();
            }
        }
        String c = NameMatcher.collapseWhitespace(facts.text().substring(begin, Math.max(begin, end)));
        return c.length() > MAX_CONTEXT ? c.substring(0, MAX_CONTEXT) + "\u2026" : c;
    }

    /** The text report section: each article with cases, then its cases and their sentences. */
    static void format(StringBuilder b, List<DocumentReport> docs) {
        long n = docs.stream().mapToLong(d -> d.quoteCases().size()).sum();
        b.append(String.format(Locale.ROOT, "%nQuote speakers missing or wrong, per article: %d%n", n));
        for (DocumentReport d : docs) {
            if (d.quoteCases().isEmpty()) {
                continue;
            }
            b.append("  ").append(d.doc()).append('\n');
            for (QuoteCase c : d.quoteCases()) {
                b.append("    ").append(c.headline()).append('\n');
                if (!c.context().isEmpty()) {
                    b.append("      | ").append(c.context()).append('\n');
                }
            }
        }
    }
}

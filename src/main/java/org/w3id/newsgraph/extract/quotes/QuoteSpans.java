package org.w3id.newsgraph.extract.quotes;

import org.w3id.newsgraph.model.QuoteSpan;
import org.w3id.newsgraph.extract.text.CodePoints;

import java.util.ArrayList;
import java.util.List;

import org.w3id.newsgraph.model.Sentence;
import org.w3id.newsgraph.model.Span;

/**
 * Finds double-quoted spans (straight or curly) that open inside body sentences. Follows the news convention
 * for long quotes: a paragraph whose quote has no closing mark continues in the next paragraph when that one
 * opens with a quote mark. Single-quoted spans (the British convention: 'We will go further,' he said) count
 * too, within one paragraph and of at least three words, when their marks cannot be apostrophes: the opening mark
 * starts a word after a space, the closing one follows punctuation or ends a word not ending in "s" (a plural
 * possessive, "the customers' money", is no closing mark).
 */
public final class QuoteSpans {
    private QuoteSpans() {}

    static boolean isOpening(char c) {
        return c == '“' || c == '"' || c == '„';
    }

    static boolean isClosing(char c) {
        return c == '”' || c == '"';
    }

    public static List<QuoteSpan> find(String text, List<Sentence> sentences) {
        List<QuoteSpan> out = new ArrayList<>();
        if (sentences.isEmpty()) {
            return out;
        }
        int end = sentences.get(sentences.size() - 1).span().end();
        int i = sentences.get(0).span().begin();
        while (i < end) {
            char c = text.charAt(i);
            if (isSingleOpening(text, i) && inSentence(sentences, i)) {
                int close = singleClose(text, i + 1);
                QuoteSpan q = close < 0 ? null : new QuoteSpan(new Span(i, close + 1), List.of(new Span(i + 1, close)));
                if (q != null && q.words(text).split("\\s+").length >= MIN_SINGLE_WORDS) {
                    out.add(q);
                    i = close + 1;
                    continue;
                }
            }
            if (!isOpening(c) || !inSentence(sentences, i) || (c == '"' && i + 1 < text.length()
                    && CodePoints.isSpace(text.charAt(i + 1)))) {
                i++;
                continue;
            }
            int open = i;
            int pieceStart = i + 1;
            List<Span> pieces = new ArrayList<>();
            int close = -1;
            int j = pieceStart;
            while (j < text.length()) {
                char d = text.charAt(j);
                if (isClosing(d)) {
                    pieces.add(new Span(pieceStart, j));
                    close = j + 1;
                    break;
                }
                if (d == '“') {
                    // a new opening mark before any closing one: the earlier quote was left open
                    pieces.add(new Span(pieceStart, trimEnd(text, pieceStart, j)));
                    close = trimEnd(text, pieceStart, j);
                    break;
                }
                if (d == '\n') {
                    int k = j;
                    while (k < text.length() && CodePoints.isSpace(text.charAt(k))) {
                        k++;
                    }
                    int pieceEnd = trimEnd(text, pieceStart, j);
                    pieces.add(new Span(pieceStart, pieceEnd));
                    if (k < text.length() && isOpening(text.charAt(k)) && inSentence(sentences, k)) {
                        pieceStart = k + 1;
                        j = k + 1;
                        continue;
                    }
                    close = pieceEnd;
                    break;
                }
                j++;
            }
            if (close < 0) {
                pieces.add(new Span(pieceStart, trimEnd(text, pieceStart, text.length())));
                close = trimEnd(text, pieceStart, text.length());
            }
            QuoteSpan q = new QuoteSpan(new Span(open, close), pieces);
            if (!q.words(text).isBlank()) {
                out.add(q);
            }
            i = Math.max(close, open + 1);
        }
        return out;
    }

    private static final int MIN_SINGLE_WORDS = 3;

    /** A single mark that opens a quote: after a space, a line start or an opening bracket, before a letter. */
    private static boolean isSingleOpening(String text, int i) {
        char c = text.charAt(i);
        if (c != '\'' && c != '‘' || i + 1 >= text.length() || !Character.isLetterOrDigit(text.charAt(i + 1))) {
            return false;
        }
        char before = i == 0 ? '\n' : text.charAt(i - 1);
        return Character.isWhitespace(before) || before == '(' || before == '[' || before == '—' || before == '–';
    }

    /** The closing single mark of a quote opened before {@code from}, in the same paragraph, or -1. */
    private static int singleClose(String text, int from) {
        for (int j = from; j < text.length(); j++) {
            char d = text.charAt(j);
            if (d == '\n' || d == '“' || d == '"') {
                return -1;
            }
            if (d != '\'' && d != '’') {
                continue;
            }
            char b = text.charAt(j - 1);
            char a = j + 1 < text.length() ? text.charAt(j + 1) : '\n';
            if (Character.isLetter(b) && Character.isLetter(a) || Character.isWhitespace(b)) {
                continue; // an apostrophe inside a word ("don't", "people's"), or an opening mark
            }
            if (",.!?;:…—–".indexOf(b) >= 0 || !Character.isWhitespace(a) && !Character.isLetterOrDigit(a)
                    || a == '\n' || Character.isWhitespace(a) && b != 's') {
                return j;
            }
        }
        return -1;
    }

    private static int trimEnd(String text, int begin, int end) {
        while (end > begin && CodePoints.isSpace(text.charAt(end - 1))) {
            end--;
        }
        return end;
    }

    private static boolean inSentence(List<Sentence> sentences, int offset) {
        for (Sentence s : sentences) {
            if (s.span().begin() <= offset && offset < s.span().end()) {
                return true;
            }
        }
        return false;
    }
}

package org.w3id.newsgraph.extract;

import java.util.ArrayList;
import java.util.List;

import org.w3id.newsgraph.model.Sentence;
import org.w3id.newsgraph.model.Span;

/**
 * Finds double-quoted spans (straight or curly) that open inside body sentences. Follows the news convention
 * for long quotes: a paragraph whose quote has no closing mark continues in the next paragraph when that one
 * opens with a quote mark. Single quotes are ignored (too easily confused with apostrophes).
 */
final class QuoteSpans {
    private QuoteSpans() {}

    static boolean isOpening(char c) {
        return c == '“' || c == '"' || c == '„';
    }

    static boolean isClosing(char c) {
        return c == '”' || c == '"';
    }

    static List<QuoteSpan> find(String text, List<Sentence> sentences) {
        List<QuoteSpan> out = new ArrayList<>();
        if (sentences.isEmpty()) {
            return out;
        }
        int end = sentences.get(sentences.size() - 1).span().end();
        int i = sentences.get(0).span().begin();
        while (i < end) {
            char c = text.charAt(i);
            if (!isOpening(c) || !inSentence(sentences, i) || (c == '"' && i + 1 < text.length()
                    && Referents.isSpace(text.charAt(i + 1)))) {
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
                    while (k < text.length() && Referents.isSpace(text.charAt(k))) {
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

    private static int trimEnd(String text, int begin, int end) {
        while (end > begin && Referents.isSpace(text.charAt(end - 1))) {
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

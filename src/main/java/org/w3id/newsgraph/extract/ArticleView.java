package org.w3id.newsgraph.extract;

import org.w3id.newsgraph.extract.entities.MentionIndex;
import org.w3id.newsgraph.model.QuoteSpan;
import java.util.List;

import org.w3id.newsgraph.model.Sentence;
import org.w3id.newsgraph.model.Span;
import org.w3id.newsgraph.pipeline.Annotations;
import org.w3id.newsgraph.pipeline.Document;

/**
 * Read-only view of what the attribution steps work on: the text, the body sentences and the mention index.
 * Built once per document per step; holds no state beyond the document's own annotations.
 */
public final class ArticleView {
    private final String text;
    private final List<Sentence> sentences;
    private final MentionIndex mentions;
    private final List<QuoteSpan> quotes;

    ArticleView(String text, List<Sentence> sentences, MentionIndex mentions, List<QuoteSpan> quotes) {
        this.text = text;
        this.sentences = List.copyOf(sentences);
        this.mentions = mentions;
        this.quotes = List.copyOf(quotes);
    }

    /** The quote-marked spans of the body, in text order. */
    public List<QuoteSpan> quotes() {
        return quotes;
    }

    /**
     * True when {@code hit} lies inside a quote that does not also hold {@code offset}: words inside a quote are
     * not antecedents for pronouns outside it.
     */
    public boolean quotedAwayFrom(MentionIndex.Hit hit, int offset) {
        for (QuoteSpan q : quotes) {
            if (q.begin() <= hit.begin() && hit.end() <= q.end()) {
                return !(q.begin() <= offset && offset < q.end());
            }
        }
        return false;
    }

    public static ArticleView of(Document d) {
        return new ArticleView(d.text(), d.get(Annotations.SENTENCES), new MentionIndex(d.get(Annotations.ENTITIES)),
                d.get(Annotations.QUOTE_SPANS));
    }

    public String text() {
        return text;
    }

    public List<Sentence> sentences() {
        return sentences;
    }

    public MentionIndex mentions() {
        return mentions;
    }

    public String slice(int begin, int end) {
        return text.substring(Math.max(0, begin), Math.min(text.length(), Math.max(begin, end)));
    }

    /** The sentence containing {@code offset}, or null when the offset lies outside every body sentence. */
    public Sentence sentenceAt(int offset) {
        for (Sentence s : sentences) {
            if (s.span().begin() <= offset && offset < s.span().end()) {
                return s;
            }
        }
        return null;
    }

    /** The sentence containing {@code offset}, else the last one starting before it. */
    public Sentence sentenceNear(int offset) {
        Sentence best = null;
        for (Sentence s : sentences) {
            if (s.span().begin() <= offset) {
                best = s;
            } else {
                break;
            }
        }
        return best;
    }

    public Sentence sentence(int index) {
        return index >= 0 && index < sentences.size() ? sentences.get(index) : null;
    }

    /** Start of the line (paragraph) holding {@code offset}. */
    int paragraphStart(int offset) {
        int i = text.lastIndexOf('\n', Math.max(0, offset - 1));
        return i < 0 ? 0 : i + 1;
    }

    /** Index of the paragraph holding {@code offset}, counting non-blank lines. */
    public int paragraphIndex(int offset) {
        int count = 0;
        boolean content = false;
        for (int i = 0; i < offset && i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                if (content) {
                    count++;
                }
                content = false;
            } else if (!Character.isWhitespace(c) && c != '\u00a0') {
                content = true;
            }
        }
        return count;
    }

    Span spanOf(Sentence a, Sentence b) {
        return new Span(Math.min(a.span().begin(), b.span().begin()), Math.max(a.span().end(), b.span().end()));
    }
}

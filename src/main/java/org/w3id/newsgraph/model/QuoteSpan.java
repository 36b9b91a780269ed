package org.w3id.newsgraph.model;

import java.util.List;


/**
 * A quote-marked stretch of text: the span from the opening to the closing mark, and the quoted pieces without
 * marks (one per paragraph when the quote runs on across paragraphs).
 */
public record QuoteSpan(Span span, List<Span> pieces) {
    public QuoteSpan {
        pieces = List.copyOf(pieces);
    }

    public int begin() {
        return span.begin();
    }

    public int end() {
        return span.end();
    }

    /** The quoted words, pieces joined by a space, without a trailing comma. */
    public String words(String text) {
        StringBuilder b = new StringBuilder();
        for (Span p : pieces) {
            if (!b.isEmpty()) {
                b.append(' ');
            }
            b.append(p.of(text).strip());
        }
        String s = b.toString().strip();
        while (s.endsWith(",")) {
            s = s.substring(0, s.length() - 1).strip();
        }
        return s;
    }
}

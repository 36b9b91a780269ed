package org.w3id.newsgraph.extract;

import java.util.List;

import org.w3id.newsgraph.model.Span;

/**
 * A quote-marked stretch of text: the span from the opening to the closing mark, and the quoted pieces without
 * marks (one per paragraph when the quote runs on across paragraphs).
 */
record QuoteSpan(Span span, List<Span> pieces) {
    QuoteSpan {
        pieces = List.copyOf(pieces);
    }

    int begin() {
        return span.begin();
    }

    int end() {
        return span.end();
    }

    /** The quoted words, pieces joined by a space, without a trailing comma. */
    String words(String text) {
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

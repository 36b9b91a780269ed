package org.w3id.newsgraph.extract.text;

/**
 * Keeps offsets on code point boundaries. The OpenNLP models work on UTF-16 units and may cut between the two
 * halves of a surrogate pair (an emoji, a CJK extension character); a span ending there would hold half a
 * character, which no RDF syntax can write, so the label would not read back as the same graph.
 */
public final class CodePoints {
    private CodePoints() {}

    /** The offset, moved past the low surrogate when it falls between the two halves of a pair. */
    static int snap(CharSequence text, int offset) {
        return offset > 0 && offset < text.length() && Character.isHighSurrogate(text.charAt(offset - 1))
                && Character.isLowSurrogate(text.charAt(offset)) ? offset + 1 : offset;
    }

    /**
     * The span with both ends snapped forward, so consecutive spans stay ordered and a pair split between two
     * spans goes whole to the first; the second may become empty.
     */
    static opennlp.tools.util.Span snap(CharSequence text, opennlp.tools.util.Span s) {
        int b = snap(text, s.getStart());
        int e = Math.max(b, snap(text, s.getEnd()));
        return b == s.getStart() && e == s.getEnd() ? s : new opennlp.tools.util.Span(b, e, s.getType());
    }

    /** Whitespace as news pages write it: the no-break space counts too. */
    public static boolean isSpace(char c) {
        return Character.isWhitespace(c) || c == '\u00a0';
    }
}

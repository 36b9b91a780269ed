package org.w3id.newsgraph.extract;

import java.util.ArrayList;
import java.util.List;

import org.w3id.newsgraph.model.Span;

/** Splits a text into lines with their offsets; trims white space (including no-break space) off spans. */
final class TextLines {
    private TextLines() {}

    /** The lines of {@code text} between {@code begin} and {@code end}, without their line terminators. */
    static List<Span> lines(String text, int begin, int end) {
        List<Span> out = new ArrayList<>();
        int start = begin;
        for (int i = begin; i < end; i++) {
            if (text.charAt(i) == '\n') {
                int e = i > start && text.charAt(i - 1) == '\r' ? i - 1 : i;
                out.add(new Span(start, e));
                start = i + 1;
            }
        }
        if (start < end) {
            out.add(new Span(start, end));
        }
        return out;
    }

    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF';
    }

    /** The span without leading and trailing white space; an empty span at its begin when all blank. */
    static Span trim(String text, Span s) {
        int b = s.begin();
        int e = s.end();
        while (b < e && isSpace(text.charAt(b))) {
            b++;
        }
        while (e > b && isSpace(text.charAt(e - 1))) {
            e--;
        }
        return new Span(b, e);
    }

    /** Collapses white space runs (any kind) to one space and trims. */
    static String collapse(String s) {
        StringBuilder sb = new StringBuilder();
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isSpace(c)) {
                space = sb.length() > 0;
            } else {
                if (space) {
                    sb.append(' ');
                    space = false;
                }
                sb.append(c);
            }
        }
        return sb.toString();
    }
}

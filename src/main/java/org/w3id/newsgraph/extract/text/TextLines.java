package org.w3id.newsgraph.extract.text;

import java.util.ArrayList;
import java.util.List;

import org.w3id.newsgraph.model.Span;

/**
 * Splits a text into lines (or, where line breaks are missing, sentence-sized segments) with their offsets; trims
 * white space (including no-break space) off spans.
 */
public final class TextLines {
    /** Longer than any paragraph of the development set (607 characters): a page's lost line breaks. */
    static final int LONG_LINE = 1_000;
    /** Sentence ends inside one paragraph of the development set: at most 3. */
    static final int PARAGRAPH_ENDS = 4;

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

    /**
     * The lines, with every line that holds a page rather than a paragraph cut after each sentence end (". " and
     * a capital, a digit, a quote or a bracket). A page whose line breaks were lost is one line; cut into
     * sentences it can be classified piece by piece like a page with its breaks. A line holds a page when it is
     * longer than {@link #LONG_LINE} characters or has more than {@link #PARAGRAPH_ENDS} sentence ends inside.
     */
    static List<Span> segments(String text, int begin, int end) {
        List<Span> out = new ArrayList<>();
        for (Span line : lines(text, begin, end)) {
            List<Integer> cuts = sentenceEnds(text, line);
            if (line.length() <= LONG_LINE && cuts.size() <= 2 * PARAGRAPH_ENDS) {
                out.add(line);
                continue;
            }
            int start = line.begin();
            for (int c = 0; c < cuts.size(); c += 2) {
                out.add(new Span(start, cuts.get(c)));
                start = cuts.get(c + 1);
            }
            out.add(new Span(start, line.end()));
        }
        return out;
    }

    /**
     * Pairs of offsets: where a sentence inside the line ends, and where the next one starts. A bracketed remark
     * that opens a segment ends there too: "(Photo by X/Getty Images) MARBURY (Reuters) - ...".
     */
    private static List<Integer> sentenceEnds(String text, Span line) {
        List<Integer> cuts = new ArrayList<>();
        int segment = line.begin();
        boolean closed = false;
        for (int i = line.begin(); i < line.end() - 1; i++) {
            char c = text.charAt(i);
            boolean remark = c == ')' && !closed && text.charAt(segment) == '(';
            closed |= c == ')';
            if (!remark && ".!?…".indexOf(c) < 0) {
                continue;
            }
            int j = i + 1;
            while (j < line.end() && "\"”’')]".indexOf(text.charAt(j)) >= 0) {
                j++;
            }
            int k = j;
            while (k < line.end() && isSpace(text.charAt(k))) {
                k++;
            }
            if (k > j && k < line.end() && startsSentence(text.charAt(k))) {
                cuts.add(j);
                cuts.add(k);
                i = k - 1;
                segment = k;
                closed = false;
            }
        }
        return cuts;
    }

    private static boolean startsSentence(char c) {
        return Character.isUpperCase(c) || Character.isDigit(c) || "\"“‘'([".indexOf(c) >= 0;
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

package org.w3id.newsgraph.extract.entities;

import org.w3id.newsgraph.model.Span;

/**
 * Cuts stray punctuation off a name before it becomes an entity's name, alias or key: quotes, dashes, commas and
 * the like at either end ("Marco Rubio—", "\u201cJane Doe\u201d", "Acme,"), brackets that do not close, and
 * whatever follows a dash written without spaces ("Rubio—who", where the tokeniser kept the clause). Full stops
 * stay (Inc., U.S., Jr.), and so do hyphens inside a name (Coca-Cola).
 *
 * <p>Pure and stateless.
 */
final class NameCleaner {
    private static final String DASHES = "\u2014\u2013\u2015";
    private static final String STRAY_BOTH = "\"'`\u00b4\u2018\u2019\u201a\u201b\u201c\u201d\u201e\u201f\u00ab\u00bb"
            + "\u2039\u203a" + DASHES + "-\u2010\u2011\u2012,;:*/\\|_~\u2022\u00b7\u2026";

    private NameCleaner() {}

    /** The name without its stray punctuation; empty when nothing of a name is left. */
    static String clean(String name) {
        int[] b = bounds(name);
        return name.substring(b[0], b[1]).strip();
    }

    /** The part of {@code span} in {@code text} that {@link #clean} keeps (the span itself when nothing goes). */
    static Span clean(String text, Span span) {
        String s = text.substring(span.begin(), span.end());
        int[] b = bounds(s);
        String kept = s.substring(b[0], b[1]);
        int lead = b[0] + (kept.length() - kept.stripLeading().length());
        int trail = (s.length() - b[1]) + (kept.length() - kept.stripTrailing().length());
        return lead + trail >= s.length() ? span : new Span(span.begin() + lead, span.end() - trail);
    }

    /** [begin, end) of the name inside {@code s}. */
    private static int[] bounds(String s) {
        int begin = 0;
        int end = s.length();
        int dash = firstDash(s);
        if (dash >= 0) {
            if (hasLetter(s, 0, dash)) {
                end = dash;
            } else {
                begin = dash + 1;
            }
        }
        boolean changed = true;
        while (changed && begin < end) {
            changed = false;
            char first = s.charAt(begin);
            char last = s.charAt(end - 1);
            if (Character.isWhitespace(first) || STRAY_BOTH.indexOf(first) >= 0 || unclosed(s, begin, end, first)) {
                begin++;
                changed = true;
            } else if (Character.isWhitespace(last) || STRAY_BOTH.indexOf(last) >= 0 || unopened(s, begin, end, last)) {
                end--;
                changed = true;
            }
        }
        return hasLetter(s, begin, end) ? new int[] {begin, end} : new int[] {0, 0};
    }

    /** A dash between letters or at an end: a name does not hold one ("Marco Rubio—who", "—Rubio"). */
    private static int firstDash(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (DASHES.indexOf(s.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }

    private static boolean unclosed(String s, int begin, int end, char c) {
        return (c == '(' && s.indexOf(')', begin) < 0 || c == '[' && s.indexOf(']', begin) < 0)
                || (c == '(' || c == '[') && s.indexOf(c == '(' ? ')' : ']', begin) >= end;
    }

    private static boolean unopened(String s, int begin, int end, char c) {
        if (c != ')' && c != ']') {
            return false;
        }
        int open = s.indexOf(c == ')' ? '(' : '[', begin);
        return open < 0 || open >= end;
    }

    private static boolean hasLetter(String s, int begin, int end) {
        for (int i = begin; i < end; i++) {
            if (Character.isLetterOrDigit(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}

package org.w3id.newsgraph.extract.roles;

import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;

/**
 * The last words of a lexicon's entries, to skip an end-anchored, case-insensitive regex ({@link Titles#TITLE_AT_END})
 * on text that cannot match it: such a match ends with one entry's last word, then whitespace to the end. The regex
 * tries every entry at every word start, so asking first whether the text's last word is one of these saves most of
 * its cost before a name. A necessary test only: true does not mean that the regex matches.
 */
final class LastWords {
    private final Set<String> words = new HashSet<>();
    /** The distinct lengths of the words, shortest first. */
    private final int[] lengths;
    /** False when an entry holds a character outside the BMP: then every text passes. */
    private final boolean usable;

    LastWords(Set<String> entries) {
        TreeSet<Integer> ls = new TreeSet<>();
        boolean bmp = true;
        for (String e : entries) {
            // TitleLexicon.alternation lets only a space stand for whitespace, so the last word follows the last space
            String w = fold(e.substring(e.lastIndexOf(' ') + 1));
            bmp &= w.codePointCount(0, w.length()) == w.length() && !w.isEmpty();
            words.add(w);
            ls.add(w.length());
        }
        this.lengths = ls.stream().mapToInt(Integer::intValue).toArray();
        this.usable = bmp;
    }

    /**
     * Whether the text, without its trailing whitespace (at least one character of it), ends with one of the words,
     * compared as the regex's case-insensitive Unicode matching compares characters.
     */
    boolean mayEnd(CharSequence text) {
        if (!usable) {
            return true;
        }
        int e = text.length();
        while (e > 0 && isTrailing(text.charAt(e - 1))) {
            e--;
        }
        if (e == text.length()) {
            return false; // "\s+$" needs whitespace at the end
        }
        for (int len : lengths) {
            if (len > e) {
                break;
            }
            if (words.contains(fold(text.subSequence(e - len, e)))) {
                return true;
            }
        }
        return false;
    }

    /** Whitespace, or a line terminator that "$" may stand before: a superset of what may follow the match. */
    private static boolean isTrailing(char c) {
        return Character.isWhitespace(c) || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }

    /** Each character as java.util.regex folds it under CASE_INSENSITIVE with UNICODE_CASE. */
    private static String fold(CharSequence s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int k = 0; k < s.length(); k++) {
            out.append(Character.toLowerCase(Character.toUpperCase(s.charAt(k))));
        }
        return out.toString();
    }
}

package org.w3id.newsgraph.extract.text;

import java.util.ArrayList;
import java.util.List;

/** Splitting a name or phrase into words without a regular expression, for loops that run it very often. */
public final class Words {
    private Words() {}

    /** As {@code s.strip().split("\\s+")}: the same words, and {@code [""]} for a blank string. */
    public static String[] of(String s) {
        String t = s.strip();
        List<String> out = new ArrayList<>(4);
        int from = 0;
        for (int i = 0; i < t.length(); i++) {
            if (isRegexSpace(t.charAt(i))) {
                if (i > from) {
                    out.add(t.substring(from, i));
                }
                from = i + 1;
            }
        }
        out.add(t.substring(from));
        return out.toArray(String[]::new);
    }

    /** The characters of {@code \s} (without UNICODE_CHARACTER_CLASS); strip() has removed them at both ends. */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }
}

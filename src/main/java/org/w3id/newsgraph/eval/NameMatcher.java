package org.w3id.newsgraph.eval;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Normalises names and quote texts before comparison, as the gold README advises: case-insensitive, curly and
 * straight quotes and apostrophes treated alike, whitespace (the no-break space included) collapsed. Stateless.
 */
public final class NameMatcher {
    private static final Pattern SPACE = Pattern.compile("[\\s\\u00A0\\u2007\\u202F\\u2009\\u200A]+");

    private NameMatcher() {}

    /** The comparison form of a name or text: folded quotes, collapsed whitespace, lower case. */
    public static String normalize(String s) {
        return collapseWhitespace(foldQuotes(s)).toLowerCase(Locale.ROOT);
    }

    /** True when two strings are equal after {@link #normalize}. */
    public static boolean same(String a, String b) {
        return a != null && b != null && normalize(a).equals(normalize(b));
    }

    /**
     * The comparison form of a role's person or organisation: {@link #normalize}, then without a leading "the"
     * and a final full stop, which name the same holder ("The Associated Press", "Associated Press"; a name that
     * ends a sentence and kept its full stop in a tokenised corpus, "Allan Fitzmaurice.").
     */
    public static String loose(String s) {
        return LOOSE.matcher(normalize(s)).replaceAll("");
    }

    private static final Pattern LOOSE = Pattern.compile("^the\\s+|\\.$");

    /** Replaces every single-quote-like character by {@code '} and every double-quote-like one by {@code "}. */
    public static String foldQuotes(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            b.append(switch (c) {
                case '\u2018', '\u2019', '\u201A', '\u201B', '\u2032', '\u0060', '\u00B4', '\u02BC' -> '\'';
                case '\u201C', '\u201D', '\u201E', '\u201F', '\u2033', '\u00AB', '\u00BB' -> '"';
                default -> c;
            });
        }
        return b.toString();
    }

    /** Collapses runs of whitespace, no-break spaces included, to one space and strips both ends. */
    public static String collapseWhitespace(String s) {
        return SPACE.matcher(s).replaceAll(" ").strip();
    }
}

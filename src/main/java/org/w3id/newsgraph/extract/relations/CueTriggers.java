package org.w3id.newsgraph.extract.relations;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Which of many word-start cue patterns can match a sentence, found in one pass over it. Each pattern of the form
 * {@code (?<![\p{L}-])(?:ALT|ALT...)...} (matched case-insensitively) can only match where a word begins with the
 * literal letters one of its alternatives starts with ("acquir", "bought", "take"); those stems go into one trie,
 * and one walk from each word start of the sentence marks the patterns worth running. Running a regular
 * expression for every pattern over every sentence cost more than the rest of relation finding; most sentences
 * hold a stem of few of them. A pattern whose stems cannot be read off (an optional first group, a look-behind)
 * always runs, so the result never misses a match.
 */
public final class CueTriggers {
    /** How a cue pattern opens: not after a letter or hyphen. */
    public static final String WORD_START = "(?<![\\p{L}-])";

    private static final class Node {
        final Map<Character, Node> next = new HashMap<>();
        final List<Integer> ends = new ArrayList<>();
    }

    private final Node root = new Node();
    private final boolean[] always;

    public CueTriggers(List<Pattern> patterns) {
        always = new boolean[patterns.size()];
        for (int k = 0; k < patterns.size(); k++) {
            List<String> stems = stems(patterns.get(k).pattern());
            if (stems == null) {
                always[k] = true;
                continue;
            }
            for (String stem : stems) {
                Node n = root;
                for (int i = 0; i < stem.length(); i++) {
                    n = n.next.computeIfAbsent(stem.charAt(i), c -> new Node());
                }
                n.ends.add(k);
            }
        }
    }

    /** Whether each pattern may match somewhere in {@code text} (false: it certainly does not). */
    public boolean[] candidates(CharSequence text) {
        int[] first = firstStarts(text);
        boolean[] out = new boolean[first.length];
        for (int k = 0; k < first.length; k++) {
            out[k] = first[k] >= 0;
        }
        return out;
    }

    /**
     * Where each pattern's first match can begin at the earliest: the first word start where one of its stems
     * occurs, 0 for a pattern that always runs, -1 when it certainly does not match. No match begins earlier, so
     * {@code matcher.find(start)} finds the same first match as {@code matcher.find()} without scanning the rest.
     */
    public int[] firstStarts(CharSequence text) {
        int[] out = new int[always.length];
        for (int k = 0; k < out.length; k++) {
            out[k] = always[k] ? 0 : -1;
        }
        int n = text.length();
        for (int p = 0; p < n; p++) {
            char c = text.charAt(p);
            if (!Character.isLetter(c) || p > 0 && (Character.isLetter(text.charAt(p - 1)) || text.charAt(p - 1) == '-')) {
                continue;
            }
            Node node = root;
            for (int q = p; q < n && node != null; q++) {
                node = node.next.get(fold(text.charAt(q)));
                if (node != null) {
                    for (int k : node.ends) {
                        if (out[k] < 0) {
                            out[k] = p;
                        }
                    }
                }
            }
        }
        return out;
    }

    /** Case folding as a case-insensitive Unicode regular expression compares letters. */
    static char fold(char c) {
        return Character.toLowerCase(Character.toUpperCase(c));
    }

    /**
     * The lower-case stems a match of the pattern must begin with, or null when they cannot be read off. The
     * pattern must open with {@link #WORD_START} and a group of alternatives.
     */
    static List<String> stems(String pattern) {
        if (!pattern.startsWith(WORD_START + "(?:")) {
            return null;
        }
        int open = WORD_START.length();
        int close = closing(pattern, open);
        if (close < 0 || close + 1 < pattern.length() && "?*{".indexOf(pattern.charAt(close + 1)) >= 0) {
            return null;
        }
        return alternatives(pattern.substring(open + 3, close));
    }

    /** The stems of a list of alternatives ("a|b(?:c)|(?:d|e)f"), or null when one has none. */
    private static List<String> alternatives(String body) {
        List<String> out = new ArrayList<>();
        for (String alt : topLevel(body)) {
            List<String> s = stemsOf(alt);
            if (s == null) {
                return null;
            }
            out.addAll(s);
        }
        return out;
    }

    private static List<String> stemsOf(String alt) {
        if (alt.startsWith("(?:")) {
            int close = closing(alt, 0);
            if (close < 0 || close + 1 < alt.length() && "?*{".indexOf(alt.charAt(close + 1)) >= 0) {
                return null; // an optional opening group: the match may begin anywhere after it
            }
            return alternatives(alt.substring(3, close)); // shorter stems than the group's own plus what follows: still sound
        }
        StringBuilder stem = new StringBuilder();
        for (int i = 0; i < alt.length(); i++) {
            char c = alt.charAt(i);
            boolean literal = Character.isLetter(c) || c == '-' || c == ' ';
            if (!literal) {
                break;
            }
            if (i + 1 < alt.length() && "?*{".indexOf(alt.charAt(i + 1)) >= 0) {
                break; // this character is optional
            }
            stem.append(fold(c));
        }
        return stem.isEmpty() ? null : List.of(stem.toString());
    }

    /** Splits at the '|' that are outside any group and not escaped. */
    private static List<String> topLevel(String body) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        int from = 0;
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '[') {
                i = classEnd(body, i);
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == '|' && depth == 0) {
                out.add(body.substring(from, i));
                from = i + 1;
            }
        }
        out.add(body.substring(from));
        return out;
    }

    /** The index of the ')' that closes the '(' at {@code open}, or -1. */
    private static int closing(String s, int open) {
        int depth = 0;
        for (int i = open; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '[') {
                i = classEnd(s, i);
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    /** The index of the ']' that ends the character class opened at {@code open} (its parentheses are no groups). */
    private static int classEnd(String s, int open) {
        int i = open;
        while (i < s.length() && s.charAt(i) != ']') {
            i += s.charAt(i) == '\\' ? 2 : 1;
        }
        return i;
    }
}

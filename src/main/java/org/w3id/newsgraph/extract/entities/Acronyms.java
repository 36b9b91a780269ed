package org.w3id.newsgraph.extract.entities;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Acronyms: what looks like one ("NHS", "U.S.") and whether it spells the initials of a name. */
final class Acronyms {
    private static final Set<String> SKIPPABLE = Set.of("of", "for", "and", "the", "&", "on", "de");

    private Acronyms() {
    }

    static boolean isAcronymForm(String s) {
        int letters = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLowerCase(c) || Character.isWhitespace(c)) {
                return false;
            }
            if (Character.isLetter(c)) {
                letters++;
            }
        }
        return letters >= 2 && letters <= 8;
    }

    static String letters(String acronym) {
        StringBuilder sb = new StringBuilder();
        for (char c : acronym.toCharArray()) {
            if (Character.isLetter(c)) {
                sb.append(Character.toUpperCase(c));
            }
        }
        return sb.toString();
    }

    /**
     * Whether the acronym spells the words' initials in order: each content word gives its first letter and may
     * give later letters of its own ("Headquarters" gives H and Q); "of", "and", "the" may be skipped.
     */
    static boolean initialsMatch(String acr, List<String> words) {
        return match(acr, 0, words, 0);
    }

    private static boolean match(String acr, int ai, List<String> words, int wi) {
        if (wi == words.size()) {
            return ai == acr.length();
        }
        String w = words.get(wi);
        boolean skippable = SKIPPABLE.contains(w.toLowerCase(Locale.ROOT));
        if (skippable && match(acr, ai, words, wi + 1)) {
            return true;
        }
        if (ai >= acr.length() || w.isEmpty() || Character.toUpperCase(w.charAt(0)) != acr.charAt(ai)) {
            return false;
        }
        return inside(acr, ai + 1, words, wi, 1);
    }

    private static boolean inside(String acr, int ai, List<String> words, int wi, int pos) {
        if (match(acr, ai, words, wi + 1)) {
            return true;
        }
        String w = words.get(wi);
        for (int p = pos; p < w.length() && ai < acr.length(); p++) {
            if (Character.toUpperCase(w.charAt(p)) == acr.charAt(ai) && inside(acr, ai + 1, words, wi, p + 1)) {
                return true;
            }
        }
        return false;
    }
}

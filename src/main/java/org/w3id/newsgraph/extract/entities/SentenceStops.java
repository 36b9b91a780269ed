package org.w3id.newsgraph.extract.entities;

import java.util.HashSet;
import java.util.Set;

import org.w3id.newsgraph.extract.text.TokenView;
import org.w3id.newsgraph.gazetteer.Gazetteer;

/**
 * A sentence's full stop kept on a name's last word by the tokeniser ("likes Mr. Trump.\u201d", "flew to Tel
 * Aviv."): the stop is the sentence's, not an abbreviation's, when the article writes the same word without a stop
 * elsewhere, or the name without it is listed in the gazetteer and with it is not. Abbreviations the article always writes with their stop ("Inc.", "Calif.") and initials ("U.S.") keep
 * it, as do words of fewer than three letters.
 */
final class SentenceStops {
    private final Set<String> bare = new HashSet<>();
    private final Gazetteer gazetteer;
    private final String text;

    SentenceStops(TokenView v, Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        this.text = v.fullText();
        for (int k = 0; k < v.size(); k++) {
            String w = v.text(k);
            if (!w.isEmpty() && Character.isUpperCase(w.charAt(0)) && !w.endsWith(".")) {
                bare.add(w);
            }
        }
    }

    /**
     * The name without its final full stop when that stop is the sentence's; else the name itself. {@code end}: the
     * offset in the text right after the name's last token; the stop must end a sentence there ("Acme Inc., with"
     * and "Acme Inc. and" keep theirs).
     */
    String trim(String name, int end) {
        if (!name.endsWith(".") || name.endsWith("..") || !sentenceEnd(end)) {
            return name;
        }
        int space = name.lastIndexOf(' ');
        String last = name.substring(space + 1, name.length() - 1);
        String without = name.substring(0, name.length() - 1);
        if (last.length() < 3 || last.indexOf('.') >= 0 || last.chars().noneMatch(Character::isLowerCase)) {
            return name;
        }
        boolean listed = gazetteer.byName(without).isPresent() && gazetteer.byName(name).isEmpty();
        return bare.contains(last) || listed ? without : name;
    }

    /** After closing quotes and brackets, the text ends, or a line ends, or a capital opens the next sentence. */
    private boolean sentenceEnd(int end) {
        int k = end;
        while (k < text.length() && "\"'’”)]".indexOf(text.charAt(k)) >= 0) {
            k++;
        }
        if (k >= text.length() || text.charAt(k) == '\n') {
            return true;
        }
        if (!Character.isWhitespace(text.charAt(k))) {
            return false;
        }
        while (k < text.length() && Character.isWhitespace(text.charAt(k))) {
            if (text.charAt(k) == '\n') {
                return true;
            }
            k++;
        }
        return k >= text.length() || !Character.isLowerCase(text.charAt(k)) && !Character.isDigit(text.charAt(k));
    }
}

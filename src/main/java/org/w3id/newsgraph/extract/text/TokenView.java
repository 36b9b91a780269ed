package org.w3id.newsgraph.extract.text;


import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.w3id.newsgraph.gazetteer.Gazetteer;
import org.w3id.newsgraph.model.Token;

/** Read-only helpers over one document's tokens for the entity finders: surfaces, capitalisation, positions. */
public final class TokenView {
    /** Punctuation after which a word starts a new clause, as at a sentence start. */
    private static final Set<String> OPENERS = Set.of("“", "\"", "‘", "'", "(", ":", ";", "—", "–", "-", "--");

    private final String text;
    private final List<Token> tokens;
    private final Set<String> lowerWords;
    /** Words written capitalised somewhere other than at a sentence or quote start: names, whatever else they are. */
    private final Set<String> capitalisedInside;

    public TokenView(String text, List<Token> tokens) {
        this.text = text;
        this.tokens = tokens;
        this.lowerWords = lowerCaseWords(tokens);
        Set<String> inside = new java.util.HashSet<>();
        for (int i = 0; i < tokens.size(); i++) {
            String w = tokens.get(i).text();
            if (!w.isEmpty() && Character.isUpperCase(w.charAt(0)) && !isInitial(i)) {
                inside.add(w);
            }
        }
        this.capitalisedInside = inside;
    }

    /** The whole text the tokens index into. */
    public String fullText() {
        return text;
    }

    public int size() {
        return tokens.size();
    }

    public Token token(int i) {
        return tokens.get(i);
    }

    public String text(int i) {
        return i >= 0 && i < tokens.size() ? tokens.get(i).text() : "";
    }

    public String pos(int i) {
        return i >= 0 && i < tokens.size() ? tokens.get(i).pos() : "";
    }

    public boolean sameSentence(int i, int j) {
        return i >= 0 && j >= 0 && i < tokens.size() && j < tokens.size()
                && tokens.get(i).sentence() == tokens.get(j).sentence();
    }

    /** The text from token i to token j inclusive, white space collapsed. */
    public String surface(int i, int j) {
        return Gazetteer.normalize(text.substring(tokens.get(i).span().begin(), tokens.get(j).span().end()));
    }

    /** The surface as written (curly quotes kept), white space collapsed. */
    public String written(int i, int j) {
        return TextLines.collapse(text.substring(tokens.get(i).span().begin(), tokens.get(j).span().end()));
    }

    /** Tokens i and j touch, with no space between them. */
    public boolean glued(int i, int j) {
        return tokens.get(i).span().end() == tokens.get(j).span().begin();
    }

    public boolean startsWord(int i) {
        String w = text(i);
        return !w.isEmpty() && Character.isLetterOrDigit(w.charAt(0));
    }

    public boolean isPossessive(int i) {
        String w = text(i);
        return w.equals("’s") || w.equals("'s") || w.equals("’") || w.equals("'") || w.equals("’S") || w.equals("'S");
    }

    /** Capitalised like a name: "Siemens", "NATO", "AT&T", "Müller", or camel-cased like "eBay". */
    public boolean isCap(int i) {
        String w = text(i);
        if (w.isEmpty() || isPossessive(i)) {
            return false;
        }
        char c = w.charAt(0);
        if (w.indexOf('$') >= 0 || w.indexOf('€') >= 0 || w.indexOf('£') >= 0) {
            return false; // "A$49,600", "HK$": money, not a name
        }
        if (Character.isUpperCase(c)) {
            return true;
        }
        if (Character.isLowerCase(c) && w.length() >= 3) {
            boolean upperInside = false;
            for (int k = 1; k < w.length(); k++) {
                char d = w.charAt(k);
                if (!Character.isLetter(d)) {
                    return false;
                }
                upperInside |= Character.isUpperCase(d);
            }
            return upperInside;
        }
        return false;
    }

    public boolean isAllCaps(int i) {
        String w = text(i);
        int letters = 0;
        for (int k = 0; k < w.length(); k++) {
            char c = w.charAt(k);
            if (Character.isLowerCase(c)) {
                return false;
            }
            if (Character.isLetter(c)) {
                letters++;
            }
        }
        return letters >= 2;
    }

    /** True for the first word of a sentence or of a quotation (punctuation before it skipped). */
    public boolean isInitial(int i) {
        int k = i - 1;
        while (k >= 0 && sameSentence(k, i) && !startsWord(k)) {
            String w = text(k);
            if (OPENERS.contains(w)) {
                return true;
            }
            k--;
        }
        return k < 0 || !sameSentence(k, i);
    }

    /** The word is capitalised somewhere in the article where capitals are not forced (not at a sentence start). */
    public boolean capitalisedInside(String word) {
        return capitalisedInside.contains(word);
    }

    /** The word occurs in lower case somewhere in the article. */
    public boolean seenLowerCase(String word) {
        return lowerWords.contains(word.toLowerCase(Locale.ROOT));
    }

    /** The character right after token i in the text, or 0. */
    public char charAfter(int i) {
        int e = tokens.get(i).span().end();
        return e < text.length() ? text.charAt(e) : 0;
    }

    /** The text right after token i, up to {@code n} characters. */
    public String after(int i, int n) {
        int e = tokens.get(i).span().end();
        return text.substring(e, Math.min(text.length(), e + n));
    }

    /** Words of the text seen in lower case: capitalised, they are ordinary words at a sentence start. */
    public static Set<String> lowerCaseWords(List<Token> tokens) {
        Set<String> out = new HashSet<>();
        for (Token t : tokens) {
            String w = t.text();
            if (!w.isEmpty() && Character.isLowerCase(w.charAt(0)) && w.equals(w.toLowerCase(Locale.ROOT))) {
                out.add(w);
            }
        }
        return out;
    }
}

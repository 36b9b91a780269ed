package org.w3id.newsgraph.extract.stance;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.w3id.newsgraph.extract.entities.MentionIndex;
import org.w3id.newsgraph.model.Span;

/**
 * One sentence as words and punctuation, with the entity mention each word belongs to, so that the stance
 * structures can ask "does a name end just before this verb?". A possessive "'s" is a token of its own.
 */
final class StanceTokens {
    private static final Pattern TOKEN = Pattern.compile(
            "[\\p{L}\\p{N}]++(?:[-.&'’][\\p{L}\\p{N}]++)*+\\.?|\\S");

    /** One token: where it is, as written and lower-cased. */
    record Tok(int begin, int end, String text, String lower) {}

    private final List<Tok> toks;
    private final MentionIndex.Hit[] hits;

    StanceTokens(String text, Span sentence, List<MentionIndex.Hit> mentions) {
        List<Tok> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(text).region(sentence.begin(), sentence.end());
        while (m.find()) {
            String word = m.group();
            String lower = word.toLowerCase(Locale.ROOT).replace('’', '\'');
            if (lower.length() > 2 && lower.endsWith("'s")) {
                int cut = m.end() - 2;
                String stem = lower.substring(0, lower.length() - 2);
                out.add(new Tok(m.start(), cut, text.substring(m.start(), cut), stem));
                out.add(new Tok(cut, m.end(), text.substring(cut, m.end()), "'s"));
            } else {
                // an abbreviation's period ("Sen.", "U.S.") is part of the word, a sentence's is punctuation
                boolean longWord = lower.length() > 5 && lower.indexOf('.') == lower.length() - 1;
                boolean period = lower.endsWith(".") && lower.length() > 1
                        && (longWord || m.end() == sentence.end());
                int end = period ? m.end() - 1 : m.end();
                out.add(new Tok(m.start(), end, text.substring(m.start(), end),
                        period ? lower.substring(0, lower.length() - 1) : lower));
                if (period) {
                    out.add(new Tok(end, m.end(), ".", "."));
                }
            }
        }
        this.toks = List.copyOf(out);
        this.hits = new MentionIndex.Hit[toks.size()];
        for (MentionIndex.Hit h : mentions) {
            for (int i = 0; i < toks.size(); i++) {
                Tok t = toks.get(i);
                if (t.begin() >= h.begin() && t.end() <= h.end() && hits[i] == null) {
                    hits[i] = h;
                }
            }
        }
    }

    int size() {
        return toks.size();
    }

    Tok get(int i) {
        return toks.get(i);
    }

    String lower(int i) {
        return i < 0 || i >= toks.size() ? "" : toks.get(i).lower();
    }

    /** The mention token {@code i} belongs to, or null. */
    MentionIndex.Hit hit(int i) {
        return i < 0 || i >= hits.length ? null : hits[i];
    }

    /** The mention whose last token is {@code i}, or null. */
    MentionIndex.Hit endingAt(int i) {
        MentionIndex.Hit h = hit(i);
        return h != null && hit(i + 1) != h ? h : null;
    }

    /** The mention whose first token is {@code i}, or null. */
    MentionIndex.Hit startingAt(int i) {
        MentionIndex.Hit h = hit(i);
        return h != null && hit(i - 1) != h ? h : null;
    }

    /** The index of the first token of the mention token {@code i} belongs to. */
    int firstOf(int i) {
        MentionIndex.Hit h = hit(i);
        int j = i;
        while (h != null && hit(j - 1) == h) {
            j--;
        }
        return j;
    }

    /** The index of the last token of the mention token {@code i} belongs to. */
    int lastOf(int i) {
        MentionIndex.Hit h = hit(i);
        int j = i;
        while (h != null && hit(j + 1) == h) {
            j++;
        }
        return j;
    }

    /**
     * Whether token {@code i} is written like part of a name: capitalised and not the first word of the sentence
     * or of a quotation, or inside a mention ("Danger Mouse", "Medicare Trust Fund").
     */
    boolean nameLike(int i) {
        if (hit(i) != null) {
            return true;
        }
        String text = toks.get(i).text();
        if (text.isEmpty() || !Character.isUpperCase(text.charAt(0))) {
            return false;
        }
        return i > 0 && !opensQuote(toks.get(i - 1).text());
    }

    static boolean opensQuote(String t) {
        return t.equals("“") || t.equals("\"") || t.equals("‘") || t.equals("'");
    }
}

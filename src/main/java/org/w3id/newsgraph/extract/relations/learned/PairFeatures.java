package org.w3id.newsgraph.extract.relations.learned;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.w3id.newsgraph.extract.entities.MentionIndex.Hit;
import org.w3id.newsgraph.model.Token;

/**
 * The features of a candidate pair: the pair's types and order, the words and parts of speech between the two
 * mentions (as a bag and, when short, as the whole path), the words around them, the token distance, the other
 * mentions between, and patterns of apposition, possessive, "of", "in", "-based" and datelines. Pure.
 */
public final class PairFeatures {
    /** A between-path up to this many tokens is kept whole. */
    static final int PATH_TOKENS = 5;

    private PairFeatures() {
    }

    /** The feature strings of {@code c} in {@code text}, without duplicates, in a fixed order. */
    public static String[] of(String text, Candidate c) {
        Hit a = c.first();
        Hit b = c.second();
        Set<String> f = new LinkedHashSet<>();
        String order = a.type().coarse().localName() + ">" + b.type().coarse().localName();
        f.add("order=" + order);
        f.add("sub=" + a.type().localName() + ">" + b.type().localName());
        List<Token> mid = new ArrayList<>();
        Token before = null;
        Token before2 = null;
        Token after = null;
        Token after2 = null;
        for (Token t : c.tokens()) {
            if (t.span().end() <= a.begin()) {
                before2 = before;
                before = t;
            } else if (t.span().begin() >= a.end() && t.span().end() <= b.begin()) {
                mid.add(t);
            } else if (t.span().begin() >= b.end()) {
                if (after == null) {
                    after = t;
                } else if (after2 == null) {
                    after2 = t;
                }
            }
        }
        int n = mid.size();
        f.add("dist=" + bucket(n));
        f.add(order + "|dist=" + bucket(n));
        StringBuilder path = new StringBuilder();
        StringBuilder tags = new StringBuilder();
        for (Token t : mid) {
            String w = word(t);
            f.add("bw=" + w);
            f.add("bp=" + t.pos());
            path.append(w).append('_');
            tags.append(t.pos()).append('_');
        }
        if (n <= PATH_TOKENS) {
            f.add(order + "|path=" + path);
            f.add(order + "|tags=" + tags);
        }
        if (n > 0) {
            f.add("bf=" + word(mid.get(0)));
            f.add("bl=" + word(mid.get(n - 1)));
            f.add(order + "|bf=" + word(mid.get(0)));
        }
        f.add("l1=" + (before == null ? "<s>" : word(before)));
        f.add("l2=" + (before2 == null ? "<s>" : word(before2)));
        f.add("r1=" + (after == null ? "</s>" : word(after)));
        f.add("r2=" + (after2 == null ? "</s>" : word(after2)));
        f.add("mb=" + Math.min(2, c.between().size()));
        for (Hit h : c.between()) {
            f.add("mbt=" + h.type().coarse().localName());
        }
        if (mid.stream().anyMatch(t -> t.pos().equals("VERB"))) {
            f.add("verb");
        }
        f.add("head1=" + head(text, a));
        f.add("head2=" + head(text, b));
        patterns(text, c, f);
        return f.toArray(String[]::new);
    }

    private static void patterns(String text, Candidate c, Set<String> f) {
        Hit a = c.first();
        Hit b = c.second();
        String gap = text.substring(a.end(), b.begin());
        String g = gap.strip().toLowerCase(Locale.ROOT);
        if (g.isEmpty()) {
            f.add("gap=adjacent");
        } else if (g.equals(",")) {
            f.add("gap=comma");
        } else if (g.matches("[’']s?")) {
            f.add("gap=possessive");
        } else if (g.matches(",?\\s*(?:of|at|for)(?:\\s+the)?")) {
            f.add("gap=of");
        } else if (g.matches(",?\\s*(?:in|near|outside)(?:\\s+the)?")) {
            f.add("gap=in");
        } else if (g.startsWith("-based")) {
            f.add("gap=based");
        } else if (g.startsWith(",") && g.endsWith(",")) {
            f.add("gap=apposition");
        }
        f.stream().filter(x -> x.startsWith("gap=")).findFirst()
                .ifPresent(x -> f.add(a.type().coarse().localName() + ">" + b.type().coarse().localName() + "|" + x));
        if (upper(text, a)) {
            f.add("caps1");
        }
        if (upper(text, b)) {
            f.add("caps2");
        }
        int s = c.sentence().span().begin();
        if (text.substring(s, a.begin()).isBlank()) {
            f.add("first-opens");
            String tail = text.substring(b.end(), Math.min(text.length(), b.end() + 8));
            if (tail.matches("(?s)^[.,]?\\s*(?:\\(|_|--|—|–).*")) {
                f.add("dateline");
            }
        }
    }

    /** A name written in capitals, as datelines and wire-service credits are ("NEW YORK", "AP"). */
    private static boolean upper(String text, Hit h) {
        String m = text.substring(h.begin(), h.end());
        return m.chars().anyMatch(Character::isLetter) && m.equals(m.toUpperCase(Locale.ROOT));
    }

    private static String word(Token t) {
        String w = t.text().toLowerCase(Locale.ROOT);
        return w.chars().allMatch(Character::isDigit) ? "<num>" : w;
    }

    /** The mention's last word, lower case: "university", "corp.", "city" generalise; names rarely repeat. */
    private static String head(String text, Hit h) {
        String m = text.substring(h.begin(), h.end()).strip();
        int sp = m.lastIndexOf(' ');
        return (sp < 0 ? "<one>" : m.substring(sp + 1)).toLowerCase(Locale.ROOT);
    }

    private static String bucket(int n) {
        if (n <= 3) {
            return Integer.toString(n);
        }
        return n <= 5 ? "4-5" : n <= 10 ? "6-10" : ">10";
    }
}

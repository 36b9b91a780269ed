package org.w3id.newsgraph.extract.relations.learned;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.w3id.newsgraph.extract.ArticleView;
import org.w3id.newsgraph.extract.entities.MentionIndex.Hit;
import org.w3id.newsgraph.model.Sentence;
import org.w3id.newsgraph.model.Token;

/**
 * The candidate pairs of an article: two mentions of different entities in one sentence, of types a learned
 * relation may link, at most {@link #MAX_TOKENS} tokens apart. Two places that are members of one conjoined list
 * ("won in Delaware, Connecticut and Maryland") are no candidate: a list never states containment.
 */
public final class Candidates {
    static final int MAX_TOKENS = 20;
    /** Only separators of a list: ", ", " and ", ", or ", "; ". */
    private static final Pattern SEPARATORS = Pattern.compile("^[\\s,;]*+(?:(?:and|or|as well as)\\s++)?$");
    private static final Pattern CONJUNCTION = Pattern.compile("(?i)(?:^|\\s)(?:and|or|as well as)\\s*+$");
    /** What joins B to a further member C ("A, B and C"); C may carry a compass word ("A, B and eastern C"). */
    private static final Pattern LIST_NEXT = Pattern.compile(
            "^\\s*+(?:,\\s*+(?:(?:and|or)\\s++(?:the\\s++)?)?|(?:and|or)\\s++(?:the\\s++)?)"
                    + "(?:(?:north|south|east|west|northern|southern|eastern|western|central|northeastern|northwestern"
                    + "|southeastern|southwestern|upstate|downstate)\\s++)?+$");

    private Candidates() {
    }

    /** Every candidate of the article, sentence by sentence, in text order. */
    public static List<Candidate> of(ArticleView view, List<Token> tokens) {
        List<List<Token>> bySentence = new ArrayList<>();
        for (int i = 0; i < view.sentences().size(); i++) {
            bySentence.add(new ArrayList<>());
        }
        for (Token t : tokens) {
            if (t.sentence() >= 0 && t.sentence() < bySentence.size()) {
                bySentence.get(t.sentence()).add(t);
            }
        }
        List<Candidate> out = new ArrayList<>();
        for (Sentence s : view.sentences()) {
            List<Token> st = bySentence.get(s.index());
            List<Hit> hits = view.mentions().within(s.span().begin(), s.span().end());
            for (int i = 0; i < hits.size(); i++) {
                for (int j = i + 1; j < hits.size(); j++) {
                    Hit a = hits.get(i);
                    Hit b = hits.get(j);
                    PairKind kind = PairKind.of(a.type(), b.type());
                    if (kind == null || b.begin() < a.end() || a.key().equals(b.key())
                            || tokensBetween(st, a, b) > MAX_TOKENS) {
                        continue;
                    }
                    List<Hit> between = hits.subList(i + 1, j).stream()
                            .filter(h -> h.begin() >= a.end() && h.end() <= b.begin()).toList();
                    if (kind == PairKind.PLACE_PLACE && inOneList(view.text(), hits, a, b, between)) {
                        continue;
                    }
                    out.add(new Candidate(a, b, kind, s, st, between));
                }
            }
        }
        return out;
    }

    static int tokensBetween(List<Token> tokens, Hit a, Hit b) {
        int n = 0;
        for (Token t : tokens) {
            if (t.span().begin() >= a.end() && t.span().end() <= b.begin()) {
                n++;
            }
        }
        return n;
    }

    /**
     * Whether two places are members of one list: only separators and other places between them with a
     * conjunction or another place among them, or "A, B" with a further member right after B ("A, B and C").
     */
    public static boolean inOneList(String text, List<Hit> hits, Hit a, Hit b, List<Hit> between) {
        if (!between.stream().allMatch(h -> h.type().isPlace())) {
            return false;
        }
        StringBuilder gap = new StringBuilder();
        int p = a.end();
        for (Hit h : between) {
            if (h.begin() < p) { // overlaps the hit before it (two readings of one name): already covered
                p = Math.max(p, h.end());
                continue;
            }
            gap.append(text, p, h.begin()).append(' ');
            p = h.end();
        }
        gap.append(text, p, b.begin());
        String g = gap.toString();
        if (!SEPARATORS.matcher(g).matches()) {
            return false;
        }
        if (!between.isEmpty() || CONJUNCTION.matcher(g).find()) {
            return true;
        }
        for (Hit h : hits) {
            if (h.begin() >= b.end()) {
                return h.type().isPlace() && LIST_NEXT.matcher(text.substring(b.end(), h.begin())).matches()
                        && !text.substring(b.end(), h.begin()).isBlank();
            }
        }
        return false;
    }
}

package org.w3id.newsgraph.extract.stance;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.w3id.newsgraph.extract.ArticleView;
import org.w3id.newsgraph.extract.entities.MentionIndex;
import org.w3id.newsgraph.model.Entity;
import org.w3id.newsgraph.model.Quote;
import org.w3id.newsgraph.model.Sentence;
import org.w3id.newsgraph.model.Span;
import org.w3id.newsgraph.model.Stance;

/**
 * Decides who is critical or supportive of whom, sentence by sentence, from the structures of
 * {@link StancePatterns}, and gives each tie its holder: the subject the structure names ("X criticized Y"); else,
 * inside a quote, the quote's speaker ("Y is dangerous," X said); else the subject of a saying verb framing the
 * statement ("X said Y is dangerous", "Y is dangerous, X said"). A statement with none of these (the narrator's,
 * "critics say") gives nothing. One finder per document.
 */
public final class StanceFinder {
    private static final Set<String> BELIEVING = Set.of("think", "thinks", "believe", "believes", "feel", "feels",
            "say", "know", "knows", "agree", "agrees", "thought");
    private static final Set<String> FIRST_PERSON = Set.of("i", "we");
    private final ArticleView view;
    private final List<Quote> quotes;

    StanceFinder(ArticleView view, List<Quote> quotes) {
        this.view = view;
        this.quotes = List.copyOf(quotes);
    }

    List<Stance> find() {
        Map<String, Stance> out = new LinkedHashMap<>();
        for (Sentence s : view.sentences()) {
            List<MentionIndex.Hit> hits = view.mentions().within(s.span().begin(), s.span().end());
            if (hits.isEmpty()) {
                continue;
            }
            StanceTokens t = new StanceTokens(view.text(), s.span(), hits);
            for (StancePatterns.Match m : StancePatterns.find(t)) {
                Stance st = stance(s, t, m);
                if (st != null) {
                    out.putIfAbsent(st.holderKey() + "\u001f" + st.targetKey() + "\u001f" + st.span().begin(), st);
                }
            }
        }
        List<Stance> list = new ArrayList<>(out.values());
        list.sort((a, b) -> a.span().compareTo(b.span()));
        return List.copyOf(list);
    }

    private Stance stance(Sentence s, StanceTokens t, StancePatterns.Match m) {
        StanceTokens.Tok cue = t.get(m.cue());
        Quote q = quoteAt(cue.begin());
        String holder;
        Quote source = null;
        if (m.holder() != null) {
            holder = m.holder().key();
        } else if (q != null) {
            if (!m.speaker() && framedByOthers(t, m)) {
                return null;
            }
            holder = q.speakerKey();
            source = q;
        } else if (m.speaker()) {
            return null;
        } else {
            holder = sayer(t, m);
        }
        if (holder == null || holder.equals(m.target().key()) || !isActor(holder)) {
            return null;
        }
        Span span = source != null ? source.span() : s.span();
        return new Stance(holder, m.target().key(), m.polarity(), List.of(cue.text()), span, source, null);
    }

    /**
     * The subject of a saying verb framing the match: "X (on Monday) said (that) Y …" before the target, or
     * ", X said." / ", said X." closing the sentence after the cue. Null when there is none.
     */
    private static String sayer(StanceTokens t, StancePatterns.Match m) {
        int first = firstOfTarget(t, m);
        if (first < 0) {
            return null;
        }
        int v = first - 1;
        while (v >= 0 && (t.lower(v).equals("that") || StanceWords.subjectGap(t.lower(v))) && t.hit(v) == null) {
            v--;
        }
        if (v >= 0 && StanceWords.SAYING.contains(t.lower(v))) {
            MentionIndex.Hit h = StancePatterns.subject(t, StancePatterns.beforeSubjectGap(t, v - 1, false), false);
            return h == null ? null : h.key();
        }
        return closingSayer(t, m.cue());
    }

    /**
     * Whether a verb of saying or believing with someone else as subject frames the target inside the quote:
     * "voters think Y is dishonest" is the voters' view, not the speaker's ("I think Y is dishonest" is his).
     */
    private static boolean framedByOthers(StanceTokens t, StancePatterns.Match m) {
        int first = firstOfTarget(t, m);
        for (int v = Math.max(1, first - 6); v < first; v++) {
            String w = t.lower(v);
            if ((StanceWords.SAYING.contains(w) || BELIEVING.contains(w)) && !FIRST_PERSON.contains(t.lower(v - 1))) {
                return true;
            }
        }
        return false;
    }

    private static int firstOfTarget(StanceTokens t, StancePatterns.Match m) {
        int first = m.cue();
        while (first >= 0 && t.hit(first) != m.target()) {
            first--;
        }
        return first < 0 ? -1 : t.firstOf(first);
    }

    /** ", X said." or ", said X." as the last words of the sentence, after the cue. */
    private static String closingSayer(StanceTokens t, int cue) {
        int end = t.size();
        while (end > 0 && !Character.isLetterOrDigit(t.get(end - 1).text().charAt(0))) {
            end--;
        }
        int comma = end - 1;
        while (comma > cue && !t.lower(comma).equals(",")) {
            comma--;
        }
        if (comma <= cue) {
            return null;
        }
        int j = comma + 1;
        if (j < end && StanceWords.SAYING.contains(t.lower(j))) {
            MentionIndex.Hit h = t.startingAt(j + 1);
            return h != null && t.lastOf(j + 1) == end - 1 && !h.type().isPlace() ? h.key() : null;
        }
        MentionIndex.Hit h = t.startingAt(j);
        if (h == null || h.type().isPlace()) {
            return null;
        }
        int k = t.lastOf(j) + 1;
        while (k < end && StanceWords.subjectGap(t.lower(k))) {
            k++;
        }
        return k == end - 1 && StanceWords.SAYING.contains(t.lower(k)) ? h.key() : null;
    }

    private Quote quoteAt(int offset) {
        for (Quote q : quotes) {
            if (q.span().begin() <= offset && offset < q.span().end()) {
                return q;
            }
        }
        return null;
    }

    private boolean isActor(String key) {
        Entity e = view.mentions().entity(key);
        return e != null && !e.type().isPlace();
    }
}

package org.w3id.newsgraph.extract.stance;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.w3id.newsgraph.extract.entities.MentionIndex;
import org.w3id.newsgraph.model.Polarity;

/**
 * The structures that tie a cue word to its target, and where they can to its holder, inside one sentence:
 * <ul>
 * <li>an evaluative verb with a named subject and object: "X (has sharply) criticized (Sen.) Y";</li>
 * <li>its passive: "Y was praised by X"; reported criticism: "Y faced criticism from X";</li>
 * <li>"X called Y a liar";</li>
 * <li>a predicate of the target: "Y is (a) dangerous", and its property: "Y's dishonesty" — their holder comes
 * from the quote or the saying verb around them ({@link StanceFinder});</li>
 * <li>"I/we endorse Y" inside a quote: the holder is the speaker.</li>
 * </ul>
 * A subject is a name not governed by a preposition, a possessive or a relative pronoun ("women who have accused
 * X" has no named subject). Places are neither holders nor targets. Every match passes {@link StanceGuards}.
 */
final class StancePatterns {
    /** What may stand right before a subject without making it something else's complement. */
    private static final Set<String> NOT_BEFORE_SUBJECT = Set.of("of", "by", "for", "with", "against", "to", "from",
            "at", "about", "on", "in", "under", "than", "like", "as", "who", "whom", "which", "that", "'s", "into",
            "over", "between", "among", "toward", "towards", "behind", "after", "before", "including", "and", "or");
    /** Lower-case words that open a clause, so that a name after them may be its subject. */
    private static final Set<String> CLAUSE_OPENERS = Set.of("when", "while", "since", "because", "then", "also",
            "but", "said", "says", "if", "once", "where", "so", "yet", "now", "meanwhile", "although", "though",
            "whereas", "and", "or");
    private static final Set<String> FIRST_PERSON = Set.of("i", "we");
    /** What may follow a name that is a whole object ("blamed X for", "praised X on Tuesday", not "X supporters"). */
    private static final Set<String> AFTER_OBJECT = Set.of("of", "for", "over", "in", "on", "at", "with", "to",
            "about", "as", "after", "during", "while", "because", "when", "and", "but", "who", "whom", "from", "by",
            "before", "since", "until", "amid", "despite", "both", "that");

    /**
     * One tie. {@code holder} is null when the structure names no holder ({@code speaker} then says whether it
     * is the quote's speaker speaking in the first person, which needs a quote; otherwise the finder looks for a
     * saying frame or a quote).
     */
    record Match(MentionIndex.Hit holder, boolean speaker, MentionIndex.Hit target, int cue, Polarity polarity) {}

    private StancePatterns() {}

    static List<Match> find(StanceTokens t) {
        List<Match> out = new ArrayList<>();
        for (int i = 0; i < t.size(); i++) {
            verb(t, i, out);
            reported(t, i, out);
            predicate(t, i, out);
            property(t, i, out);
        }
        return out;
    }

    /** "X (has) criticized Y", "Y was criticized by X", "I endorse Y". */
    private static void verb(StanceTokens t, int i, List<Match> out) {
        Polarity p = StanceWords.verb(t.lower(i));
        if (p == null) {
            return;
        }
        if (t.lower(i + 1).equals("by")) {
            MentionIndex.Hit holder = object(t, afterObjectGap(t, i + 2));
            int k = beforeSubjectGap(t, i - 1, true);
            MentionIndex.Hit target = passiveSubject(t, i) ? subject(t, k, false) : null;
            add(t, out, holder, false, target, k, i, p);
            return;
        }
        MentionIndex.Hit target = object(t, afterObjectGap(t, i + 1));
        int k = beforeSubjectGap(t, i - 1, t.lower(i).endsWith("ing"));
        if (FIRST_PERSON.contains(t.lower(k)) && !StanceGuards.negator(t.lower(k - 1))) {
            add(t, out, null, true, target, k, i, p);
        } else {
            add(t, out, subject(t, k, false), false, target, k, i, p);
        }
    }

    /** "Y faced (sharp) criticism from X", "Y came under fire from X", "Y drew praise from X". */
    private static void reported(StanceTokens t, int i, List<Match> out) {
        Polarity p = StanceWords.REPORTED_CRITICISM.contains(t.lower(i)) ? Polarity.CRITICAL
                : StanceWords.REPORTED_PRAISE.contains(t.lower(i)) ? Polarity.SUPPORTIVE : null;
        if (p == null || !t.lower(i + 1).equals("from")) {
            return;
        }
        int r = i - 1;
        while (r >= 0 && StanceWords.CRITICISM_GAP.contains(t.lower(r))) {
            r--;
        }
        if (r < 0 || !StanceWords.RECEIVING.contains(t.lower(r))) {
            return;
        }
        if (t.lower(r).equals("under") && t.lower(r - 1).equals("came")) {
            r--;
        }
        int k = beforeSubjectGap(t, r - 1, true);
        add(t, out, object(t, afterObjectGap(t, i + 2)), false, subject(t, k, false), k, i, p);
    }

    /** "Y is (a) dangerous (man)", "X called Y a liar". */
    private static void predicate(StanceTokens t, int i, List<Match> out) {
        Polarity p = StanceWords.predicate(t.lower(i));
        if (p == null) {
            return;
        }
        int c = i - 1;
        while (c >= 0 && c > i - 4 && StanceWords.predicateGap(t.lower(c))) {
            c--;
        }
        if (c < 0) {
            return;
        }
        if (StanceWords.COPULAS.contains(t.lower(c))) {
            int k = c - 1;
            while (k >= 0 && StanceWords.COPULA_GAP.contains(t.lower(k))) {
                k--;
            }
            addOpen(t, out, null, false, subject(t, k, true), k, i, p);
            return;
        }
        MentionIndex.Hit target = t.endingAt(c);
        int v = target == null ? -1 : t.firstOf(c) - 1;
        while (v >= 0 && StanceWords.objectGap(t.lower(v))) {
            v--;
        }
        if (v >= 0 && StanceWords.CALLING.contains(t.lower(v))) {
            int k = beforeSubjectGap(t, v - 1, false);
            add(t, out, subject(t, k, false), false, target, k, i, p);
        }
    }

    /** "Y's dishonesty", "Y's (repeated) lies", "Y's dangerous rhetoric". */
    private static void property(StanceTokens t, int i, List<Match> out) {
        Polarity p = StanceWords.property(t.lower(i));
        if (p == null) {
            return;
        }
        int s = i - 1;
        while (s >= 0 && s > i - 3 && t.hit(s) == null && isLowerWord(t, s) && !StanceGuards.negator(t.lower(s))) {
            s--;
        }
        if (s < 1 || !t.lower(s).equals("'s")) {
            return;
        }
        addOpen(t, out, null, false, t.endingAt(s - 1), s - 1, i, p);
    }

    /** A structure that names its holder: without it (or the first person of {@code speaker}) it gives nothing. */
    private static void add(StanceTokens t, List<Match> out, MentionIndex.Hit holder, boolean speaker,
            MentionIndex.Hit target, int from, int cue, Polarity p) {
        if (holder != null || speaker) {
            addOpen(t, out, holder, speaker, target, from, cue, p);
        }
    }

    /** A structure whose holder, when null, the finder takes from the quote or the saying frame around it. */
    private static void addOpen(StanceTokens t, List<Match> out, MentionIndex.Hit holder, boolean speaker,
            MentionIndex.Hit target, int from, int cue, Polarity p) {
        if (target == null || target.type().isPlace() || from < 0) {
            return;
        }
        if (holder != null && (holder.type().isPlace() || holder.key().equals(target.key()))) {
            return;
        }
        if (StanceGuards.firm(t, Math.max(0, from), cue)) {
            out.add(new Match(holder, speaker, target, cue, p));
        }
    }

    /**
     * The mention ending at token {@code k} when it is a subject (see the class comment), else null; a
     * predicate's subject may follow "that" ("said that Y is dangerous").
     */
    static MentionIndex.Hit subject(StanceTokens t, int k, boolean afterThat) {
        MentionIndex.Hit h = t.endingAt(k);
        if (h == null || h.type().isPlace()) {
            return null;
        }
        // look back over an apposition's lower-case words ("wife of gun victim X"): a preposition there governs X
        int before = t.firstOf(k) - 1;
        for (int n = 0; before >= 0 && n < 4; n++, before--) {
            String word = t.lower(before);
            if (NOT_BEFORE_SUBJECT.contains(word)) {
                return afterThat && n == 0 && word.equals("that") ? h : null;
            }
            if (t.hit(before) != null || !isLowerWord(t, before) || CLAUSE_OPENERS.contains(word)) {
                break;
            }
        }
        return h;
    }

    /** The mention starting at token {@code j} when it is a whole object, not a modifier ("X supporters"). */
    private static MentionIndex.Hit object(StanceTokens t, int j) {
        MentionIndex.Hit h = t.startingAt(j);
        int next = h == null ? -1 : t.lastOf(j) + 1;
        if (h == null || next >= t.size()) {
            return h;
        }
        String word = t.lower(next);
        if (word.equals("'s")) {
            return null;
        }
        return !Character.isLetterOrDigit(word.charAt(0)) || AFTER_OBJECT.contains(word)
                || StanceWords.subjectGap(word) ? h : null;
    }

    /** The index left of auxiliaries, adverbs and times before token {@code k} (inclusive), at most four. */
    static int beforeSubjectGap(StanceTokens t, int k, boolean beAllowed) {
        int steps = 0;
        while (k >= 0 && steps < 4 && t.hit(k) == null && (StanceWords.subjectGap(t.lower(k))
                || beAllowed && StanceWords.COPULAS.contains(t.lower(k)))) {
            k--;
            steps++;
        }
        return k;
    }

    /** The index right of determiners and titles from token {@code j} (inclusive), at most three. */
    private static int afterObjectGap(StanceTokens t, int j) {
        int steps = 0;
        while (j < t.size() && steps < 3 && t.hit(j) == null && StanceWords.objectGap(t.lower(j))) {
            j++;
            steps++;
        }
        return j;
    }

    /** Whether a form of "be" stands between the subject and the participle at {@code i}. */
    private static boolean passiveSubject(StanceTokens t, int i) {
        for (int k = i - 1; k >= Math.max(0, i - 4); k--) {
            if (StanceWords.COPULAS.contains(t.lower(k)) || t.lower(k).equals("being")) {
                return true;
            }
        }
        return false;
    }

    private static boolean isLowerWord(StanceTokens t, int s) {
        String x = t.get(s).text();
        return !x.isEmpty() && Character.isLowerCase(x.charAt(0));
    }
}

package org.w3id.newsgraph.extract.relations;

import java.util.regex.Pattern;

import org.w3id.newsgraph.extract.events.EventSense;
import org.w3id.newsgraph.model.Span;

/**
 * Whether a relation cue is stated as a fact in its clause: not under a modal or a condition ("would meet with",
 * "if she sues"), not negated ("did not meet", "never told"), not wished for, planned or only possible ("wants to
 * meet", "plans to sue", "the best odds of beating"), and not in a question. The clause is the one {@link EventSense#clause} finds, from its last comma or
 * closing quotation mark before the cue. Modals are matched in lower case, so that "Theresa May" is no "may".
 * The future ("will require") is stated as firmly as the past, and stays. Pure.
 */
final class CueMood {
    /** Before the cue, within its clause: what makes the relation unreal or denied. */
    private static final Pattern NOT_A_FACT = Pattern.compile("\\b(?:would|could|might|may|should|must"
            + "|[Ii]f|[Uu]nless|[Ww]hether|not|never|no\\s+longer|neither|nor|cannot|refus(?:e|es|ed)\\s+to"
            + "|(?:want|plan|hope|seek|intend|threaten|vow|promise|pledge|offer)(?:s|ed)?\\s+to|wanting\\s+to"
            + "|planning\\s+to|hoping\\s+to|sought\\s+to|expected\\s+to|likely\\s+to|going\\s+to|about\\s+to"
            + "|(?:odds|chances?|hopes?|bids?|shot|attempts?|efforts?)\\s+(?:of|at|to))\\b"
            + "|n[’']t\\b|[’']d\\b");

    /** "may have accused X …, but": a concession grants the relation as a fact. */
    private static final Pattern CONCESSIVE = Pattern.compile("\\b(?:may|might)\\s+have\\s+$");

    private CueMood() {}

    /** True when the cue at {@code cue} of the sentence {@code sentence} states its relation as a fact. */
    static boolean factual(String text, Span sentence, Span cue) {
        Span clause = EventSense.clause(text, sentence, cue);
        String before = text.substring(clause.begin(), cue.begin());
        // a quotation's words are the speaker's, not the reporting clause's ("“we have not…,” she told CNN")
        int from = Math.max(before.lastIndexOf(','), Math.max(before.lastIndexOf('”'), before.lastIndexOf('"')));
        before = before.substring(from + 1);
        if (NOT_A_FACT.matcher(before).find() && !(CONCESSIVE.matcher(before).find()
                && text.substring(cue.end(), sentence.end()).contains(", but "))) {
            return false;
        }
        String rest = text.substring(cue.end(), clause.end()).stripTrailing();
        return !rest.endsWith("?") && !text.substring(cue.end(), sentence.end()).stripTrailing().endsWith("?");
    }
}

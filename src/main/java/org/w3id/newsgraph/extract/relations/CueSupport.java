package org.w3id.newsgraph.extract.relations;

import java.util.regex.Pattern;

import org.w3id.newsgraph.extract.entities.MentionIndex;
import org.w3id.newsgraph.extract.entities.MentionIndex.Hit;
import org.w3id.newsgraph.model.Span;

/**
 * Whether a cue's first end (the subject of an active cue, the patient of a passive one) stands where the clause puts
 * it, rather than being merely the nearest earlier name: the sentence's first actor, or a name next to the cue with
 * only words and at most an appositive between, no other name, and not the object of a preposition ("wrote to Lynch,
 * urging", "called on the Obama administration to block"). On the hand-judged samples of polnear-train (seeds 11
 * and 13) cue relations whose end stands so were right 16 times in 24, the others 0 in 9
 * (resources/relations/cue-confidence.tsv). Pure.
 */
final class CueSupport {
    /**
     * Only a determiner or an opening quotation mark before the end, or a whole quotation (",” Jane Roe told"): it
     * opens the sentence or its reporting clause (also behind a possessive: "Britain's Jane Roe").
     */
    private static final Pattern OPENS = Pattern.compile("(?i)(?:^[\\s“\"‘']*|[,?!][”\"]\\s+)(?:(?:the|a|an)\\s+)?"
            + "(?:(?-i:\\p{Lu})[\\p{L}.-]*+[’']s\\s+)?$");
    /**
     * Before the end, a preposition that makes it an object ("to the private Trump Tower", "on NBC's"); not "after" or
     * "before", which open a clause as often ("After Jane Roe accused him"), nor one before "what" or "who".
     */
    private static final Pattern AFTER_PREPOSITION = Pattern.compile("(?i)(?:^|[\\s(])(?:to|on|with|for|about|against"
            + "|by|into|over|under|than|like|during|between|among|towards?|via|amid|despite"
            + "|behind|near|without|up)\\s+(?:(?:the|a|an|his|her|its|their)\\s+)?"
            + "(?:(?!(?:what|who|whom|which|that|how|when|where|why|whether|if)\\s)(?-i:\\p{Ll}+)\\s+)?"
            + "(?:(?-i:\\p{Lu})[\\p{L}.’'&-]*+\\s+){0,3}$");
    private static final Pattern PARENTHESIS = Pattern.compile("^\\s*\\([^()]{1,40}\\)");
    /** " – will remove": the end closes a list or appositive set off by dashes ("operators – A, B and C – will"). */
    private static final Pattern DASH_CLOSES = Pattern.compile("^\\s*[–—]\\s[^,;:–—()“”\"]*$");
    private static final Pattern DASH = Pattern.compile("[–—]");
    /** What no clause of one subject holds between it and its verb. */
    private static final Pattern BREAK = Pattern.compile("[;:—–()“”\"]|\\s--\\s");
    /**
     * The one quotation mark of a gap, opening a partial quote the cue stands in ("said it had “fully cooperated
     * with"): the quote continues the clause, it does not break it.
     */
    private static final Pattern PARTIAL_QUOTE = Pattern.compile("^[^“”\"]*+(?<=\\s)[“\"][^“”\"]*+$");
    /** ", who" / ", which": a relative clause on the end. */
    private static final Pattern RELATIVE = Pattern.compile("^,?\\s+(?:who|which|that)\\s[^,]*$");
    /** ", a former candidate, told": one appositive between the end and the cue. */
    private static final Pattern APPOSITIVE = Pattern.compile("^,[^,]+,[^,]*$");
    /** ", has reiterated": the end closes an appositive itself ("the agency, the NCSC, has"). */
    private static final Pattern CLOSES = Pattern.compile("^,[^,]*$");
    /** Before an end that is itself an appositive: a comma and perhaps a determiner. */
    private static final Pattern APPOSED = Pattern.compile("(?i),\\s+(?:(?:the|a|an)\\s+)?$");

    /** A common noun right after the end: the name only premodifies it ("the Yale grad served", "Acme supporter"). */
    private static final Pattern NOUN_AFTER = Pattern.compile("^\\s++(?!(?:has|had|have|is|was|were|are|will|would|also"
            + "|then|now|later|once|again|just|still|already|himself|herself|itself|themselves|did|does|do|can|could"
            + "|may|might|must|should|shall|first|last|too|even|since|who|which|that)\\s)\\p{Ll}[\\p{L}-]*+(?<!ly)\\s");
    private static final Pattern DETERMINER_BEFORE = Pattern.compile("(?i)(?:^|\\s)(?:the|a|an|this|that)\\s++$");
    /** "Acme supporter who has accused": the relative clause is the noun's, not the name's. */
    private static final Pattern NOUN_WHO = Pattern.compile("^\\s++\\p{Ll}[\\p{L}-]*+\\s++(?:who|which|that)\\s");

    private CueSupport() {}

    /** Whether the end premodifies a noun that is the cue's real subject. */
    private static boolean premodifier(String before, String gap) {
        return NOUN_WHO.matcher(gap).lookingAt()
                || DETERMINER_BEFORE.matcher(before).find() && NOUN_AFTER.matcher(gap).lookingAt();
    }

    /** True when the end at [{@code begin}, {@code end}) of entity {@code key} is the clause's own for the cue at {@code cue}. */
    static boolean held(String text, MentionIndex mentions, Span sentence, int begin, int end, String key, int cue) {
        if (begin < 0) {
            return true; // "we" in the organisation's own quote, right before the verb
        }
        if (end > cue) {
            return false;
        }
        String before = text.substring(sentence.begin(), begin);
        if (before.endsWith("(") && text.startsWith(")", end)) {
            // an abbreviation in brackets ("the Federal Communications Commission (FCC) has"): the name before it
            int name = text.substring(0, begin - 1).stripTrailing().length();
            Hit full = mentions.endingAt(name).filter(h -> h.key().equals(key) && h.begin() >= sentence.begin()).orElse(null);
            return full != null && held(text, mentions, sentence, full.begin(), end + 1, key, cue);
        }
        // an abbreviation in brackets is part of the name ("the Federal Communications Commission (FCC) has told")
        String raw = text.substring(end, cue);
        if (premodifier(before, raw)) {
            return false;
        }
        if (OPENS.matcher(before).find()) {
            return true;
        }
        String gap = PARENTHESIS.matcher(raw).replaceAll("");
        // "Britain, which ordered": the relative pronoun makes even a preposition's object the clause's subject
        if (AFTER_PREPOSITION.matcher(before).find() && !RELATIVE.matcher(gap).matches()) {
            return false;
        }
        if (DASH_CLOSES.matcher(gap).matches() && DASH.matcher(before).find()) {
            return mentions.within(end, cue).stream().allMatch(h -> h.key().equals(key));
        }
        if (BREAK.matcher(PARTIAL_QUOTE.matcher(gap).matches() ? gap.replaceAll("[“\"]", "") : gap).find()) {
            return false;
        }
        boolean apposed = APPOSITIVE.matcher(gap).matches();
        // names inside an appositive describe the end ("Jane Roe, the head of Acme, told"); elsewhere they compete
        int from = apposed ? end + raw.length() - gap.length() + gap.lastIndexOf(',') : end;
        for (Hit h : mentions.within(from, cue)) {
            if (!h.key().equals(key)) {
                return false;
            }
        }
        if (gap.indexOf(',') < 0 || apposed || RELATIVE.matcher(gap).matches()) {
            return true;
        }
        return CLOSES.matcher(gap).matches() && APPOSED.matcher(before).find();
    }
}

package org.w3id.newsgraph.extract.events;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.w3id.newsgraph.extract.events.EventMentions.Arg;

/**
 * The subject of a verb, found without a parser: the nearest phrase left of the verb in its clause, when only
 * auxiliaries and adverbs stand between ("Acme has finally signed"), a relative pronoun ("Lee, who met"), or an
 * appositive ("Lee, the mayor of Zenda, met": Lee, not Zenda). A phrase that is the object of a preposition,
 * perhaps behind title words ("the head of Acme met", "with party chairman Lee") is no subject, so such a verb gets none: better no agent than a wrong one. Pure.
 */
final class ClauseSubject {
    /** Words that may stand between a subject and its verb. */
    private static final String ADVERB = "(?:[a-z]+ly|has|have|had|was|were|is|are|been|being|be|also|then|later"
            + "|first|once|again|just|already|still|even|last|since|soon|ultimately|often|never|ever|both|all|too)";
    private static final Pattern NEXT_TO = Pattern.compile("^(?:\\s+" + ADVERB + ")*\\s*$");
    /** "Lee, who met" / "Lee, who has met": the relative pronoun stands for the phrase before it. */
    private static final Pattern RELATIVE = Pattern.compile("^,?\\s+(?:who|which|that)(?:\\s+" + ADVERB + ")*\\s+$");
    /** A phrase that closes an appositive or a parenthetical just before the verb ("Lee, the mayor, met"). */
    private static final Pattern COMMA_CLOSE = Pattern.compile("^\\s*,(?:\\s+" + ADVERB + ")*\\s*$");
    /** "Lee's campaign announced": the campaign or office speaks for its person. */
    private static final Pattern STANDS_FOR = Pattern.compile("^[’']s?\\s+(?:campaign|office|team|administration"
            + "|government|spokesman|spokeswoman|spokesperson|lawyers?|attorneys?)(?:\\s+" + ADVERB + ")*\\s*$");
    /** The phrase is the object of a preposition, perhaps behind a few title words ("of former Gov. Lee"). */
    private static final Pattern AFTER_PREPOSITION = Pattern.compile("(?:^|[\\s(])(?i:of|in|at|for|from|to|with"
            + "|by|on|about|against|over|under|into|than|like|after|before|during|between|among|toward|towards|via"
            + "|per|behind|beside|near|without)\\s+(?:(?:the|a|an|former|late|then|[\\p{Lu}][\\p{L}\\p{N}.’'&-]*"
            + "|[\\p{L}]+[’']s?|[\\p{Ll}]+(?:man|woman|person|ent|or|er|ary|ist))\\s+){0,4}$");
    private static final Pattern RELATIVE_WORD = Pattern.compile("(?i)\\b(?:who|whom|whose|which|that|when|where)\\b");
    /** Between a phrase and a description of it: ", a Zenda " of "Lee, a Zenda Democrat". */
    private static final Pattern DESCRIBED = Pattern.compile("^,\\s+(?:a|an|the)\\s+[^,;:()]{1,60}$");
    private static final Pattern RELATIVE_TAIL = Pattern.compile("(?<![\\s,]),?\\s++(?:who|which|that)(?:\\s+" + ADVERB
            + ")*\\s+$");
    private static final Pattern AND = Pattern.compile("^\\s+and\\s+$");
    /** The phrase sits inside a relative clause ("the man who hired Lee met"): it is that clause's object. */
    private static final Pattern IN_RELATIVE = Pattern.compile("\\b(?:who|which|whom)\\s+(?:\\S+\\s+){1,4}$");
    /** A verb form that reads as passive after "was", "were", "been": then the subject is the patient. */
    private static final Pattern PASSIVE = Pattern.compile("\\b(?:was|were|been|being|is|are|be)(?:\\s+" + ADVERB
            + ")*\\s*$");

    private ClauseSubject() {}

    /**
     * The subject phrases (one, or two joined by "and") of the verb at {@code verb}, within {@code args} of the
     * clause starting at {@code clauseBegin}; empty when none is sure.
     */
    static List<Arg> of(String text, int clauseBegin, int verb, List<Arg> args) {
        int i = lastBefore(args, verb);
        if (i < 0) {
            return List.of();
        }
        Arg a = args.get(i);
        String gap = text.substring(a.end(), verb);
        Matcher who = RELATIVE_TAIL.matcher(text.substring(a.end(), verb));
        if (who.find()) {
            int r = a.end() + who.start();
            for (int j = i; j >= Math.max(0, i - 3); j--) {
                if (DESCRIBED.matcher(text.substring(args.get(j).end(), r)).matches()) {
                    // "Lee, a Zenda lawyer who met": the relative clause describes Lee, as the description does
                    return free(text, clauseBegin, args.get(j)) ? List.of(args.get(j)) : List.of();
                }
            }
        }
        if (NEXT_TO.matcher(gap).matches() || RELATIVE.matcher(gap).matches() || STANDS_FOR.matcher(gap).matches()) {
            return free(text, clauseBegin, a) ? withConjunct(text, clauseBegin, args, i) : List.of();
        }
        if (!COMMA_CLOSE.matcher(gap).matches()) {
            return List.of();
        }
        int open = text.lastIndexOf(',', a.begin());
        if (open < clauseBegin) {
            return List.of();
        }
        String inside = text.substring(open + 1, a.begin());
        if (free(text, open + 1, a) && !RELATIVE_WORD.matcher(inside).find()) {
            return List.of(a); // the name is the appositive: "the head of Acme, Ann Lee, met"
        }
        // the appositive or relative clause describes the phrase before it: "Lee, the mayor of Zenda, met"
        int j = lastBefore(args, open);
        if (j >= 0 && text.substring(args.get(j).end(), open).isBlank() && free(text, clauseBegin, args.get(j))) {
            return withConjunct(text, clauseBegin, args, j);
        }
        return List.of();
    }

    /** True when the verb at {@code verb} is passive ("was elected"): its subject is then what it happened to. */
    static boolean passive(String text, int clauseBegin, int verb) {
        return PASSIVE.matcher(text.substring(clauseBegin, verb)).find();
    }

    /** Not the object of a preposition, nor inside a relative clause. */
    static boolean free(String text, int from, Arg a) {
        String before = text.substring(Math.min(from, a.begin()), a.begin());
        return !AFTER_PREPOSITION.matcher(before).find() && !IN_RELATIVE.matcher(before).find();
    }

    /** Index of the last phrase ending at or before {@code at}, or -1. */
    static int lastBefore(List<Arg> args, int at) {
        for (int i = args.size() - 1; i >= 0; i--) {
            if (args.get(i).end() <= at) {
                return i;
            }
        }
        return -1;
    }

    /** The subject and a phrase joined to it by "and" ("Lee and Moe met"). */
    private static List<Arg> withConjunct(String text, int clauseBegin, List<Arg> args, int i) {
        List<Arg> out = new ArrayList<>(List.of(args.get(i)));
        if (i > 0) {
            Arg before = args.get(i - 1);
            if (AND.matcher(text.substring(before.end(), args.get(i).begin())).matches()
                    && free(text, clauseBegin, before)) {
                out.add(0, before);
            }
        }
        return out;
    }
}

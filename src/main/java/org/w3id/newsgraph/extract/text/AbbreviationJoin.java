package org.w3id.newsgraph.extract.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import opennlp.tools.util.Span;

/**
 * Joins sentences that OpenNLP's detector cut after an abbreviation rather than at a sentence end: a name's initial
 * ("P. | Simmons"), a title before a name ("said Sen. | Ted Cruz", "retired Lt. | Col. | Ann Lee", "Sens. | Ann
 * Lee and …", "St. | Louis"), a month before a day ("on Feb. | 9") or a company's legal form before a lower-case
 * word ("Acme Corp. | of Dayton"). The English UD model knows few of these
 * abbreviations; "(R-Pa.). | But" and other party-state tags end real sentences, so they are left alone. It also
 * joins a cut with no punctuation before a lower-case word ("spending $1.5 | million on ads"), one after
 * initials that follow a name ("George H.W. | Bush"), one after initials that open a company's name ("the S.A. | Healy
 * Co.") and one after a comma ("Sen. Jo Lee, D-Calif., | chairman of").
 */
final class AbbreviationJoin {
    /** Titles written abbreviated before a capitalised name; none of them ends a sentence in news prose. */
    private static final Set<String> TITLES = Set.of("mr", "mrs", "ms", "mx", "dr", "prof", "rev", "sen", "sens",
            "rep", "reps", "gov", "govs", "lt", "gen", "gens", "col", "capt", "maj", "sgt", "adm", "cmdr", "supt",
            "insp", "atty", "sec", "st", "ft", "mt", "messrs");
    /** Legal forms of a company's name, which a lower-case word continues ("Acme Corp. of Dayton"). */
    private static final Set<String> LEGAL_FORMS = Set.of("co", "cos", "corp", "inc", "ltd", "bros");
    /** Months before a day number ("Feb. 9"), and "No." before a rank. */
    private static final Set<String> BEFORE_NUMBER = Set.of("jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
            "sept", "oct", "nov", "dec", "no");

    private AbbreviationJoin() {}

    /** The spans with every cut after an abbreviation undone (the spans are in order and do not overlap). */
    static List<Span> join(String s, Span[] spans) {
        List<Span> out = new ArrayList<>();
        for (Span sp : spans) {
            if (!out.isEmpty() && sp.getStart() < s.length()) {
                Span prev = out.get(out.size() - 1);
                if (cutInside(s, prev.getEnd(), s.charAt(sp.getStart()))
                        || initialsAfterName(s, prev.getEnd(), s.charAt(sp.getStart()))
                        || cutMidClause(s, prev.getEnd(), sp.getStart())
                        || cutAfterComma(s, prev.getEnd(), sp.getStart())
                        || initialsBeforeCompany(s, prev.getEnd(), sp.getStart())) {
                    out.set(out.size() - 1, new Span(prev.getStart(), sp.getEnd()));
                    continue;
                }
            }
            out.add(sp);
        }
        return out;
    }

    /** Chains of initials that name places or bodies and often end a sentence ("in the U.S. | The"). */
    private static final Set<String> PLACE_INITIALS = Set.of("us", "uk", "un", "eu", "dc", "ny", "nj", "la", "sf");

    /**
     * True when the text ending at {@code end} closes with two or three initials ("H.W.", "G.K.") right after a
     * capitalised word or a title ("George H.W. | Bush", "Rep. G.K. | Butterfield") and {@code next} is a capital:
     * a middle name, not a sentence end. After a comma or a lower-case word ("Washington, D.C.", "the U.S.") the
     * initials may end a sentence, and common place initials are left alone.
     */
    static boolean initialsAfterName(String s, int end, char next) {
        if (!Character.isUpperCase(next)) {
            return false;
        }
        int start = initialsStart(s, end);
        if (start < 2 || s.charAt(start - 1) != ' ') {
            return false;
        }
        int b = start - 1;
        while (b > 0 && !Character.isWhitespace(s.charAt(b - 1))) {
            b--;
        }
        String before = s.substring(b, start - 1);
        if (before.isEmpty() || !Character.isUpperCase(before.charAt(0))) {
            return false;
        }
        char last = before.charAt(before.length() - 1);
        return Character.isLetter(last) || last == '.' && TITLES.contains(
                before.substring(0, before.length() - 1).toLowerCase(java.util.Locale.ROOT));
    }

    /**
     * Where the two or three initials that end the text at {@code end} begin ("H.W.", "S.A."), or -1 when there are
     * fewer or more, or they are common place initials.
     */
    private static int initialsStart(String s, int end) {
        int start = end;
        StringBuilder letters = new StringBuilder();
        while (start >= 2 && s.charAt(start - 1) == '.' && Character.isUpperCase(s.charAt(start - 2))) {
            letters.insert(0, Character.toLowerCase(s.charAt(start - 2)));
            start -= 2;
        }
        return letters.length() < 2 || letters.length() > 3 || PLACE_INITIALS.contains(letters.toString()) ? -1 : start;
    }

    /** A company's name of up to three capitalised words and its legal form ("Healy Co.", "Elm & Rowe Inc."). */
    private static final Pattern COMPANY_AHEAD = Pattern.compile(
            "\\p{Lu}[\\p{L}'&-]*+(?: (?:\\p{Lu}[\\p{L}'-]*+|&)){0,2} (?:Co|Cos|Corp|Inc|Ltd|Bros)\\b");

    /**
     * True when the text ending at {@code end} closes with two or three initials and the next sentence opens with a
     * company's name and its legal form, on one line: the initials begin the company's name ("the S.A. | Healy Co.
     * of Elmford"), which no sentence end is. Common place initials ("the U.S. | Acme Co. said") are left alone.
     */
    static boolean initialsBeforeCompany(String s, int end, int nextStart) {
        int start = initialsStart(s, end);
        if (start < 0 || start > 0 && !Character.isWhitespace(s.charAt(start - 1)) || !oneLine(s, end, nextStart)) {
            return false;
        }
        return COMPANY_AHEAD.matcher(s).region(nextStart, s.length()).lookingAt();
    }

    /**
     * True when the detector cut with no closing punctuation, on one line, before a lower-case word: "spending $1.5 |
     * million on ads" is one sentence. A line break between them is left alone (lists and page furniture).
     */
    static boolean cutMidClause(String s, int end, int nextStart) {
        if (end < 1 || nextStart >= s.length() || !Character.isLowerCase(s.charAt(nextStart))
                || !Character.isLetterOrDigit(s.charAt(end - 1))) {
            return false;
        }
        return oneLine(s, end, nextStart);
    }

    /**
     * True when the detector cut right after a comma, on one line: no sentence ends with a comma, so "Sen. Jo Lee,
     * D-Calif., | chairman of the Senate Budget Committee, said" is one sentence.
     */
    static boolean cutAfterComma(String s, int end, int nextStart) {
        if (end < 1 || s.charAt(end - 1) != ',' || nextStart >= s.length()) {
            return false;
        }
        return oneLine(s, end, nextStart);
    }

    /** No line break between the cut and the next sentence (lists and page furniture keep their cuts). */
    private static boolean oneLine(String s, int end, int nextStart) {
        for (int i = end; i < nextStart; i++) {
            if (s.charAt(i) == '\n' || s.charAt(i) == '\r') {
                return false;
            }
        }
        return true;
    }

    /** True when the text ending at {@code end} closes with an abbreviation that {@code next} continues. */
    static boolean cutInside(String s, int end, char next) {
        if (end < 2 || s.charAt(end - 1) != '.') {
            return false;
        }
        int b = end - 1;
        while (b > 0 && Character.isLetter(s.charAt(b - 1))) {
            b--;
        }
        // the word must stand alone: "I-Vt." or "U.S." is not one of these abbreviations
        if (b > 0 && (Character.isLetterOrDigit(s.charAt(b - 1)) || s.charAt(b - 1) == '.' || s.charAt(b - 1) == '-')) {
            return false;
        }
        String word = s.substring(b, end - 1);
        if (word.length() == 1) {
            return Character.isUpperCase(word.charAt(0)) && Character.isUpperCase(next);
        }
        if (word.isEmpty() || !Character.isUpperCase(word.charAt(0))) {
            return false;
        }
        String lower = word.toLowerCase(java.util.Locale.ROOT);
        return TITLES.contains(lower) && Character.isUpperCase(next)
                || BEFORE_NUMBER.contains(lower) && Character.isDigit(next)
                || LEGAL_FORMS.contains(lower) && Character.isLowerCase(next);
    }
}

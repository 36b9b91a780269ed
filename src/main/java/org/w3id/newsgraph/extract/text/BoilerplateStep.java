package org.w3id.newsgraph.extract.text;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.w3id.newsgraph.model.Span;
import org.w3id.newsgraph.pipeline.AnnotationKey;
import org.w3id.newsgraph.pipeline.Annotations;
import org.w3id.newsgraph.pipeline.Document;
import org.w3id.newsgraph.pipeline.Step;

/**
 * Finds the article body of a scraped news page and the page furniture around and inside it: photo captions and
 * credits, photo galleries ("1 of 6" and the caption after it), video playlists ("Now playing", a duration, a
 * title), duplicated caption lines, lines without a letter, CMS tags such as
 * {@code {loadposition x}}, advertisement markers, "Related:"/"Read more", share/subscribe lines and cookie notices.
 *
 * <p>The body starts at a dateline with a source in parentheses ("(CNN Business) —", "LONDON (Reuters) -");
 * failing that, after a leading block of non-prose lines that holds boilerplate; failing that, at the first
 * non-blank character. A page without a single sentence of running text after that (menus, cookie notices and
 * footers only) has no body. A line over {@link TextLines#LONG_LINE} characters, a page whose line breaks were
 * lost, is read sentence by sentence. All spans index into the original text. Rules are general, not
 * page-specific.
 */
public final class BoilerplateStep implements Step {
    /**
     * "LONDON (Reuters) -", "WASHINGTON, March 3 (AP) —", "(CNN Business) —": place, optional date, source.
     * Possessive quantifiers keep the match linear on long lines that are no dateline.
     */
    private static final Pattern DATELINE = Pattern.compile(
            "^(?:[A-Z][\\w.'\\-]*+(?:[ ,]++[A-Z0-9][\\w.'\\-]*+)*+[ ,]*+)?\\([A-Z][\\w.&'-]*+(?:\\s++[A-Z][\\w.&'-]*+)*+\\)\\s*+[—–-]");
    /** Header furniture between headline and body: bylines, datelines with times, reading times. */
    private static final Pattern BYLINE = Pattern.compile("^(?i:by)\\s+[A-Z][\\p{L}.'-]+.*");
    private static final Pattern READ_TIME = Pattern.compile("(?i)^\\d+\\s*(?:min|mins|minute|minutes)\\s+read$");
    private static final Pattern TIMESTAMP = Pattern.compile(
            "(?i)(?:\\b\\d{1,2}[:.]\\d{2}\\s*(?:am|pm|gmt|bst|utc|cet|cest|et|edt|est|pt)?\\b"
                    + "|\\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}\\b"
                    + "|\\b\\d{1,2}(?:st|nd|rd|th)?\\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?,?\\s+\\d{4}\\b"
                    + "|^(?:updated|published|posted|last updated)\\b)");
    /** Copyright notices and standards footers (wire reporting credits are body text: they name the authors). */
    private static final Pattern COPYRIGHT = Pattern.compile(
            "(?i)^(?:©|\\(c\\)\\s|copyright\\b|all rights reserved|our standards\\s*:).*");
    private static final Pattern TOPICS = Pattern.compile(
            "(?i)^(?:explore more on these topics|more on these topics|more on this story|topics|tags|filed under)\\s*:.*");
    /**
     * A row of share buttons or page links: "Tweet | Share | Email", "Comments". The repetition is possessive:
     * a greedy one recurses once per button in java.util.regex and overflowed the stack on 800 × "x".
     */
    private static final Pattern BUTTONS = Pattern.compile(
            "(?i)^(?:(?:tweet|share|email|e-mail|print|facebook|x|twitter|whatsapp|linkedin|reddit|pinterest|comments?"
                    + "|copy link|save|gift article|listen|most read|most popular|trending|latest)\\s*+[|•·/,]?+\\s*+)++$");
    private static final Pattern RULE_LINE = Pattern.compile("^[_\\-—–=*~•]{3,}$");
    private static final Pattern SHORTCODE = Pattern.compile("^\\[/?[a-z][\\w-]*(?:\\s[^\\]\\n]*)?\\]$");
    private static final Pattern NEWSLETTER = Pattern.compile("(?i)\\bnewsletters?\\b");
    private static final Pattern CREDIT_LINE = Pattern.compile(
            "^(?i:photo|photos|photograph|picture|image|video|credit|caption|illustration|graphic)s?\\s*:.*");
    private static final Pattern CAPTION_CREDIT = Pattern.compile(
            "(?i)\\((?:photos?|pictures?|images?|credit|source)\\s*(?:by|:|credit)[^)]*\\)");
    private static final Pattern ENDS_WITH_CREDIT = Pattern.compile(
            "(?i)(?:getty images(?: [a-z ]+)?|shutterstock|/\\s*afp|/\\s*ap|/\\s*reuters|/\\s*epa(?:-efe)?|/\\s*ap photo)\\)?\\.?$");
    /** A photo gallery's counter ("1 of 6"): the line after it is that photo's caption. */
    private static final Pattern GALLERY_COUNTER = Pattern.compile("^\\d{1,3}\\s*(?:of|/)\\s*\\d{1,3}$");
    /** A dateline alone on its line before the first paragraph: "Helsinki —", "NEW DELHI, India -". */
    private static final Pattern DATELINE_ALONE = Pattern.compile(
            "^[A-Z][\\p{L}.'-]*+(?:[ ,]++[A-Z][\\p{L}.'-]*+){0,3}\\s*[—–-]$");
    /** A wire dateline with an ISO date: "LONDON 1996-08-30", "AL-AIN , United Arab Emirates 1996-12-06". */
    private static final Pattern WIRE_DATELINE = Pattern.compile(
            "^[A-Z][A-Z.'\\-]*+(?: [A-Z][A-Z.'\\-]*+){0,3}(?: ?, [A-Z][\\p{L}.'\\-]*+(?: [A-Z][\\p{L}.'\\-]*+){0,3})? \\d{4}-\\d{2}-\\d{2}$");
    private static final Pattern PLAYLIST_MARK = Pattern.compile("(?i)^(?:now playing|up next|playing next)$");
    private static final Pattern DURATION = Pattern.compile("^\\d{1,2}:\\d{2}(?::\\d{2})?$");
    private static final Pattern ADVERT = Pattern.compile(
            "(?i)^(?:advertisement|sponsored(?: content)?|story continues below(?: advertisement)?|ad|hide ad|skip ad|ad feedback)$");
    private static final Pattern RELATED = Pattern.compile(
            "(?i)^(?:related(?: articles?| stories| content)?|read more|read next|see also|also read|more on this|recommended)\\b\\s*[:»›|-]?.*");
    private static final Pattern SHARE = Pattern.compile(
            "(?i)^(?:share(?: this)?|subscribe|sign up|follow us|click here|email this|tweet this|print this)\\b.*");
    /** A cookie or consent notice: cookies named with what the reader should do about them. */
    private static final Pattern COOKIES = Pattern.compile("(?i)\\bcookies?\\b");
    private static final Pattern CONSENT = Pattern.compile("(?i)\\b(?:accept|consent|agree|privacy|preferences|"
            + "settings|policy|manage|we use|this (?:site|website)|our (?:site|website|partners)|browsing)\\b");
    /** CMS placeholders: a lower-case keyword in braces, with optional arguments ({loadposition x}, {mosimage}). */
    private static final Pattern CMS_TAG = Pattern.compile("\\{/?[a-z][\\w-]*(?:\\s[^{}\\n]*)?\\}");
    private static final int SHORT_LINE_WORDS = 12;
    private static final int PROSE_MIN_WORDS = 8;
    /** Longer than any cookie notice; an article about cookies has longer paragraphs. */
    private static final int CONSENT_WORDS = 45;

    @Override
    public Set<AnnotationKey<?>> requires() {
        return Set.of();
    }

    @Override
    public Set<AnnotationKey<?>> provides() {
        return Set.of(Annotations.BODY, Annotations.BOILERPLATE);
    }

    @Override
    public Document apply(Document document) {
        String text = document.text();
        List<Span> lines = new ArrayList<>();
        for (Span l : TextLines.segments(text, 0, text.length())) {
            lines.add(TextLines.trim(text, l));
        }
        boolean[] boiler = classify(text, lines);
        int bodyLine = bodyStartLine(text, lines, boiler);
        Span all = TextLines.trim(text, new Span(0, text.length()));
        boolean dated = false;
        for (int i = bodyLine; i < lines.size() && i <= bodyLine + 3 && !dated; i++) {
            dated = !boiler[i] && isDateline(text, lines.get(i));
        }
        if (!dated && !hasArticleSentence(text, lines, boiler, bodyLine)) {
            // a dated wire story is an article even when it is only a results table (no sentence of prose)
            // Menus, cookie notices and footers only: no body at all, rather than furniture stored as an article.
            return document.with(Annotations.BODY, new Span(all.end(), all.end()))
                    .with(Annotations.BOILERPLATE, all.length() > 0 ? List.of(all) : List.of());
        }
        int bodyBegin = bodyLine < lines.size() ? lines.get(bodyLine).begin() : all.begin();
        Span body = new Span(Math.min(bodyBegin, all.end()), all.end());

        List<Span> spans = new ArrayList<>();
        if (body.begin() > all.begin()) {
            spans.add(new Span(all.begin(), lastEndBefore(lines, bodyLine, all.begin())));
        }
        for (int i = bodyLine; i < lines.size(); i++) {
            Span l = lines.get(i);
            if (l.length() == 0) {
                continue;
            }
            if (boiler[i]) {
                spans.add(l);
            } else {
                Matcher m = CMS_TAG.matcher(text).region(l.begin(), l.end());
                while (m.find()) {
                    spans.add(new Span(m.start(), m.end()));
                }
            }
        }
        Collections.sort(spans);
        return document.with(Annotations.BODY, body).with(Annotations.BOILERPLATE, List.copyOf(spans));
    }

    /** Whether a line from the body start on, not furniture, reads as a sentence of running text. */
    private static boolean hasArticleSentence(String text, List<Span> lines, boolean[] boiler, int from) {
        for (int i = from; i < lines.size(); i++) {
            if (!boiler[i] && lines.get(i).length() > 0 && isSentence(TextLines.collapse(lines.get(i).of(text)))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Four words or more, one of them with a lower-case letter, and a sentence end (before closing quotes or
     * brackets): "Stocks rose on Monday." is one; "Home | News | Sport", "Accept all" and a row of symbols are not.
     */
    static boolean isSentence(String line) {
        int e = line.length();
        while (e > 0 && "\"”’')]".indexOf(line.charAt(e - 1)) >= 0) {
            e--;
        }
        if (e == 0 || ".!?…".indexOf(line.charAt(e - 1)) < 0) {
            return false;
        }
        int words = 0;
        boolean lower = false;
        boolean inWord = false;
        for (int i = 0; i < e; i++) {
            char c = line.charAt(i);
            if (c == ' ') {
                inWord = false;
            } else if (Character.isLetter(c) && !inWord) {
                inWord = true;
                words++;
            }
            lower |= Character.isLowerCase(c);
        }
        return words >= 4 && lower;
    }

    private static int lastEndBefore(List<Span> lines, int lineIndex, int fallback) {
        for (int i = lineIndex - 1; i >= 0; i--) {
            if (lines.get(i).length() > 0) {
                return lines.get(i).end();
            }
        }
        return fallback;
    }

    /** Marks each line that is page furniture as a whole. */
    static boolean[] classify(String text, List<Span> lines) {
        boolean[] b = new boolean[lines.size()];
        int afterDuration = -1;
        boolean afterCounter = false;
        String previous = null;
        int previousIndex = -1;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).of(text);
            if (line.isEmpty()) {
                continue;
            }
            String norm = TextLines.collapse(line);
            if (GALLERY_COUNTER.matcher(norm).matches()) {
                b[i] = true;
                afterCounter = true;
                continue;
            }
            if (afterCounter) {
                b[i] = true; // the photo's caption
                afterCounter = false;
                previous = norm;
                previousIndex = i;
                continue;
            }
            if (PLAYLIST_MARK.matcher(norm).matches() || DURATION.matcher(norm).matches()) {
                b[i] = true;
                if (DURATION.matcher(norm).matches()) {
                    afterDuration = i;
                }
            } else if (afterDuration >= 0 && words(norm) <= 20) {
                b[i] = true; // the playlist entry's title
            } else if (norm.codePoints().noneMatch(Character::isLetter)) {
                b[i] = true; // a row of symbols or figures: no name, quote or post can come from it
            } else if (CAPTION_CREDIT.matcher(norm).matches() && i > 0 && sameLine(text, lines.get(i - 1), lines.get(i))) {
                b[i] = true;
                b[i - 1] = true; // a page without line breaks: the sentence before a credit is its caption
            } else if (CREDIT_LINE.matcher(norm).matches() || CAPTION_CREDIT.matcher(norm).find()
                    || ENDS_WITH_CREDIT.matcher(norm).find() || ADVERT.matcher(norm).matches()
                    || CMS_TAG.matcher(norm).replaceAll("").isBlank()) {
                b[i] = true;
            } else if (words(norm) <= SHORT_LINE_WORDS
                    && (RELATED.matcher(norm).matches() || SHARE.matcher(norm).matches()
                    || BUTTONS.matcher(norm).matches() || READ_TIME.matcher(norm).matches()
                    || NEWSLETTER.matcher(norm).find() && !endsSentence(norm))) {
                b[i] = true;
            } else if (words(norm) <= CONSENT_WORDS && COOKIES.matcher(norm).find() && CONSENT.matcher(norm).find()) {
                b[i] = true;
            } else if (COPYRIGHT.matcher(norm).matches()
                    || TOPICS.matcher(norm).matches() || RULE_LINE.matcher(norm).matches()
                    || SHORTCODE.matcher(norm).matches()) {
                b[i] = true;
            }
            if (!DURATION.matcher(norm).matches()) {
                afterDuration = -1;
            }
            if (previous != null && previous.equals(norm)) {
                b[i] = true;
                b[previousIndex] = true;
            }
            previous = norm;
            previousIndex = i;
        }
        return b;
    }

    /** Whether two segments were cut from one line (no line break between them). */
    private static boolean sameLine(String text, Span before, Span after) {
        for (int k = before.end(); k < after.begin(); k++) {
            if (text.charAt(k) == '\n') {
                return false;
            }
        }
        return true;
    }

    private static int bodyStartLine(String text, List<Span> lines, boolean[] boiler) {
        for (int i = 0; i < lines.size(); i++) {
            if (!boiler[i] && isDateline(text, lines.get(i))) {
                return wireHeadline(text, lines, boiler, i);
            }
        }
        // News pages open with a header: headline, standfirst, byline, date, share buttons. The body is the first
        // prose paragraph (several words, ending like a sentence) that no byline or date line follows; a prose
        // line followed by one is a standfirst. Header lines are short and end without a full stop.
        int firstContent = -1;
        for (int i = 0; i < lines.size(); i++) {
            Span l = lines.get(i);
            if (l.length() == 0) {
                continue;
            }
            if (firstContent < 0) {
                firstContent = i;
            }
            String norm = TextLines.collapse(l.of(text));
            if (!boiler[i] && isProse(norm)
                    && !headerFurnitureFollows(text, lines, boiler, i)) {
                // up to two such lines: a source line above a dateline ("Madrid EFE", "TUCSON, Ariz.")
                int start = i;
                for (int d = previousContentLine(lines, i); d >= 0 && i - d <= 4 && !boiler[d]
                        && opensBody(TextLines.collapse(lines.get(d).of(text))); d = previousContentLine(lines, d)) {
                    start = d;
                }
                return start;
            }
        }
        return firstContent < 0 ? lines.size() : firstContent;
    }

    /**
     * A wire story dated "PLACE 1996-08-30" opens with its headline (and a byline) on the lines just above the
     * dateline: they are its text too, and name who and what the story is about. Other datelines start the body.
     */
    private static int wireHeadline(String text, List<Span> lines, boolean[] boiler, int dateline) {
        if (!WIRE_DATELINE.matcher(TextLines.collapse(lines.get(dateline).of(text))).matches()) {
            return dateline;
        }
        int first = dateline;
        for (int k = dateline - 1; k >= 0 && dateline - k <= 3; k--) {
            if (lines.get(k).length() > 0) {
                if (boiler[k]) {
                    break;
                }
                first = k;
            }
        }
        return first;
    }

    /** A dateline alone on its line ("Helsinki —", "PASADENA, Calif.") or a source line ({@link LeadLines}). */
    private static boolean opensBody(String line) {
        return DATELINE_ALONE.matcher(line).matches() || LeadLines.opensBody(line);
    }

    private static boolean isDateline(String text, Span line) {
        return DATELINE.matcher(line.of(text)).find() || WIRE_DATELINE.matcher(TextLines.collapse(line.of(text))).matches();
    }

    private static int previousContentLine(List<Span> lines, int i) {
        for (int k = i - 1; k >= 0; k--) {
            if (lines.get(k).length() > 0) {
                return k;
            }
        }
        return -1;
    }

    /** Whether the next line that is not boilerplate, after line {@code i}, is a byline or a date line. */
    private static boolean headerFurnitureFollows(String text, List<Span> lines, boolean[] boiler, int i) {
        for (int k = i + 1; k < lines.size(); k++) {
            if (lines.get(k).length() == 0 || boiler[k]) {
                continue;
            }
            return isHeaderFurniture(TextLines.collapse(lines.get(k).of(text)));
        }
        return false;
    }

    /** A byline, a time stamp or a reading time: short lines that belong to a page header. */
    static boolean isHeaderFurniture(String line) {
        if (words(line) > SHORT_LINE_WORDS || endsSentence(line)) {
            return false;
        }
        return BYLINE.matcher(line).matches() || READ_TIME.matcher(line).matches() || TIMESTAMP.matcher(line).find();
    }

    private static boolean endsSentence(String line) {
        return !line.isEmpty() && ".!?".indexOf(line.charAt(line.length() - 1)) >= 0;
    }

    private static boolean isProse(String line) {
        if (words(line) < PROSE_MIN_WORDS) {
            return false;
        }
        char last = line.charAt(line.length() - 1);
        return ".!?\"”’')…:".indexOf(last) >= 0;
    }

    private static int words(String s) {
        return s.isBlank() ? 0 : s.strip().split("\\s+").length;
    }
}

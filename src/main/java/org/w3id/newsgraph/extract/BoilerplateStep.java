package org.w3id.newsgraph.extract;

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
 * credits, video playlists ("Now playing", a duration, a title), duplicated caption lines, CMS tags such as
 * {@code {loadposition x}}, advertisement markers, "Related:"/"Read more" and share/subscribe lines.
 *
 * <p>The body starts at a dateline with a source in parentheses ("(CNN Business) —", "LONDON (Reuters) -");
 * failing that, after a leading block of non-prose lines that holds boilerplate; failing that, at the first
 * non-blank character. All spans index into the original text. Rules are general, not page-specific.
 */
public final class BoilerplateStep implements Step {
    private static final Pattern DATELINE = Pattern.compile(
            "^(?:[A-Z][A-Za-z.'\\- ]*[A-Za-z.],?\\s*(?:[A-Z][A-Za-z.]*\\s*)*)?\\([A-Z][\\w.&'-]*(?:\\s+[A-Z][\\w.&'-]*)*\\)\\s*[—–-]");
    private static final Pattern CREDIT_LINE = Pattern.compile(
            "^(?i:photo|photos|photograph|picture|image|video|credit|caption|illustration|graphic)s?\\s*:.*");
    private static final Pattern CAPTION_CREDIT = Pattern.compile(
            "(?i)\\((?:photos?|pictures?|images?|credit|source)\\s*(?:by|:|credit)[^)]*\\)");
    private static final Pattern ENDS_WITH_CREDIT = Pattern.compile(
            "(?i)(?:getty images(?: [a-z ]+)?|shutterstock|/\\s*afp|/\\s*ap|/\\s*reuters|/\\s*epa(?:-efe)?|/\\s*ap photo)\\)?\\.?$");
    private static final Pattern PLAYLIST_MARK = Pattern.compile("(?i)^(?:now playing|up next|playing next)$");
    private static final Pattern DURATION = Pattern.compile("^\\d{1,2}:\\d{2}(?::\\d{2})?$");
    private static final Pattern ADVERT = Pattern.compile(
            "(?i)^(?:advertisement|sponsored(?: content)?|story continues below(?: advertisement)?|ad)$");
    private static final Pattern RELATED = Pattern.compile(
            "(?i)^(?:related(?: articles?| stories| content)?|read more|read next|see also|also read|more on this|recommended)\\b\\s*[:»›|-]?.*");
    private static final Pattern SHARE = Pattern.compile(
            "(?i)^(?:share(?: this)?|subscribe|sign up|follow us|click here|email this|tweet this|print this)\\b.*");
    /** CMS placeholders: a lower-case keyword in braces, with optional arguments ({loadposition x}, {mosimage}). */
    private static final Pattern CMS_TAG = Pattern.compile("\\{/?[a-z][\\w-]*(?:\\s[^{}\\n]*)?\\}");
    private static final int SHORT_LINE_WORDS = 12;
    private static final int PROSE_MIN_WORDS = 8;

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
        for (Span l : TextLines.lines(text, 0, text.length())) {
            lines.add(TextLines.trim(text, l));
        }
        boolean[] boiler = classify(text, lines);
        int bodyLine = bodyStartLine(text, lines, boiler);
        Span all = TextLines.trim(text, new Span(0, text.length()));
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
        String previous = null;
        int previousIndex = -1;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).of(text);
            if (line.isEmpty()) {
                continue;
            }
            String norm = TextLines.collapse(line);
            if (PLAYLIST_MARK.matcher(norm).matches() || DURATION.matcher(norm).matches()) {
                b[i] = true;
                if (DURATION.matcher(norm).matches()) {
                    afterDuration = i;
                }
            } else if (afterDuration >= 0 && words(norm) <= 20) {
                b[i] = true; // the playlist entry's title
            } else if (CREDIT_LINE.matcher(norm).matches() || CAPTION_CREDIT.matcher(norm).find()
                    || ENDS_WITH_CREDIT.matcher(norm).find() || ADVERT.matcher(norm).matches()
                    || CMS_TAG.matcher(norm).replaceAll("").isBlank()) {
                b[i] = true;
            } else if (words(norm) <= SHORT_LINE_WORDS
                    && (RELATED.matcher(norm).matches() || SHARE.matcher(norm).matches())) {
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

    private static int bodyStartLine(String text, List<Span> lines, boolean[] boiler) {
        for (int i = 0; i < lines.size(); i++) {
            if (!boiler[i] && DATELINE.matcher(lines.get(i).of(text)).find()) {
                return i;
            }
        }
        // A leading block of non-prose lines that holds boilerplate: the body starts after it.
        int firstContent = -1;
        boolean sawBoiler = false;
        for (int i = 0; i < lines.size(); i++) {
            Span l = lines.get(i);
            if (l.length() == 0) {
                continue;
            }
            if (firstContent < 0) {
                firstContent = i;
            }
            if (boiler[i]) {
                sawBoiler = true;
            } else if (isProse(TextLines.collapse(l.of(text)))) {
                return sawBoiler ? i : firstContent;
            }
        }
        return firstContent < 0 ? lines.size() : firstContent;
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

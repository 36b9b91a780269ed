package org.w3id.newsgraph.extract.values;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.w3id.newsgraph.model.Span;

/**
 * Finds the article's own date, only where a page states it: a "Published / Updated / Posted" line, a dateline
 * opening the body ("LONDON, March 3, 2024 (Reuters) -"), or a line near the top holding nothing but a date
 * (and perhaps a weekday and a time). Dates in captions and other boilerplate never count. Pure functions.
 */
public final class ArticleDates {
    private static final String DATE = "(?:" + DateExpressions.DMY.pattern() + "|" + DateExpressions.MDY.pattern() + ")";
    private static final String TIME = "(?:\\d{1,2}[:.]\\d{2}\\s*(?:[AaPp]\\.?[Mm]\\.?)?\\s*(?:[A-Z]{2,5})?)";
    private static final String WEEKDAY = "(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\\s+)";
    private static final Pattern PUBLISHED = Pattern.compile("(?i:published|updated|posted|first published|last updated)"
            + "\\b[:\\s]*(?:on\\s+)?(?:" + TIME + ",?\\s*)?" + WEEKDAY + "?" + DATE);
    /** Place names before the date repeat possessively: a greedy group recursed per name and overflowed. */
    private static final Pattern DATELINE = Pattern.compile(
            "^\\s*+(?:[A-Z][\\p{L}.' -]*+,\\s*+)*+" + DATE + "\\s*(?:\\([^)]{1,40}\\)\\s*)?[-—–]");
    private static final Pattern DATE_LINE = Pattern.compile("^\\s*(?:" + TIME + ",?\\s*)?" + WEEKDAY + "?" + DATE
            + "(?:,?\\s*(?:at\\s+)?" + TIME + ")?\\s*$");
    /** How many non-blank lines from the top of the page, and from the body start, may hold a date-only line. */
    private static final int TOP_LINES = 6;

    private ArticleDates() {}

    static Optional<LocalDate> find(String text, Span body, List<Span> boilerplate) {
        Matcher m = PUBLISHED.matcher(text);
        while (m.find()) {
            if (!inside(boilerplate, m.start())) {
                Optional<LocalDate> d = date(m.group());
                if (d.isPresent()) {
                    return d;
                }
            }
        }
        if (body != null) {
            int lineEnd = text.indexOf('\n', body.begin());
            String first = text.substring(body.begin(), lineEnd < 0 ? body.end() : Math.min(lineEnd, body.end()));
            Matcher dl = DATELINE.matcher(first);
            if (dl.find()) {
                return date(dl.group());
            }
        }
        Optional<LocalDate> top = dateLine(text, 0, boilerplate);
        if (top.isEmpty() && body != null) {
            top = dateLine(text, body.begin(), boilerplate);
        }
        return top;
    }

    /** The first date-only line among the first few non-blank lines from {@code from}. */
    private static Optional<LocalDate> dateLine(String text, int from, List<Span> boilerplate) {
        int seen = 0;
        int pos = from;
        while (pos < text.length() && seen < TOP_LINES) {
            int end = text.indexOf('\n', pos);
            end = end < 0 ? text.length() : end;
            String line = text.substring(pos, end);
            if (!line.isBlank()) {
                seen++;
                if (!inside(boilerplate, pos + (line.length() - line.stripLeading().length()))
                        && DATE_LINE.matcher(line).matches()) {
                    return date(line);
                }
            }
            pos = end + 1;
        }
        return Optional.empty();
    }

    /** The first absolute day date in {@code s}. */
    private static Optional<LocalDate> date(String s) {
        Matcher d = DateExpressions.DMY.matcher(s);
        if (d.find()) {
            return Optional.ofNullable(DateExpressions.day(Integer.parseInt(d.group(3)),
                    DateExpressions.month(d.group(2)), Integer.parseInt(d.group(1))));
        }
        Matcher m = DateExpressions.MDY.matcher(s);
        if (m.find()) {
            return Optional.ofNullable(DateExpressions.day(Integer.parseInt(m.group(3)),
                    DateExpressions.month(m.group(1)), Integer.parseInt(m.group(2))));
        }
        return Optional.empty();
    }

    private static boolean inside(List<Span> spans, int offset) {
        return spans.stream().anyMatch(s -> s.begin() <= offset && offset < s.end());
    }
}

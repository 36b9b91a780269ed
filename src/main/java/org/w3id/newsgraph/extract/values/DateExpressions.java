package org.w3id.newsgraph.extract.values;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.w3id.newsgraph.model.DateMention;
import org.w3id.newsgraph.model.DatePrecision;
import org.w3id.newsgraph.model.Sentence;
import org.w3id.newsgraph.model.Span;

/**
 * Finds date expressions by general rules: absolute ("March 3, 2024", "3 March 2024", "January 2019", "in
 * 2018") and relative ("on Tuesday", "last week", "earlier this month", "in January", "yesterday"). Relative ones
 * are resolved against the article's date when there is one, else left without a date: never guessed. Month
 * names count only with a day, a year or a preposition ("Theresa May" is no date). Pure functions.
 */
public final class DateExpressions {
    static final String MONTH = "(January|February|March|April|May|June|July|August|September|October|November"
            + "|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept\\.?|Sep\\.?|Oct\\.?|Nov\\.?|Dec\\.?)";
    private static final String FULL_MONTH = "(January|February|March|April|May|June|July|August|September|October"
            + "|November|December)";
    private static final String DAY = "(\\d{1,2})(?:st|nd|rd|th)?";
    private static final String YEAR = "((?:19|20)\\d{2})";
    private static final String WEEKDAY = "(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";

    /** Absolute day dates, as also used for the article's own date. */
    static final Pattern DMY = Pattern.compile("\\b" + DAY + "\\s+" + MONTH + ",?\\s+" + YEAR + "\\b");
    static final Pattern MDY = Pattern.compile("\\b" + MONTH + "\\s+" + DAY + ",?\\s+" + YEAR + "\\b");
    private static final Pattern MY = Pattern.compile("\\b" + FULL_MONTH + ",?\\s+" + YEAR + "\\b");
    private static final Pattern MD = Pattern.compile("\\b" + MONTH + "\\s+" + DAY + "\\b(?![\\d:])");
    private static final Pattern DM = Pattern.compile("\\b" + DAY + "\\s+" + FULL_MONTH + "\\b");
    private static final Pattern IN_YEAR = Pattern.compile(
            "\\b(?:[Ii]n|[Ss]ince|[Bb]y|[Uu]ntil|[Tt]ill|[Dd]uring|[Ee]arly|[Ll]ate|[Mm]id-|[Bb]efore|[Aa]fter|[Tt]hroughout)\\s?"
                    + YEAR + "\\b(?![\\d,.]\\d)");
    private static final Pattern NEAR_DAY = Pattern.compile("\\b([Yy]esterday|[Tt]oday|[Tt]omorrow)\\b");
    private static final Pattern ON_WEEKDAY = Pattern.compile(
            "\\b(?:([Ll]ast|[Tt]his|[Nn]ext)\\s+)?" + WEEKDAY + "\\b");
    private static final Pattern PERIOD = Pattern.compile(
            "\\b(?:([Ee]arlier|[Ll]ater)\\s+)?([Tt]his|[Ll]ast|[Nn]ext|[Pp]ast)\\s+(week|month|year)\\b");
    private static final Pattern IN_MONTH = Pattern.compile(
            "\\b(?:(?:[Ii]n|[Ss]ince|[Bb]y|[Uu]ntil|[Dd]uring|[Ee]arly|[Ll]ate|[Mm]id-)\\s?|([Ll]ast|[Tt]his|[Nn]ext)\\s+)"
                    + FULL_MONTH + "\\b(?!\\s+\\d)");
    /** Lower-case words that may follow "in 2018" (others, as in "in 2000 cases", make the number no year). */
    private static final Set<String> AFTER_YEAR = Set.of("and", "or", "to", "when", "after", "before", "but", "as",
            "with", "that", "the", "he", "she", "it", "they", "we", "while", "for", "until", "amid", "at", "in", "on");

    private DateExpressions() {}

    /** The date expressions of every sentence, in text order; {@code articleDate} may be null. */
    static List<DateMention> find(String text, List<Sentence> sentences, LocalDate articleDate) {
        List<DateMention> out = new ArrayList<>();
        for (Sentence s : sentences) {
            out.addAll(inSentence(text, s, articleDate));
        }
        return List.copyOf(out);
    }

    static List<DateMention> inSentence(String text, Sentence s, LocalDate a) {
        String part = s.span().of(text);
        int base = s.span().begin();
        List<DateMention> out = new ArrayList<>();
        for (Pattern p : List.of(DMY, MDY)) {
            scan(p, part, m -> {
                boolean dmy = p == DMY;
                LocalDate d = day(Integer.parseInt(m.group(3)), month(m.group(dmy ? 2 : 1)),
                        Integer.parseInt(m.group(dmy ? 1 : 2)));
                return d == null ? null : new Found(m.start(), m.end(), d, DatePrecision.DAY, false);
            }, base, s, out, text);
        }
        scan(MY, part, m -> new Found(m.start(), m.end(),
                LocalDate.of(Integer.parseInt(m.group(2)), month(m.group(1)), 1), DatePrecision.MONTH, false),
                base, s, out, text);
        for (Pattern p : List.of(MD, DM)) {
            scan(p, part, m -> {
                boolean md = p == MD;
                int month = month(m.group(md ? 1 : 2));
                int day = Integer.parseInt(m.group(md ? 2 : 1));
                if (day < 1 || day > 31) {
                    return null;
                }
                return new Found(m.start(), m.end(), a == null ? null : nearestYear(a, month, day),
                        DatePrecision.DAY, true);
            }, base, s, out, text);
        }
        scan(IN_YEAR, part, m -> {
            String rest = part.substring(m.end()).stripLeading();
            int sp = 0;
            while (sp < rest.length() && Character.isLetter(rest.charAt(sp))) {
                sp++;
            }
            String next = rest.substring(0, sp);
            if (!next.isEmpty() && Character.isLowerCase(next.charAt(0)) && !AFTER_YEAR.contains(next)) {
                return null;
            }
            return new Found(m.start(1), m.end(1), LocalDate.of(Integer.parseInt(m.group(1)), 1, 1),
                    DatePrecision.YEAR, false);
        }, base, s, out, text);
        scan(NEAR_DAY, part, m -> {
            String w = m.group(1).toLowerCase(Locale.ROOT);
            LocalDate d = a == null ? null : switch (w) {
                case "yesterday" -> a.minusDays(1);
                case "tomorrow" -> a.plusDays(1);
                default -> a;
            };
            return new Found(m.start(), m.end(), d, DatePrecision.DAY, true);
        }, base, s, out, text);
        scan(ON_WEEKDAY, part, m -> {
            DayOfWeek dow = DayOfWeek.valueOf(m.group(2).toUpperCase(Locale.ROOT));
            String mod = m.group(1) == null ? "" : m.group(1).toLowerCase(Locale.ROOT);
            LocalDate d = a == null ? null : switch (mod) {
                case "last" -> a.with(TemporalAdjusters.previous(dow));
                case "next" -> a.with(TemporalAdjusters.next(dow));
                default -> a.with(TemporalAdjusters.previousOrSame(dow));
            };
            return new Found(m.start(), m.end(), d, DatePrecision.DAY, true);
        }, base, s, out, text);
        scan(PERIOD, part, m -> {
            String which = m.group(2).toLowerCase(Locale.ROOT);
            int shift = switch (which) {
                case "last", "past" -> -1;
                case "next" -> 1;
                default -> 0;
            };
            String unit = m.group(3);
            DatePrecision precision = switch (unit) {
                case "week" -> DatePrecision.WEEK;
                case "month" -> DatePrecision.MONTH;
                default -> DatePrecision.YEAR;
            };
            LocalDate d = a == null ? null : switch (precision) {
                case WEEK -> a.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).plusWeeks(shift);
                case MONTH -> a.withDayOfMonth(1).plusMonths(shift);
                default -> LocalDate.of(a.getYear() + shift, 1, 1);
            };
            return new Found(m.start(), m.end(), d, precision, true);
        }, base, s, out, text);
        scan(IN_MONTH, part, m -> {
            int month = month(m.group(2));
            String mod = m.group(1) == null ? "" : m.group(1).toLowerCase(Locale.ROOT);
            int start = m.group(1) == null ? m.start(2) : m.start();
            LocalDate d = null;
            if (a != null) {
                int year = switch (mod) {
                    case "this" -> a.getYear();
                    case "next" -> month > a.getMonthValue() ? a.getYear() : a.getYear() + 1;
                    case "last" -> month < a.getMonthValue() ? a.getYear() : a.getYear() - 1;
                    default -> month <= a.getMonthValue() ? a.getYear() : a.getYear() - 1;
                };
                d = LocalDate.of(year, month, 1);
            }
            return new Found(start, m.end(), d, DatePrecision.MONTH, true);
        }, base, s, out, text);
        out.sort((x, y) -> x.span().compareTo(y.span()));
        return out;
    }

    /** A match turned into a date, with offsets relative to the sentence. */
    private record Found(int begin, int end, LocalDate date, DatePrecision precision, boolean relative) {}

    private interface Reader {
        Found read(Matcher m);
    }

    private static void scan(Pattern p, String part, Reader reader, int base, Sentence s, List<DateMention> out,
            String text) {
        Matcher m = p.matcher(part);
        while (m.find()) {
            Found f = reader.read(m);
            if (f == null) {
                continue;
            }
            Span span = new Span(base + f.begin(), base + f.end());
            if (out.stream().anyMatch(d -> d.span().overlaps(span))) {
                continue;
            }
            out.add(new DateMention(span.of(text), span, s.index(), f.date(), f.precision(), f.relative()));
        }
    }

    /** 1-12 for a month name or abbreviation. */
    static int month(String name) {
        String n = name.replace(".", "").toLowerCase(Locale.ROOT).substring(0, 3);
        return List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec").indexOf(n)
                + 1;
    }

    /** The date, or null when the day does not exist in the month. */
    static LocalDate day(int year, int month, int day) {
        try {
            return LocalDate.of(year, month, day);
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    /** The day of that month and day-of-month closest to {@code a} (in the year before, of or after it). */
    private static LocalDate nearestYear(LocalDate a, int month, int day) {
        LocalDate best = null;
        for (int y = a.getYear() - 1; y <= a.getYear() + 1; y++) {
            LocalDate d = day(y, month, day);
            if (d != null && (best == null || Math.abs(d.toEpochDay() - a.toEpochDay())
                    < Math.abs(best.toEpochDay() - a.toEpochDay()))) {
                best = d;
            }
        }
        return best;
    }
}

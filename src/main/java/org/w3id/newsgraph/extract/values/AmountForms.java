package org.w3id.newsgraph.extract.values;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.w3id.newsgraph.model.Amount;
import org.w3id.newsgraph.model.Span;

/**
 * Widens the sums {@link Amounts} found in one sentence into the ranges and rates they belong to, so that
 * "between $5,000 and $15,000" is one range rather than two sums and "$15 an hour" is not stored as a plain $15.
 * Ranges: "between X and Y", "X to Y", "X-Y" with both ends money of one currency, the lower first ("from X to Y"
 * is left alone: after "rose" or "cut" it is a change, not a range); "$5-10 million" and "$5 to $10 million" take
 * the upper end's scale for the lower. Rates: "an hour", "per square foot", "a share", "-a-year", "/hr",
 * "annually" right after the sum. Pure functions.
 */
final class AmountForms {
    private static final String UNITS = "hour|day|night|week|month|year|share|barrel|gallon|litre|liter|ton|tonne"
            + "|ounce|pound|kilo|kilogram|head|person|capita|plate|ticket|seat|vote|mile|acre|square foot|square feet"
            + "|square metre|square meter|sq ft|unit|vehicle|employee|worker|student|household|family|visit|dose";
    private static final Pattern RATE = Pattern.compile(
            "^(?:[ -](?:an?|per|each)[ -](" + UNITS + ")|\\s?/\\s?(hr|hour|day|wk|week|mo|month|yr|year|share|barrel)"
                    + "|\\s(annually|yearly|monthly|weekly|daily|hourly|apiece))(?![\\p{L}\\d])",
            Pattern.CASE_INSENSITIVE);
    private static final Map<String, String> SHORT = Map.of("hr", "hour", "wk", "week", "mo", "month", "yr", "year",
            "annually", "year", "yearly", "year", "monthly", "month", "weekly", "week", "daily", "day");
    /** What joins two sums into a range; "and" only after "between". */
    private static final Pattern JOIN = Pattern.compile("^\\s*(?:-|–|—|to|and)\\s*$", Pattern.CASE_INSENSITIVE);
    /** A bare upper end after a sum with a symbol: "$5-10 million", "$5 to 10 million". */
    private static final Pattern TAIL = Pattern.compile(
            "^(?:\\s?[-–]\\s?|\\sto\\s)(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)"
                    + "(?:\\s?(bn|mn|mln|tn|trn|m|k)|\\s?(thousand|million|billion|trillion))?(?![\\p{L}\\d%]|[.,]\\d)",
            Pattern.CASE_INSENSITIVE);

    private AmountForms() {}

    /**
     * The sums of one sentence, in text order, with ranges joined and rates attached.
     *
     * @param text the whole text (spans index it)
     */
    static List<Amount> widen(String text, List<Amount> sums) {
        List<Amount> out = new ArrayList<>();
        for (int i = 0; i < sums.size(); i++) {
            Amount a = sums.get(i);
            Amount b = i + 1 < sums.size() ? sums.get(i + 1) : null;
            Amount range = b != null ? range(text, a, b) : null;
            if (range != null) {
                i++;
            } else {
                range = bareTail(text, a);
            }
            out.add(rate(text, range != null ? range : a));
        }
        return out;
    }

    /** "between $5,000 and $15,000", "$5,000 to $15,000", "$5m-$10m": one range, or null. */
    private static Amount range(String text, Amount a, Amount b) {
        if (!a.currency().equals(b.currency()) || a.per() != null) {
            return null;
        }
        String between = text.substring(a.span().end(), b.span().begin());
        if (!JOIN.matcher(between).matches() || before(text, a.span().begin()).equals("from")) {
            return null;
        }
        if (between.strip().equalsIgnoreCase("and") && !before(text, a.span().begin()).equals("between")) {
            return null;
        }
        BigDecimal low = a.value();
        // "$5 to $10 million": the lower end is in the upper end's scale when it has none of its own
        if (!hasScale(a.text()) && hasScale(b.text())) {
            BigDecimal scaled = Amounts.value(number(a.text()), scale(b.text()));
            low = scaled.compareTo(b.value()) < 0 ? scaled : low;
        }
        if (low.compareTo(b.value()) >= 0) {
            return null;
        }
        Span span = new Span(a.span().begin(), b.span().end());
        return new Amount(span.of(text), low, b.value(), null, a.currency(), span, a.sentence());
    }

    /** "$5-10 million", "$5 to 10 million": a sum with a bare upper end after it, or null. */
    private static Amount bareTail(String text, Amount a) {
        Matcher m = TAIL.matcher(text).region(a.span().end(), text.length());
        m.useAnchoringBounds(true);
        if (!m.lookingAt()) {
            return null;
        }
        String tailScale = m.group(2) != null ? m.group(2) : m.group(3);
        if (tailScale == null && !m.group().startsWith("-") && !m.group().startsWith("–")) {
            return null; // "gave $5 to 10 charities": only a scaled "to" end is surely money
        }
        String ownScale = scale(a.text());
        BigDecimal low = Amounts.value(number(a.text()), ownScale != null ? ownScale : tailScale);
        BigDecimal high = Amounts.value(m.group(1), tailScale != null ? tailScale : ownScale);
        if (low.compareTo(high) >= 0) {
            return null;
        }
        Span span = new Span(a.span().begin(), m.end());
        return new Amount(span.of(text), low, high, null, a.currency(), span, a.sentence());
    }

    /** The sum with the rate phrase right after it attached, or the sum as it was. */
    private static Amount rate(String text, Amount a) {
        Matcher m = RATE.matcher(text).region(a.span().end(), text.length());
        m.useAnchoringBounds(true);
        if (!m.lookingAt()) {
            return a;
        }
        String unit = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
        unit = unit.toLowerCase(Locale.ROOT);
        unit = SHORT.getOrDefault(unit, unit.equals("square feet") || unit.equals("sq ft") ? "square foot" : unit);
        Span span = new Span(a.span().begin(), m.end());
        return new Amount(span.of(text), a.value(), a.maxValue(), unit, a.currency(), span, a.sentence());
    }

    /** The word right before {@code at}, lower case, or "". */
    private static String before(String text, int at) {
        int e = at;
        while (e > 0 && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        int b = e;
        while (b > 0 && Character.isLetter(text.charAt(b - 1))) {
            b--;
        }
        return text.substring(b, e).toLowerCase(Locale.ROOT);
    }

    private static final Pattern SCALED = Pattern.compile(
            "(?<![\\d,.])(\\d[\\d,.]*+)\\s?(bn|mn|mln|tn|trn|m|k|thousand|million|billion|trillion)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NUMBER = Pattern.compile("\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?");

    private static boolean hasScale(String written) {
        return SCALED.matcher(written).find();
    }

    private static String scale(String written) {
        Matcher m = SCALED.matcher(written);
        return m.find() ? m.group(2) : null;
    }

    private static String number(String written) {
        Matcher m = NUMBER.matcher(written);
        return m.find() ? m.group() : "0";
    }
}

package org.w3id.newsgraph.model;

import java.math.BigDecimal;

/**
 * A sum of money named in the body: "£3 billion", "US$500m", "5.5 million euros", a range ("between $5,000 and
 * $15,000", "$5-10 million") or a rate ("$15 an hour", "$70 per square foot"). Percentages and bare numbers are
 * not amounts.
 *
 * @param text     the characters as written
 * @param value    the value in units of the currency ("£3 billion" gives 3000000000), no trailing zeros; a range's
 *                 lower end
 * @param maxValue a range's upper end, or null for one sum
 * @param per      the unit a rate is per ("hour", "year", "square foot", "share"), or null for a plain sum
 * @param currency ISO 4217 code ("GBP", "USD", "EUR")
 * @param span     where it is in the text
 * @param sentence index of its sentence
 */
public record Amount(String text, BigDecimal value, BigDecimal maxValue, String per, String currency, Span span,
        int sentence) {
    /** One plain sum, neither a range nor a rate. */
    public Amount(String text, BigDecimal value, String currency, Span span, int sentence) {
        this(text, value, null, null, currency, span, sentence);
    }

    /** True for a range of sums ("between $5,000 and $15,000"). */
    public boolean isRange() {
        return maxValue != null;
    }
}

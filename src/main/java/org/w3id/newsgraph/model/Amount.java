package org.w3id.newsgraph.model;

import java.math.BigDecimal;

/**
 * A sum of money named in the body: "£3 billion", "US$500m", "5.5 million euros". Percentages and bare numbers
 * are not amounts.
 *
 * @param text     the characters as written
 * @param value    the value in units of the currency ("£3 billion" gives 3000000000), no trailing zeros
 * @param currency ISO 4217 code ("GBP", "USD", "EUR")
 * @param span     where it is in the text
 * @param sentence index of its sentence
 */
public record Amount(String text, BigDecimal value, String currency, Span span, int sentence) {}

package org.w3id.newsgraph.extract.values;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.w3id.newsgraph.model.Amount;
import org.w3id.newsgraph.model.Sentence;
import org.w3id.newsgraph.model.Span;

/**
 * Finds sums of money by general rules: a currency symbol or ISO code before a number ("£3 billion", "US$500m",
 * "EUR 20"), or a currency word after it ("5.5 million euros"), with an optional scale word ("bn", "million").
 * A number without a currency ("20 per cent") is never money; "$18million" keeps its scale. {@link AmountForms}
 * then joins ranges and attaches rates. Pure functions, no state.
 */
public final class Amounts {
    private static final String NUM = "(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)";
    private static final String SCALE = "(?:\\s?(bn|mn|mln|tn|trn|m|k)|\\s?(thousand|million|billion|trillion))(?![\\p{L}\\d])";
    private static final Map<String, String> SYMBOLS = Map.ofEntries(
            Map.entry("US$", "USD"), Map.entry("U.S.$", "USD"), Map.entry("$", "USD"), Map.entry("A$", "AUD"),
            Map.entry("AU$", "AUD"), Map.entry("C$", "CAD"), Map.entry("CA$", "CAD"), Map.entry("NZ$", "NZD"),
            Map.entry("HK$", "HKD"), Map.entry("S$", "SGD"), Map.entry("R$", "BRL"), Map.entry("£", "GBP"),
            Map.entry("€", "EUR"), Map.entry("¥", "JPY"), Map.entry("₹", "INR"), Map.entry("₩", "KRW"),
            Map.entry("RMB", "CNY"));
    private static final Map<String, String> WORDS = Map.ofEntries(
            Map.entry("us dollars", "USD"), Map.entry("dollars", "USD"), Map.entry("euros", "EUR"),
            Map.entry("euro", "EUR"), Map.entry("pounds sterling", "GBP"), Map.entry("pounds", "GBP"),
            Map.entry("sterling", "GBP"), Map.entry("yen", "JPY"), Map.entry("yuan", "CNY"),
            Map.entry("renminbi", "CNY"), Map.entry("rupees", "INR"), Map.entry("swiss francs", "CHF"));
    private static final String CODES = "USD|GBP|EUR|JPY|CNY|AUD|CAD|CHF|INR|HKD|NZD|SGD";
    private static final Pattern BEFORE = Pattern.compile(
            "(?<![\\p{L}\\d$])(US\\$|U\\.S\\.\\$|AU\\$|A\\$|CA\\$|C\\$|NZ\\$|HK\\$|S\\$|R\\$|\\$|£|€|¥|₹|₩|(?:RMB|" + CODES
                    + ")\\s?)" + NUM + "(?:" + SCALE + ")?");
    private static final Pattern AFTER = Pattern.compile("(?<![\\p{L}\\d.,])" + NUM + "(?:" + SCALE
            + ")?\\s(US dollars|dollars|euros|euro|pounds sterling|pounds|sterling|yen|yuan|renminbi|rupees|Swiss francs|"
            + CODES + ")(?![\\p{L}])", Pattern.CASE_INSENSITIVE);

    private Amounts() {}

    /** The amounts of every sentence, in text order. */
    static List<Amount> find(String text, List<Sentence> sentences) {
        List<Amount> out = new ArrayList<>();
        for (Sentence s : sentences) {
            String part = s.span().of(text);
            List<Amount> here = new ArrayList<>();
            scan(BEFORE.matcher(part), true, s, here);
            scan(AFTER.matcher(part), false, s, here);
            here.sort((a, b) -> a.span().compareTo(b.span()));
            out.addAll(AmountForms.widen(text, here));
        }
        return List.copyOf(out);
    }

    /** The amount a whole string states ("£3 billion"), or null when it is not exactly one amount. */
    static Amount parse(String phrase) {
        List<Amount> found = find(phrase, List.of(new Sentence(0, new Span(0, phrase.length()))));
        return found.size() == 1 && found.get(0).text().equals(phrase.strip()) ? found.get(0) : null;
    }

    private static void scan(Matcher m, boolean symbolFirst, Sentence s, List<Amount> out) {
        int base = s.span().begin();
        while (m.find()) {
            Span span = new Span(base + m.start(), base + m.end());
            if (out.stream().anyMatch(a -> a.span().overlaps(span))) {
                continue;
            }
            // BEFORE: 1 symbol, 2 number, 3 short scale, 4 word scale; AFTER: 1 number, 2, 3 scales, 4 currency word
            String currency;
            String number;
            String scale;
            if (symbolFirst) {
                String symbol = m.group(1).strip();
                currency = SYMBOLS.getOrDefault(symbol, symbol);
                number = m.group(2);
                scale = m.group(3) != null ? m.group(3) : m.group(4);
            } else {
                String word = m.group(4).toLowerCase(Locale.ROOT);
                currency = WORDS.getOrDefault(word, word.toUpperCase(Locale.ROOT));
                number = m.group(1);
                scale = m.group(2) != null ? m.group(2) : m.group(3);
            }
            out.add(new Amount(m.group(), value(number, scale), currency, span, s.index()));
        }
    }

    /** The number times its scale, without trailing zeros and never in exponent form. */
    static BigDecimal value(String number, String scale) {
        BigDecimal v = new BigDecimal(number.replace(",", ""));
        if (scale != null) {
            v = v.multiply(switch (scale.toLowerCase(Locale.ROOT)) {
                case "k", "thousand" -> BigDecimal.valueOf(1_000L);
                case "m", "mn", "mln", "million" -> BigDecimal.valueOf(1_000_000L);
                case "bn", "billion" -> BigDecimal.valueOf(1_000_000_000L);
                case "tn", "trn", "trillion" -> BigDecimal.valueOf(1_000_000_000_000L);
                default -> BigDecimal.ONE;
            });
        }
        v = v.stripTrailingZeros();
        return v.scale() < 0 ? v.setScale(0) : v;
    }
}

package org.w3id.newsgraph.extract.values;

import org.w3id.newsgraph.extract.TestDocs;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.w3id.newsgraph.model.Amount;
import org.w3id.newsgraph.model.Sentence;
import org.w3id.newsgraph.model.SourceText;
import org.w3id.newsgraph.model.Span;
import org.w3id.newsgraph.pipeline.Annotations;
import org.w3id.newsgraph.pipeline.Document;
import org.w3id.newsgraph.pipeline.Pipeline;

class AmountStepTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "£3 billion|3000000000|GBP",
            "$1.2bn|1200000000|USD",
            "US$500m|500000000|USD",
            "€450 million|450000000|EUR",
            "A$2.5 billion|2500000000|AUD",
            "¥10 trillion|10000000000000|JPY",
            "5.5 million euros|5500000|EUR",
            "£1,250,000|1250000|GBP",
            "HK$3.75bn|3750000000|HKD",
            "USD 20 million|20000000|USD",
            "12 billion yuan|12000000000|CNY",
            "$0.5|0.5|USD",
            "300 pounds|300|GBP"})
    void normalises(String phrase, String value, String currency) {
        Amount a = Amounts.parse(phrase);
        assertEquals(new BigDecimal(value), a.value(), phrase);
        assertEquals(value, a.value().toPlainString(), "plain, no trailing zeros: " + phrase);
        assertEquals(currency, a.currency(), phrase);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "$18million|18000000|-|-",
            "$15 an hour|15|-|hour",
            "$15-an-hour|15|-|hour",
            "$70 per square foot|70|-|square foot",
            "$2.5 billion a year|2500000000|-|year",
            "€40,000 annually|40000|-|year",
            "$12/hr|12|-|hour",
            "between $5,000 and $15,000|5000|15000|-",
            "$5,000 to $15,000 a month|5000|15000|month",
            "$5-10 million|5000000|10000000|-",
            "$5 to 10 million|5000000|10000000|-",
            "$5 to $10 million|5000000|10000000|-",
            "£2m-£3m|2000000|3000000|-"})
    void ratesAndRangesKeepTheirUnitAndEnds(String phrase, String value, String max, String per) {
        Amount a = Amounts.parse(phrase.startsWith("between ") ? phrase.substring(8) : phrase);
        if (phrase.startsWith("between ")) {
            List<Amount> found = Amounts.find(phrase, List.of(new Sentence(0, new Span(0, phrase.length()))));
            assertEquals(1, found.size(), phrase);
            a = found.get(0);
        }
        assertEquals(new BigDecimal(value), a.value(), phrase);
        assertEquals(max == null ? null : new BigDecimal(max), a.maxValue(), phrase);
        assertEquals(per, a.per(), phrase);
    }

    @Test
    void changesListsAndCountsAreNoRanges() {
        String text = "Wages rose from $10 to $12, and it gave $5 to 10 charities; $50 and $40 were paid.";
        List<Amount> found = Amounts.find(text, List.of(new Sentence(0, new Span(0, text.length()))));
        assertEquals(List.of("$10", "$12", "$5", "$50", "$40"), found.stream().map(Amount::text).toList());
        assertTrue(found.stream().noneMatch(Amount::isRange));
    }

    @Test
    void percentagesAndBareNumbersAreNotMoney() {
        assertNull(Amounts.parse("20 per cent"));
        assertNull(Amounts.parse("20%"));
        assertNull(Amounts.parse("3 billion"));
        assertNull(Amounts.parse("170 countries"));
    }

    @Test
    void stepFindsAmountsWithSpansAndSentences() {
        String text = "Profits rose 20 per cent to £3 billion. Rivalco paid US$500m and 5.5 million euros for it.";
        Document d = Document.of(new SourceText("t.txt", text)).with(Annotations.SENTENCES, TestDocs.sentences(text));
        Document out = Pipeline.builder().add(new AmountStep()).build(Set.of(Annotations.SENTENCES)).run(d);
        int pound = text.indexOf('£');
        int us = text.indexOf("US$");
        int eu = text.indexOf("5.5");
        assertEquals(List.of(
                new Amount("£3 billion", new BigDecimal("3000000000"), "GBP", new Span(pound, pound + 10), 0),
                new Amount("US$500m", new BigDecimal("500000000"), "USD", new Span(us, us + 7), 1),
                new Amount("5.5 million euros", new BigDecimal("5500000"), "EUR", new Span(eu, eu + 17), 1)),
                out.get(Annotations.AMOUNTS));
    }
}

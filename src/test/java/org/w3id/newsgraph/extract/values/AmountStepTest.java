package org.w3id.newsgraph.extract.values;

import org.w3id.newsgraph.extract.TestDocs;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.w3id.newsgraph.model.Amount;
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

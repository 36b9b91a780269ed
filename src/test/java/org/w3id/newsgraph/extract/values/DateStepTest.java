package org.w3id.newsgraph.extract.values;

import org.w3id.newsgraph.extract.TestDocs;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.w3id.newsgraph.model.DateMention;
import org.w3id.newsgraph.model.DatePrecision;
import org.w3id.newsgraph.model.Sentence;
import org.w3id.newsgraph.model.SourceText;
import org.w3id.newsgraph.model.Span;
import org.w3id.newsgraph.pipeline.Annotations;
import org.w3id.newsgraph.pipeline.Document;
import org.w3id.newsgraph.pipeline.Pipeline;

class DateStepTest {
    private static final Pipeline PIPELINE = Pipeline.builder().add(new DateStep())
            .build(Set.of(Annotations.BODY, Annotations.BOILERPLATE, Annotations.SENTENCES));

    /** Runs the step on a page whose body starts at {@code bodyStart} and ends at the end of the text. */
    private static Document run(String text, String bodyStart, List<Span> boilerplate) {
        int b = text.indexOf(bodyStart);
        Span body = new Span(b, text.length());
        List<Sentence> sentences = TestDocs.sentences(text.substring(b)).stream()
                .map(s -> new Sentence(s.index(), new Span(s.span().begin() + b, s.span().end() + b))).toList();
        Document d = Document.of(new SourceText("t.txt", text)).with(Annotations.BODY, body)
                .with(Annotations.BOILERPLATE, boilerplate).with(Annotations.SENTENCES, sentences);
        return PIPELINE.run(d);
    }

    private static List<String> rows(Document d) {
        return d.get(Annotations.DATES).stream().map(m -> m.text() + " | " + m.date() + " | " + m.precision() + " | "
                + (m.relative() ? "relative" : "absolute")).toList();
    }

    private static final String BODY = "Acme met Rivalco on Tuesday. Talks began last week and yesterday. "
            + "Earlier this month the board met. In January it said little. This year is busy. "
            + "The deal of March 3, 2024 replaced one from 12 May 2023. Sales fell in January 2019. "
            + "Acme was founded in 2018 in Paris. On 5 March it filed papers.";

    @Test
    void relativeDatesResolveAgainstThePublishedDate() {
        // 15 January 2019 was a Tuesday.
        Document d = run("Published 14:03, 15 January 2019\n" + BODY, "Acme met", List.of());
        assertEquals(Optional.of(LocalDate.of(2019, 1, 15)), d.get(Annotations.ARTICLE_DATE));
        assertEquals(List.of(
                "Tuesday | 2019-01-15 | DAY | relative",
                "last week | 2019-01-07 | WEEK | relative",
                "yesterday | 2019-01-14 | DAY | relative",
                "Earlier this month | 2019-01-01 | MONTH | relative",
                "January | 2019-01-01 | MONTH | relative",
                "This year | 2019-01-01 | YEAR | relative",
                "March 3, 2024 | 2024-03-03 | DAY | absolute",
                "12 May 2023 | 2023-05-12 | DAY | absolute",
                "January 2019 | 2019-01-01 | MONTH | absolute",
                "2018 | 2018-01-01 | YEAR | absolute",
                "5 March | 2019-03-05 | DAY | relative"), rows(d));
        DateMention first = d.get(Annotations.DATES).get(0);
        assertEquals(0, first.sentence());
        assertEquals("Tuesday", first.span().of(d.text()));
    }

    @Test
    void withoutAnArticleDateRelativeDatesStayUnresolved() {
        Document d = run(BODY, "Acme met", List.of());
        assertEquals(Optional.empty(), d.get(Annotations.ARTICLE_DATE));
        assertEquals(List.of(
                "Tuesday | null | DAY | relative",
                "last week | null | WEEK | relative",
                "yesterday | null | DAY | relative",
                "Earlier this month | null | MONTH | relative",
                "January | null | MONTH | relative",
                "This year | null | YEAR | relative",
                "March 3, 2024 | 2024-03-03 | DAY | absolute",
                "12 May 2023 | 2023-05-12 | DAY | absolute",
                "January 2019 | 2019-01-01 | MONTH | absolute",
                "2018 | 2018-01-01 | YEAR | absolute",
                "5 March | null | DAY | relative"), rows(d));
    }

    @Test
    void datelineAndDateLineNearTheTopGiveTheArticleDate() {
        assertEquals(Optional.of(LocalDate.of(2024, 3, 3)), run("LONDON, March 3, 2024 (Agency) - Acme met Rivalco.",
                "LONDON", List.of()).get(Annotations.ARTICLE_DATE));
        assertEquals(Optional.of(LocalDate.of(2023, 5, 12)), run("Business\nFriday 12 May 2023 09.30 BST\n"
                + "Acme met Rivalco on Friday.", "Acme", List.of()).get(Annotations.ARTICLE_DATE));
        Document relative = run("Business\nFriday 12 May 2023 09.30 BST\nAcme met Rivalco on Friday.", "Acme",
                List.of());
        assertEquals(LocalDate.of(2023, 5, 12), relative.get(Annotations.DATES).get(0).date());
    }

    @Test
    void captionDatesAndNamesAreNoArticleDate() {
        String caption = "A phone is seen in this photo on January 15, 2019.\n";
        Document d = run(caption + "Theresa May met Acme. It said May was hard.", "Theresa",
                List.of(new Span(0, caption.length() - 1)));
        assertEquals(Optional.empty(), d.get(Annotations.ARTICLE_DATE));
        assertEquals(List.of(), d.get(Annotations.DATES));
        Document dated = run("15 January 2019\n" + caption + "Acme met Rivalco.", "Acme",
                List.of(new Span(16, 16 + caption.length() - 1)));
        assertEquals(Optional.of(LocalDate.of(2019, 1, 15)), dated.get(Annotations.ARTICLE_DATE));
    }

    @Test
    void precisionAndRelativeFlagAreKept() {
        Document d = run("Published 1 June 2022\nThe vote is next month.", "The vote", List.of());
        assertEquals(List.of(new DateMention("next month", new Span(d.text().indexOf("next"),
                d.text().indexOf("next") + 10), 0, LocalDate.of(2022, 7, 1), DatePrecision.MONTH, true)),
                d.get(Annotations.DATES));
    }
}

package org.w3id.newsgraph.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.w3id.newsgraph.extract.Extractor;
import org.w3id.newsgraph.ingest.ArticleOutcome;
import org.w3id.newsgraph.ingest.Ingestor;
import org.w3id.newsgraph.model.ArticleFacts;
import org.w3id.newsgraph.model.SourceText;
import org.w3id.newsgraph.text.ArticleReader;

/**
 * Issue 9: "A page that is only boilerplate is stored as an empty article; a real article whose newlines were
 * stripped is refused as 'only page boilerplate'." Made-up pages.
 */
class BadPagesTest {
    private static final Extractor EXTRACTOR = Extractor.create();
    static final String ARTICLE = """
            Ferry link to Marbury approved after long dispute
            By Jane Porter
            5 March 2024
            A crowd gathers at the old pier in Marbury on Sunday. (Photo by Tom Reed/Getty Images)
            MARBURY (Reuters) - The harbour board of Marbury approved a new ferry link to the island of Skellig on \
            Monday, ending a dispute that had lasted three years.
            The board's chair, Rosa Hallam, said the service would start in May and carry up to 400 passengers a day.
            Advertisement
            "This is a good day for the whole coast," Hallam told reporters outside the town hall.
            The operator, Northwind Ferries, will invest £12 million in two new vessels, the company said in a statement.
            Local residents had opposed the plan because of noise from the terminal, but the council of Marbury \
            backed it in January.
            Share this article
            © 2024 Example News. All rights reserved.
            """;
    static final String FURNITURE = """
            Home | News | Sport | Business | Culture
            Sign in
            We use cookies to personalise content and ads and to analyse our traffic. By continuing to browse this \
            site you agree to our use of cookies.
            Accept all cookies
            Manage preferences
            Most read
            Contact us | Privacy policy | Terms of use | Accessibility
            © 2024 Example Media Group. All rights reserved.
            """;

    @Test
    void anArticleWithoutLineBreaksYieldsTheSameFactsAsWithThem() {
        ArticleFacts lines = EXTRACTOR.extract(new SourceText("lines.txt", ARTICLE));
        ArticleFacts oneLine = EXTRACTOR.extract(new SourceText("one-line.txt", ARTICLE.replace('\n', ' ')));
        assertEquals(List.of("MARBURY", "Reuters", "Skellig", "Rosa Hallam", "Northwind Ferries"),
                lines.entities().stream().map(e -> e.name()).toList());
        assertEquals(entities(lines), entities(oneLine), "the same names of the same types without line breaks");
        assertEquals(List.of("rosa-hallam is chair of null", "rosa-hallam said This is a good day for the whole coast"),
                facts(lines));
        assertEquals(facts(lines), facts(oneLine));
        assertEquals(5, oneLine.sentences().size());
        assertEquals("MARBURY (Reuters) - The harbour board of Marbury approved a new ferry link to the island of "
                + "Skellig on Monday, ending a dispute that had lasted three years.", sentence(oneLine, 0));
        assertEquals("Local residents had opposed the plan because of noise from the terminal, but the council of "
                + "Marbury backed it in January.", sentence(oneLine, 4));
        assertTrue(oneLine.sentences().stream().noneMatch(s -> s.span().of(oneLine.text()).contains("Getty")
                || s.span().of(oneLine.text()).contains("crowd gathers")), "the caption and its credit are furniture");
    }

    @Test
    void aPageOfMenusCookieNoticesAndFootersHasNoArticle() {
        ArticleFacts facts = EXTRACTOR.extract(new SourceText("furniture.txt", FURNITURE));
        assertEquals(List.of(), facts.sentences());
        assertEquals(List.of(), facts.entities());
        ArticleOutcome outcome = Ingestor.standard(ArticleReader.DEFAULT_MAX_BYTES)
                .prepare(new SourceText("furniture.txt", FURNITURE));
        ArticleOutcome.Failed failed = assertInstanceOf(ArticleOutcome.Failed.class, outcome);
        assertTrue(failed.message().contains("only page boilerplate"), failed.message());
    }

    private static List<String> entities(ArticleFacts f) {
        return f.entities().stream().map(e -> e.name() + " " + e.type()).toList();
    }

    /** Roles and quotes: who holds what, who said what. */
    private static List<String> facts(ArticleFacts f) {
        return java.util.stream.Stream.concat(
                f.roles().stream().map(r -> r.personKey() + " is " + r.title() + " of " + r.organizationKey()),
                f.quotes().stream().map(q -> q.speakerKey() + " said " + q.text())).toList();
    }

    private static String sentence(ArticleFacts f, int i) {
        return f.sentences().get(i).span().of(f.text());
    }
}

package org.w3id.newsgraph.rdf;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.w3id.newsgraph.model.Amount;
import org.w3id.newsgraph.model.ArticleFacts;
import org.w3id.newsgraph.model.DateMention;
import org.w3id.newsgraph.model.DatePrecision;
import org.w3id.newsgraph.model.Entity;
import org.w3id.newsgraph.model.EntityType;
import org.w3id.newsgraph.model.Event;
import org.w3id.newsgraph.model.EventType;
import org.w3id.newsgraph.model.Mention;
import org.w3id.newsgraph.model.Polarity;
import org.w3id.newsgraph.model.Quote;
import org.w3id.newsgraph.model.Relation;
import org.w3id.newsgraph.model.RelationType;
import org.w3id.newsgraph.model.Role;
import org.w3id.newsgraph.model.Sentence;
import org.w3id.newsgraph.model.Span;
import org.w3id.newsgraph.model.Stance;

/** The hand-built facts of the golden mapping test (src/test/resources/mapping/basic/expected.ttl). */
final class GoldenFacts {
    static final String TEXT = "Photo: Getty\n"
            + "Jane Doe, the CEO of Acme, visited France on Monday. "
            + "\u201cOur plans are safe,\u201d Doe said. "
            + "Acme is based in France. "
            + "On Monday Acme signed a \u00a33 billion deal in France.\n";
    /** The article's date (a Wednesday), against which "On Monday" is 4 March 2024. */
    static final LocalDate DATE = LocalDate.of(2024, 3, 6);

    private GoldenFacts() {}

    static ArticleFacts facts() {
        Span s1 = sentence("Jane Doe,", "Monday.");
        Span s2 = sentence("\u201cOur", "said.");
        Span s3 = sentence("Acme is", "France.");
        Span s4 = sentence("On Monday", "France.");
        List<Sentence> sentences = List.of(new Sentence(0, s1), new Sentence(1, s2), new Sentence(2, s3),
                new Sentence(3, s4));

        Entity jane = new Entity("jane-doe", "Jane Doe", EntityType.PERSON, Set.of("Doe"),
                List.of(mention("Jane Doe", 0, 0), mention("Doe", TEXT.indexOf("Doe said"), 1)), null);
        Entity acme = new Entity("acme", "Acme", EntityType.COMPANY, Set.of(),
                List.of(mention("Acme", 0, 0), mention("Acme", TEXT.indexOf("Acme is"), 2),
                        mention("Acme", TEXT.indexOf("Acme signed"), 3)), null);
        Entity france = new Entity("france", "France", EntityType.COUNTRY, Set.of(),
                List.of(mention("France", 0, 0), mention("France", TEXT.indexOf("France."), 2),
                        mention("France", TEXT.lastIndexOf("France"), 3)), "Q142");

        Role role = new Role("jane-doe", "CEO", "acme", s1);
        int open = TEXT.indexOf('\u201c');
        int close = TEXT.indexOf('\u201d') + 1;
        Quote quote = new Quote("Our plans are safe,", new Span(open, close), "jane-doe", null, "said", List.of(), s2);
        Relation relation = new Relation("acme", RelationType.BASED_IN, "france", "based in", s3);

        int pound = TEXT.indexOf('\u00a3');
        Amount amount = new Amount("\u00a33 billion", new BigDecimal("3000000000"), "GBP",
                new Span(pound, pound + 10), 3);
        int monday = TEXT.indexOf("On Monday") + 3;
        DateMention onMonday = new DateMention("Monday", new Span(monday, monday + 6), 3, LocalDate.of(2024, 3, 4),
                DatePrecision.DAY, true);
        int deal = TEXT.indexOf("deal");
        Event event = new Event(EventType.DEAL, "deal", new Span(deal, deal + 4), 3, List.of("acme"), "france",
                LocalDate.of(2024, 3, 4), amount);
        Stance stance = new Stance("jane-doe", "acme", Polarity.SUPPORTIVE, List.of("safe"), quote.span(), quote,
                null);

        Span body = new Span(TEXT.indexOf("Jane"), TEXT.length() - 1);
        return new ArticleFacts("golden_article.txt", TEXT, body, List.of(new Span(0, 12)), sentences,
                List.of(jane, acme, france), List.of(role), List.of(quote), List.of(relation), DATE,
                List.of(amount), List.of(onMonday), List.of(event), List.of(stance));
    }

    /** The span from the first occurrence of {@code first} to the end of the first {@code last} after it. */
    private static Span sentence(String first, String last) {
        int b = TEXT.indexOf(first);
        return new Span(b, TEXT.indexOf(last, b) + last.length());
    }

    /** A mention of {@code text} at its first occurrence at or after {@code from}. */
    private static Mention mention(String text, int from, int sentence) {
        int b = TEXT.indexOf(text, from);
        return new Mention(text, new Span(b, b + text.length()), sentence);
    }
}

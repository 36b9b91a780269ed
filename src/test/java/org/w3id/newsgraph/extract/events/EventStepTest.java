package org.w3id.newsgraph.extract.events;

import org.w3id.newsgraph.extract.TestDocs;
import org.w3id.newsgraph.extract.values.AmountStep;
import org.w3id.newsgraph.extract.values.DateStep;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.w3id.newsgraph.model.EntityType.CITY;
import static org.w3id.newsgraph.model.EntityType.COMPANY;
import static org.w3id.newsgraph.model.EntityType.COUNTRY;
import static org.w3id.newsgraph.model.EntityType.GOVERNMENT_BODY;
import static org.w3id.newsgraph.model.EntityType.MEDIA_ORGANIZATION;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.w3id.newsgraph.model.Amount;
import org.w3id.newsgraph.model.Event;
import org.w3id.newsgraph.model.EventType;
import org.w3id.newsgraph.model.Span;
import org.w3id.newsgraph.pipeline.Annotations;
import org.w3id.newsgraph.pipeline.Document;
import org.w3id.newsgraph.pipeline.Pipeline;

class EventStepTest {
    private static final String TEXT = "Published 3 March 2024\n"
            + "On Tuesday, as Newsco reported, Acme announced a deal with Ruritania worth £3 billion during a meeting "
            + "between Jane Roe and Max Moe in Zenda. "
            + "Ruritania banned Rivalco products last week. "
            + "Rather than blocking Acme, the Trade Office worked with it. "
            + "The letter stated little.";

    private static Document run() {
        Document d = TestDocs.entities()
                .of("acme", "Acme", COMPANY, "Acme")
                .of("rivalco", "Rivalco", COMPANY, "Rivalco")
                .of("newsco", "Newsco", MEDIA_ORGANIZATION, "Newsco")
                .of("trade-office", "Trade Office", GOVERNMENT_BODY, "Trade Office")
                .of("ruritania", "Ruritania", COUNTRY, "Ruritania")
                .of("zenda", "Zenda", CITY, "Zenda")
                .person("Jane Roe").person("Max Moe")
                .doc(TEXT);
        int body = TEXT.indexOf("On Tuesday");
        d = d.with(Annotations.BODY, new Span(body, TEXT.length())).with(Annotations.BOILERPLATE, List.of());
        return Pipeline.builder().add(new AmountStep()).add(new DateStep()).add(new EventStep())
                .build(Set.of(Annotations.BODY, Annotations.BOILERPLATE, Annotations.SENTENCES, Annotations.ENTITIES,
                        Annotations.COREFERENCE))
                .run(d);
    }

    @Test
    void eventsWithParticipantsPlaceDateAndAmount() {
        Document d = run();
        int pound = TEXT.indexOf('£');
        Amount amount = new Amount("£3 billion", new BigDecimal("3000000000"), "GBP", new Span(pound, pound + 10), 1);
        LocalDate tuesday = LocalDate.of(2024, 2, 27);
        // by role: the announcer alone (not the outlet that reported it), the deal's maker and partner, the two met
        assertEquals(List.of(
                new Event(EventType.STATEMENT, "announced", span("announced"), 1, List.of("acme"), "zenda", tuesday,
                        null),
                new Event(EventType.DEAL, "deal", span("deal"), 1, List.of("acme", "ruritania"), "zenda", tuesday,
                        amount),
                new Event(EventType.MEETING, "meeting", span("meeting"), 1, List.of("jane-roe", "max-moe"), "zenda",
                        tuesday, null),
                new Event(EventType.BAN, "banned", span("banned"), 2, List.of("ruritania", "rivalco"), null,
                        LocalDate.of(2024, 2, 19), null)),
                d.get(Annotations.EVENTS));
    }

    @Test
    void negatedTriggersAndEventsWithoutParticipantsAreLeftOut() {
        // "Rather than blocking" is no ban; "The letter stated little." names nobody.
        assertEquals(List.of("announced", "deal", "meeting", "banned"),
                run().get(Annotations.EVENTS).stream().map(Event::trigger).toList());
    }

    private static Span span(String word) {
        int i = TEXT.indexOf(word);
        return new Span(i, i + word.length());
    }
}

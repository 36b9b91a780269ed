package org.w3id.newsgraph.model;

import java.time.LocalDate;
import java.util.List;

/**
 * Something that happened, as one sentence reports it: a meeting, deal, ban, hearing, statement, ruling or
 * election, found from its trigger word.
 *
 * @param type         the kind of event
 * @param trigger      the trigger word as written ("meeting", "banned")
 * @param span         the trigger's span
 * @param sentence     index of the sentence reporting it (its evidence)
 * @param participants entity keys of the people and organisations taking part, in text order
 * @param placeKey     entity key of the place it happened ("in Beijing"), or null
 * @param date         the date of the sentence's date mention when known, else null
 * @param amount       the sum involved (deals only), or null
 */
public record Event(EventType type, String trigger, Span span, int sentence, List<String> participants,
        String placeKey, LocalDate date, Amount amount) {
    public Event {
        participants = List.copyOf(participants);
    }
}

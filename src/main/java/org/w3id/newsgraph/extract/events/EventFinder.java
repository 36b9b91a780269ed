package org.w3id.newsgraph.extract.events;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.w3id.newsgraph.model.Amount;
import org.w3id.newsgraph.model.DateMention;
import org.w3id.newsgraph.model.Event;
import org.w3id.newsgraph.model.EventType;
import org.w3id.newsgraph.model.Sentence;
import org.w3id.newsgraph.model.Span;

/**
 * Finds events sentence by sentence from trigger words ({@link EventTriggers}): at most one event of each type per
 * sentence, and only where the trigger states an event as a fact ({@link EventSense}). Participants are those of
 * the trigger's roles in its clause ({@link EventRoles}). The place is the first place named after "in" or "at" in
 * the clause. An event needs a participant. One finder per document.
 */
public final class EventFinder {
    private static final Pattern LOCATIVE = Pattern.compile("(?i)\\b(?:in|at)\\s+(?:the\\s+)?$");

    private final String text;
    private final EventMentions mentions;

    EventFinder(String text, EventMentions mentions) {
        this.text = text;
        this.mentions = mentions;
    }

    List<Event> find(List<Sentence> sentences, List<Amount> amounts, List<DateMention> dates) {
        List<Event> out = new ArrayList<>();
        for (Sentence s : sentences) {
            String part = s.span().of(text);
            int base = s.span().begin();
            boolean[] maybe = EventTriggers.STEMS.candidates(part);
            int k = -1;
            for (Map.Entry<EventType, Pattern> e : EventTriggers.TRIGGERS.entrySet()) {
                if (!maybe[++k]) {
                    continue; // no word of the sentence starts as this type's triggers do
                }
                Matcher m = e.getValue().matcher(part);
                while (m.find()) {
                    if (EventTriggers.NEGATED.matcher(part.substring(0, m.start())).find()) {
                        continue;
                    }
                    Span trigger = new Span(base + m.start(), base + m.end());
                    Span clause = EventSense.clause(text, s.span(), trigger);
                    if (!EventSense.asserted(text, s.span(), clause, trigger)) {
                        continue; // a later trigger of the type may still state one
                    }
                    Event event = event(e.getKey(), trigger, clause, s, amounts, dates);
                    if (event != null) {
                        out.add(event);
                        break;
                    } // no participant, no event: a later trigger of the type may still have some
                }
            }
        }
        out.sort((a, b) -> a.span().compareTo(b.span()));
        return List.copyOf(out);
    }

    private Event event(EventType type, Span trigger, Span clause, Sentence s, List<Amount> amounts,
            List<DateMention> dates) {
        List<EventMentions.Arg> args = mentions.within(clause.begin(), clause.end());
        Set<String> participants = new LinkedHashSet<>();
        for (EventMentions.Arg a : EventRoles.participants(text, type, clause, trigger, args)) {
            if (a.key() != null) {
                participants.add(a.key()); // an unresolved pronoun holds its role but names nobody
            }
        }
        String place = null;
        for (EventMentions.Arg a : args) {
            if (a.place() && LOCATIVE.matcher(text.substring(clause.begin(), a.begin())).find()) {
                place = a.key();
                break;
            }
        }
        if (place != null) {
            participants.remove(place);
        }
        if (participants.isEmpty()) {
            return null;
        }
        LocalDate date = dates.stream().filter(d -> d.sentence() == s.index()).map(DateMention::date)
                .filter(d -> d != null).findFirst().orElse(null);
        Amount amount = type != EventType.DEAL ? null
                : amounts.stream().filter(a -> a.sentence() == s.index()).findFirst().orElse(null);
        return new Event(type, trigger.of(text), trigger, s.index(), List.copyOf(participants), place, date, amount);
    }
}

package org.w3id.newsgraph.extract.events;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.w3id.newsgraph.extract.coref.Coreference;
import org.w3id.newsgraph.extract.entities.MentionIndex;
import org.w3id.newsgraph.model.EntityType;

/**
 * The phrases that can fill an event's roles, in text order: entity names, and what coreference resolved (titles
 * with names, short names, descriptions, spokespersons, pronouns). A pronoun coreference left unresolved is kept
 * with no key, so that it still holds its place as a subject ("he met Jones": the agent is unknown, not Jones).
 * Immutable; one per document.
 */
final class EventMentions {
    /**
     * One phrase.
     *
     * @param key     the entity key, or null for an unresolved pronoun
     * @param type    the entity's type, or null when unknown
     * @param pronoun true for a pronoun
     */
    record Arg(int begin, int end, String key, EntityType type, boolean pronoun) {
        boolean place() {
            return type != null && type.isPlace();
        }
    }

    private final List<Arg> args;

    EventMentions(MentionIndex names, Coreference coref) {
        List<Arg> all = new ArrayList<>();
        for (MentionIndex.Hit h : names.hits()) {
            all.add(new Arg(h.begin(), h.end(), h.key(), h.type(), false));
        }
        for (Coreference.Mention m : coref.mentions()) {
            int b = m.span().begin();
            int e = m.span().end();
            if (m.kind() == Coreference.Kind.NAME || !m.resolved() && m.kind() != Coreference.Kind.PRONOUN) {
                continue; // names come from the entity list; an unresolved description says nothing
            }
            String key = coref.closeReferent(m); // a pronoun only where grammar and recency agree
            EntityType type = key != null ? coref.type(key) : null;
            // a title + name ("Sen. Ann Lee") stands for the name it holds: the longer span wins
            all.removeIf(a -> a.begin() >= b && a.end() <= e);
            if (all.stream().noneMatch(a -> a.begin() < e && b < a.end())) {
                all.add(new Arg(b, e, key, type, m.kind() == Coreference.Kind.PRONOUN));
            }
        }
        all.sort(Comparator.comparingInt(Arg::begin).thenComparingInt(a -> -a.end()));
        List<Arg> out = new ArrayList<>();
        for (Arg a : all) {
            if (out.isEmpty() || a.begin() >= out.get(out.size() - 1).end()) {
                out.add(a); // nested mentions ("Acme" inside "Acme Holdings"): the outer one only
            }
        }
        this.args = List.copyOf(out);
    }

    /** Phrases lying entirely inside [begin, end), in text order. */
    List<Arg> within(int begin, int end) {
        List<Arg> out = new ArrayList<>();
        for (Arg a : args) {
            if (a.begin() >= end) {
                break;
            }
            if (a.begin() >= begin && a.end() <= end) {
                out.add(a);
            }
        }
        return out;
    }
}

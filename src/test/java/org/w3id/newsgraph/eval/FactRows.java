package org.w3id.newsgraph.eval;

import java.util.HashMap;
import java.util.Locale;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.w3id.newsgraph.model.Amount;
import org.w3id.newsgraph.model.ArticleFacts;
import org.w3id.newsgraph.model.Entity;
import org.w3id.newsgraph.model.Event;
import org.w3id.newsgraph.model.Relation;
import org.w3id.newsgraph.model.Sentence;
import org.w3id.newsgraph.model.Span;
import org.w3id.newsgraph.model.Stance;

/**
 * One tab-separated row per fact of one kind of an article, for {@link PrecisionSample}: what the graph states and
 * the sentence it stands on, so that a reader can judge it. Entities by their first mention's sentence; relations,
 * events, stances and amounts by their evidence's sentence.
 */
final class FactRows {
    private final ArticleFacts facts;
    private final Map<String, String> names = new HashMap<>();

    FactRows(ArticleFacts facts) {
        this.facts = facts;
        facts.entities().forEach(e -> names.put(e.key(), e.name() + " (" + e.type().name() + ")"));
    }

    List<String> rows(String kind) {
        return switch (kind) {
            case "entities" -> facts.entities().stream().map(this::entity).toList();
            case "amounts" -> facts.amounts().stream().map(this::amount).toList();
            case "relations" -> facts.relations().stream().map(this::relation).toList();
            case "events" -> facts.events().stream().map(this::event).toList();
            case "stances" -> facts.stances().stream().map(this::stance).toList();
            default -> throw new IllegalArgumentException("kind: entities, amounts, relations, events or stances");
        };
    }

    private String entity(Entity e) {
        String sentence = e.mentions().isEmpty() ? "" : sentence(e.mentions().get(0).sentence());
        return e.name() + "\t" + e.type().name() + "\t" + sentence;
    }

    private String amount(Amount a) {
        String value = a.value().toPlainString() + (a.isRange() ? "–" + a.maxValue().toPlainString() : "")
                + " " + a.currency() + (a.per() != null ? " per " + a.per() : "");
        return a.text() + "\t" + value + "\t" + sentence(a.sentence());
    }

    private String relation(Relation r) {
        // the cue and the confidence the graph keeps it with, so that a reader sees what the rule read
        String confidence = r.confidence() == null ? "" : String.format(Locale.ROOT, "%.2f", r.confidence());
        return name(r.subjectKey()) + "\t" + r.type().name() + "\t" + name(r.objectKey()) + "\t" + r.cue() + "\t"
                + confidence + "\t" + around(r.evidence());
    }

    private String event(Event e) {
        String who = e.participants().stream().map(this::name).collect(Collectors.joining("; "));
        return e.type().name() + "\t" + e.trigger() + "\t" + who + "\t" + sentence(e.sentence());
    }

    private String stance(Stance s) {
        return name(s.holderKey()) + "\t" + s.polarity().name() + "\t" + name(s.targetKey()) + "\t"
                + String.join(", ", s.cues()) + "\t" + around(s.span());
    }

    private String name(String key) {
        return names.getOrDefault(key, key);
    }

    private String sentence(int index) {
        for (Sentence s : facts.sentences()) {
            if (s.index() == index) {
                return flat(s.span());
            }
        }
        return "";
    }

    /** The sentences that hold the span (a quote's evidence may run over two). */
    private String around(Span span) {
        StringBuilder out = new StringBuilder();
        for (Sentence s : facts.sentences()) {
            if (s.span().end() > span.begin() && s.span().begin() < span.end()) {
                out.append(out.isEmpty() ? "" : " ").append(flat(s.span()));
            }
        }
        return out.isEmpty() ? flat(span) : out.toString();
    }

    private String flat(Span span) {
        return facts.text().substring(span.begin(), span.end()).replaceAll("\\s+", " ");
    }
}

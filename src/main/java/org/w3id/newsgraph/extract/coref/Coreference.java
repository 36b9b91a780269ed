package org.w3id.newsgraph.extract.coref;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.w3id.newsgraph.model.EntityType;
import org.w3id.newsgraph.model.Span;

/**
 * The coreference annotation of one document: every mention that the sieves of {@link CorefStep} found (names,
 * honorific or title + surname, bare surnames and first names, definite descriptions, spokespersons, pronouns),
 * each with the entity cluster it belongs to, or none for a pronoun left unresolved. The steps after it (quotes,
 * roles, relations) ask "what does the phrase at this offset refer to" here instead of resolving names their own
 * way. Immutable.
 */
public final class Coreference {
    /** How a mention names its entity. */
    public enum Kind {
        /** a name the entity step found ("Bernie Sanders", "Sanders" when it grouped it) */
        NAME,
        /** an honorific or title in front of a name ("Mr. Smith", "Sen. Sanders", "Chancellor Merkel") */
        TITLE_NAME,
        /** a surname, first name or nickname the entity step did not tag, resolved to a person named in full */
        SHORT_NAME,
        /** a definite description ("the company", "the Vermont senator") */
        NOMINAL,
        /** an unnamed spokesperson of an organisation ("a spokesman for Acme", "Acme's spokeswoman") */
        SPOKESPERSON,
        /** a personal or possessive pronoun ("he", "her", "they") */
        PRONOUN
    }

    /**
     * One mention and its cluster.
     *
     * @param span      where it is in the text
     * @param kind      how it names the entity
     * @param entityKey the entity (cluster) key, or null when it stays unresolved
     * @param via       "spokesperson" for an unnamed spokesperson, else null
     */
    public record Mention(Span span, Kind kind, String entityKey, String via) {
        public boolean resolved() {
            return entityKey != null;
        }
    }

    private static final Coreference EMPTY = new Coreference(List.of(), List.of(), Map.of(), Map.of());

    private final List<Mention> mentions;
    private final List<Span> quotes;
    private final Map<String, EntityType> types;
    private final Map<Span, String> close;
    private final Map<Integer, Mention> byBegin = new HashMap<>();
    private final Map<Integer, Mention> byEnd = new HashMap<>();
    private final Map<String, List<Mention>> byEntity = new LinkedHashMap<>();

    Coreference(List<Mention> mentions, List<Span> quotes, Map<String, EntityType> types, Map<Span, String> close) {
        this.quotes = List.copyOf(quotes);
        this.close = Map.copyOf(close);
        this.types = Map.copyOf(types);
        List<Mention> sorted = new ArrayList<>(mentions);
        sorted.sort(Comparator.comparing(Mention::span));
        this.mentions = List.copyOf(sorted);
        for (Mention m : this.mentions) {
            byBegin.merge(m.span().begin(), m, Coreference::longer);
            byEnd.merge(m.span().end(), m, Coreference::longer);
            if (m.resolved()) {
                byEntity.computeIfAbsent(m.entityKey(), k -> new ArrayList<>()).add(m);
            }
        }
    }

    public static Coreference empty() {
        return EMPTY;
    }

    private static Mention longer(Mention a, Mention b) {
        return b.span().length() > a.span().length() ? b : a;
    }

    /** All mentions in text order, unresolved pronouns included. */
    public List<Mention> mentions() {
        return mentions;
    }

    /** The longest mention starting at {@code offset}. */
    public Optional<Mention> startingAt(int offset) {
        return Optional.ofNullable(byBegin.get(offset));
    }

    /** The longest mention ending at {@code offset}. */
    public Optional<Mention> endingAt(int offset) {
        return Optional.ofNullable(byEnd.get(offset));
    }

    /**
     * True when [begin, end) lies inside a quote that does not also hold {@code offset}: words inside a quote are
     * not antecedents for pronouns and descriptions outside it.
     */
    public boolean quotedAwayFrom(int begin, int end, int offset) {
        for (Span q : quotes) {
            if (q.begin() <= begin && end <= q.end()) {
                return !(q.begin() <= offset && offset < q.end());
            }
            if (q.begin() > begin) {
                break;
            }
        }
        return false;
    }

    /**
     * The entity a mention refers to when nothing may be guessed: for a pronoun, the antecedent that grammar and
     * recency support (its own or the previous sentences' one fitting person or organisation, else their subject;
     * null when unsure), which may differ from the salience choice of {@link Mention#entityKey()}; for any other
     * mention, its entity. The events read this; quotes keep the salience choice.
     */
    public String closeReferent(Mention m) {
        return m.kind() == Kind.PRONOUN ? close.get(m.span()) : m.entityKey();
    }

    /** The type of a cluster's entity, or null for an unknown key. */
    public EntityType type(String entityKey) {
        return types.get(entityKey);
    }

    /** The mentions of one entity (its cluster), in text order. */
    public List<Mention> cluster(String entityKey) {
        return byEntity.getOrDefault(entityKey, List.of());
    }

    /** The surface forms of one entity's named mentions (names, titles + names, short names). */
    public Set<String> aliases(String entityKey, String text) {
        Set<String> out = new LinkedHashSet<>();
        for (Mention m : cluster(entityKey)) {
            if (m.kind() == Kind.NAME || m.kind() == Kind.TITLE_NAME || m.kind() == Kind.SHORT_NAME) {
                out.add(m.span().of(text).replaceAll("\\s+", " ").replaceFirst("[’']s$", ""));
            }
        }
        return out;
    }
}

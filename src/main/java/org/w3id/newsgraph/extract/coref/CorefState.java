package org.w3id.newsgraph.extract.coref;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.w3id.newsgraph.model.Entity;
import org.w3id.newsgraph.model.EntityType;
import org.w3id.newsgraph.model.Sentence;
import org.w3id.newsgraph.model.Span;

/**
 * The working state of coreference for one document: the text, sentences, quote spans and entities it reads,
 * the mentions the sieves have added so far, and what is known of each person's gender. Made per document and
 * never shared between threads.
 */
final class CorefState {
    /** A mention being resolved. */
    static final class Draft {
        final Span span;
        final Coreference.Kind kind;
        final int sentence;
        String entityKey;
        String via;
        /** for a pronoun: the antecedent grammar and recency support, or null ({@link ClosePronounSieve}) */
        String closeKey;
        /** the subject of an attribution ("Smith said", "said Smith"): pronouns prefer it */
        boolean speaker;

        Draft(Span span, Coreference.Kind kind, int sentence, String entityKey) {
            this.span = span;
            this.kind = kind;
            this.sentence = sentence;
            this.entityKey = entityKey;
        }
    }

    final String text;
    final List<Sentence> sentences;
    final List<Span> quotes;
    final List<Entity> entities;
    final Map<String, Entity> byKey = new HashMap<>();
    final PersonNames names;
    private final List<Draft> drafts = new ArrayList<>();
    private final java.util.BitSet covered = new java.util.BitSet();
    private final Map<String, EnumMap<Gender, Integer>> genderVotes = new HashMap<>();
    private final int[] sentenceBegins;

    CorefState(String text, List<Sentence> sentences, List<Span> quotes, List<Entity> entities) {
        this.text = text;
        this.sentences = List.copyOf(sentences);
        this.quotes = List.copyOf(quotes);
        this.entities = List.copyOf(entities);
        for (Entity e : entities) {
            byKey.put(e.key(), e);
        }
        this.names = new PersonNames(this.entities);
        this.sentenceBegins = this.sentences.stream().mapToInt(s -> s.span().begin()).toArray();
    }

    List<Draft> drafts() {
        return drafts;
    }

    Draft add(Span span, Coreference.Kind kind, String entityKey) {
        Draft d = new Draft(span, kind, sentenceIndex(span.begin()), entityKey);
        d.speaker = SpeakerCue.marks(text, span);
        drafts.add(d);
        covered.set(span.begin(), span.end());
        return d;
    }

    /** The drafts in text order (sieves that read "what came before" sort first). */
    List<Draft> sorted() {
        drafts.sort(Comparator.comparingInt((Draft d) -> d.span.begin()).thenComparingInt(d -> -d.span.end()));
        return drafts;
    }

    /** True when [begin, end) overlaps a mention already found (a bit set, so long articles stay linear). */
    boolean covered(int begin, int end) {
        int next = covered.nextSetBit(begin);
        return next >= 0 && next < end;
    }

    /** Index of the sentence holding {@code offset}, else of the last one before it, or -1. */
    int sentenceIndex(int offset) {
        int lo = 0;
        int hi = sentenceBegins.length - 1;
        int best = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (sentenceBegins[mid] <= offset) {
                best = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return best;
    }

    /** Index of the quote holding {@code offset}, or -1: words inside a quote do not bind pronouns outside it. */
    int quoteAt(int offset) {
        for (int i = 0; i < quotes.size(); i++) {
            Span q = quotes.get(i);
            if (q.begin() <= offset && offset < q.end()) {
                return i;
            }
            if (q.begin() > offset) {
                break;
            }
        }
        return -1;
    }

    /** True when a draft opens its sentence: the sentence's subject, roughly (after "The", "But", a few titles). */
    boolean opensSentence(Draft d) {
        if (d.sentence < 0) {
            return false;
        }
        int b = sentences.get(d.sentence).span().begin();
        return SUBJECT_LEAD.matcher(text.substring(b, Math.max(b, d.span.begin()))).matches();
    }

    private static final java.util.regex.Pattern SUBJECT_LEAD = java.util.regex.Pattern.compile(
            // bounded runs: the audit (PatternAuditTest) finds unbounded ones quadratic on long runs of capitals
            "[\\s\\p{Punct}“”‘’\"]{0,12}+(?:(?:The|A|An|But|And)\\s++)?(?:[\\p{Lu}][\\p{L}.-]{0,40}+\\s++){0,4}");

    EntityType type(String key) {
        Entity e = byKey.get(key);
        return e == null ? null : e.type();
    }

    boolean isPerson(String key) {
        EntityType t = type(key);
        return t != null && t.isPerson();
    }

    void voteGender(String key, Gender g) {
        if (g != Gender.UNKNOWN) {
            genderVotes.computeIfAbsent(key, k -> new EnumMap<>(Gender.class)).merge(g, 1, Integer::sum);
        }
    }

    /** The gender most of an entity's cues show, or UNKNOWN. */
    Gender gender(String key) {
        EnumMap<Gender, Integer> v = genderVotes.get(key);
        if (v == null) {
            return Gender.UNKNOWN;
        }
        int m = v.getOrDefault(Gender.MALE, 0);
        int f = v.getOrDefault(Gender.FEMALE, 0);
        return m > f ? Gender.MALE : f > m ? Gender.FEMALE : Gender.UNKNOWN;
    }

    Coreference result() {
        List<Coreference.Mention> out = new ArrayList<>();
        Map<Span, String> close = new HashMap<>();
        for (Draft d : sorted()) {
            out.add(new Coreference.Mention(d.span, d.kind, d.entityKey, d.via));
            if (d.closeKey != null) {
                close.put(d.span, d.closeKey);
            }
        }
        Map<String, EntityType> types = new HashMap<>();
        entities.forEach(e -> types.put(e.key(), e.type()));
        return new Coreference(out, quotes, types, close);
    }
}

package org.w3id.newsgraph.extract.relations;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.w3id.newsgraph.extract.coref.Referent;
import org.w3id.newsgraph.extract.coref.Referents;
import org.w3id.newsgraph.extract.entities.MentionIndex;
import org.w3id.newsgraph.extract.entities.MentionIndex.Hit;
import org.w3id.newsgraph.model.Entity;
import org.w3id.newsgraph.model.EntityType;
import org.w3id.newsgraph.model.Quote;
import org.w3id.newsgraph.model.Sentence;

/** Chooses the two ends of a cue: the subject before it (or "we" in an organisation's quote) and the object after it. */
final class CueArguments {
    /** "we" (and an optional auxiliary or adverb) right before a verb. */
    private static final Pattern WE_BEFORE = Pattern.compile(
            "(?i)(?:^|[^\\p{L}])we\\s+(?:(?:have|had|will|would|also|already|still|now|do|did|can)\\s+)?"
                    + "(?:[\\p{L}]+ly\\s+)?$");
    private static final Pattern ITS = Pattern.compile("(?i)\\b(?:its|their)\\b");

    private final String text;
    private final Referents referents;
    private final MentionIndex mentions;
    private final List<Quote> quotes;
    private final NearbyMentions near;

    CueArguments(String text, MentionIndex mentions, Referents referents, List<Quote> quotes, NearbyMentions near) {
        this.text = text;
        this.mentions = mentions;
        this.referents = referents;
        this.quotes = quotes;
        this.near = near;
    }

    /** The organisation that speaks in the quote around {@code offset} ("We work with X", a company said). */
    private Optional<Entity> quoteSpeaker(int offset) {
        for (Quote q : quotes) {
            if (q.span().begin() <= offset && offset < q.span().end() && q.speakerKey() != null) {
                return mentions.hits().stream().filter(h -> h.key().equals(q.speakerKey())).findFirst()
                        .map(Hit::entity);
            }
        }
        return Optional.empty();
    }

    /** An end of a relation and where its mention lies (-1 when it was reached through "its"). */
    record End(Entity entity, int begin, int end) {
        static End of(Hit h) {
            return new End(h.entity(), h.begin(), h.end());
        }

        static End of(Referent r) {
            return new End(r.entity(), r.span().begin(), r.span().end());
        }
    }

    /** The subject just before a cue, else the nearest fitting mention earlier in the sentence. */
    Optional<End> subjectBefore(int cb, Sentence s, Predicate<EntityType> kind,
            Predicate<EntityType> fallback) {
        Optional<Referent> r = referents.before(cb, s.span().begin());
        if (r.isPresent()) {
            return kind.test(r.get().entity().type()) && r.get().span().end() <= cb
                    ? Optional.of(End.of(r.get())) : Optional.empty();
        }
        Matcher we = WE_BEFORE.matcher(text.substring(Math.max(s.span().begin(), cb - 40), cb));
        if (we.find()) {
            return quoteSpeaker(cb).filter(e -> e.type().isOrganization() && kind.test(e.type()))
                    .map(e -> new End(e, -1, -1));
        }
        return near.lastIn(s.span().begin(), cb, fallback).map(End::of);
    }

    /**
     * The object right after a cue (also behind a few describing words: "convenience retailer Acme"); with
     * {@code loose}, the first fitting mention or "its" in the clause.
     */
    Optional<End> objectAfter(int ce, Sentence s, Predicate<EntityType> kind, boolean loose,
            Entity subject) {
        int limit = s.span().end();
        Optional<Referent> r = referents.after(ce, limit);
        if (r.isPresent()) {
            if (kind.test(r.get().entity().type())) {
                return Optional.of(End.of(r.get()));
            }
            if (!r.get().entity().type().isPlace() || r.get().via() != null) {
                return Optional.empty();
            }
        }
        Optional<Hit> described = near.described(ce, limit, kind);
        if (described.isPresent() && (subject == null || !described.get().key().equals(subject.key()))) {
            return described.map(End::of);
        }
        if (!loose) {
            return Optional.empty();
        }
        int end = Math.min(limit, ce + 100);
        int stop = text.substring(ce, end).replaceAll("[;:.!?“”\"]", "\u0000").indexOf('\u0000');
        if (stop >= 0) {
            end = ce + stop;
        }
        Matcher its = ITS.matcher(text.substring(ce, end));
        int itsAt = its.find() ? ce + its.start() : Integer.MAX_VALUE;
        for (Hit h : mentions.within(ce, end)) {
            if (h.begin() > itsAt) {
                break;
            }
            if (kind.test(h.type()) && (subject == null || !h.key().equals(subject.key()))) {
                return Optional.of(End.of(h));
            }
        }
        if (itsAt != Integer.MAX_VALUE) {
            Set<String> exclude = subject == null ? Set.of() : Set.of(subject.key());
            return referents.antecedent(t -> t.isOrganization() && kind.test(t), itsAt, exclude)
                    .map(e -> new End(e, -1, -1));
        }
        return Optional.empty();
    }
}

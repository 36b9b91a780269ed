package org.w3id.newsgraph.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.w3id.newsgraph.extract.MentionIndex.Hit;
import org.w3id.newsgraph.model.Entity;
import org.w3id.newsgraph.model.EntityType;
import org.w3id.newsgraph.model.Relation;
import org.w3id.newsgraph.model.RelationType;
import org.w3id.newsgraph.model.Role;
import org.w3id.newsgraph.model.Sentence;
import org.w3id.newsgraph.model.Span;

/**
 * Finds typed relations inside single sentences: the cue table of {@link RelationCue} plus a few structural
 * patterns (a country or demonym premodifying an organisation, "X-based", "In PLACE, ORG has", "the X unit is
 * known as Y", "keep X as a provider", "City, Country"), and one holdsRoleIn per role with an organisation.
 * Unsure ends are skipped rather than guessed.
 */
final class RelationFinder {
    private static final Pattern NEGATION = Pattern.compile(
            "(?i)(?:\\brather\\s+than|\\bnot|n[’']t|\\bnever|\\bno\\s+longer|\\binstead\\s+of|\\brefused\\s+to|"
                    + "\\bwithout)\\s+(?:[\\p{L}-]+\\s+){0,1}$");
    private static final Pattern PASSIVE_AUX = Pattern.compile("(?i)\\b(?:be|been|being|was|were|is|are|get|got)\\s+$");
    private static final Pattern PREMOD_GAP = Pattern.compile("^(?:[’']s)?((?:\\s+[\\p{Ll}][\\p{Ll}-]*){0,4})\\s+$");
    private static final Pattern BASED = Pattern.compile("^-based((?:\\s+[\\p{Ll}][\\p{Ll}-]*){0,3})\\s+$");
    private static final Pattern IN_PLACE = Pattern.compile("(?i)^(?:\\p{Punct}|\\s)*in\\s+(?:the\\s+)?$");
    private static final Pattern HAS = Pattern.compile(
            "^\\s*(?:has|have|had|operates|runs|opened|employs|built|maintains|owns)\\b");
    private static final Pattern KNOWN_AS = Pattern.compile(
            "(?i)^\\s+(?:unit|subsidiary|division|arm|affiliate|branch)\\s+(?:is|was)\\s+(?:known\\s+as|called|named)"
                    + "\\s+");
    private static final Pattern AS_PROVIDER = Pattern.compile(
            "(?i)^\\s+as\\s+(?:an?|its|their|the)?\\s*[“\"]?(?:[\\p{L}-]+\\s+){0,3}?(?:equipment\\s+)?"
                    + "(?:provider|supplier|vendor)\\b");
    private static final Pattern KEEP_VERB = Pattern.compile(
            "(?i)\\b(?:keep|keeps|kept|use|uses|used|using|choose|chose|chosen|select|selected|selects|pick|picked|"
                    + "retain|retained|retains|name|named|appoint|appointed)\\s+$");
    private static final Set<String> FUNCTION_WORDS = Set.of("the", "a", "an", "of", "from", "to", "in", "with",
            "for", "on", "by", "and", "or", "that", "which", "who", "at", "as", "is", "was", "has", "have", "had",
            "its", "their", "will", "would", "said", "says", "told", "but", "than", "not", "are", "were", "be");

    private final ArticleView view;
    private final String text;
    private final MentionIndex mentions;
    private final Referents referents;

    RelationFinder(ArticleView view) {
        this.view = view;
        this.text = view.text();
        this.mentions = view.mentions();
        this.referents = new Referents(view);
    }

    List<Relation> find(List<Role> roles) {
        List<Relation> out = new ArrayList<>();
        for (Sentence s : view.sentences()) {
            Map<String, Relation> found = new LinkedHashMap<>();
            structural(s, found);
            cues(s, found);
            out.addAll(found.values());
        }
        Map<String, Relation> held = new LinkedHashMap<>();
        for (Role r : roles) {
            if (r.organizationKey() != null && !r.organizationKey().equals(r.personKey())) {
                held.putIfAbsent(r.personKey() + "\u0000" + r.organizationKey() + "\u0000" + r.evidence(),
                        new Relation(r.personKey(), RelationType.HOLDS_ROLE_IN, r.organizationKey(), r.title(),
                                r.evidence()));
            }
        }
        out.addAll(held.values());
        return List.copyOf(out);
    }

    private void add(Map<String, Relation> found, Entity subject, RelationType type, Entity object, String cue,
            Sentence s) {
        if (subject == null || object == null || subject.key().equals(object.key())) {
            return;
        }
        String key = subject.key() + "\u0000" + type + "\u0000" + object.key();
        found.putIfAbsent(key, new Relation(subject.key(), type, object.key(), cue.strip(), s.span()));
    }

    // ---------------------------------------------------------------- structural patterns

    private void structural(Sentence s, Map<String, Relation> found) {
        List<Hit> hits = mentions.within(s.span().begin(), s.span().end());
        for (int i = 0; i < hits.size(); i++) {
            Hit a = hits.get(i);
            Hit b = i + 1 < hits.size() ? hits.get(i + 1) : null;
            if (b != null && b.begin() >= a.end()) {
                String gap = text.substring(a.end(), b.begin());
                // "Dutch chipmaker ASML", "Japan's Toyota", "Swedish energy giant Vattenfall"
                Matcher pm = PREMOD_GAP.matcher(gap);
                if (a.type().isPlace() && b.type().isOrganization() && pm.matches() && !gap.isBlank()
                        && !hasFunctionWord(pm.group(1))) {
                    add(found, b.entity(), RelationType.BASED_IN, a.entity(), text.substring(a.begin(), b.begin()), s);
                }
                // "London-based Nordwind Energy"
                Matcher bm = BASED.matcher(gap);
                if (a.type().isPlace() && b.type().isOrganization() && bm.matches() && !hasFunctionWord(bm.group(1))) {
                    add(found, b.entity(), RelationType.BASED_IN, a.entity(), text.substring(a.begin(), a.end() + 6), s);
                }
                // "Gdansk, Poland", "cities in the UK"
                if (a.type().isPlace() && b.type().isPlace() && a.type() != EntityType.COUNTRY
                        && (gap.equals(", ") || gap.matches("\\s+in\\s+(?:the\\s+)?"))
                        && (b.type() == EntityType.COUNTRY || b.type() == EntityType.REGION)) {
                    add(found, a.entity(), RelationType.LOCATED_IN, b.entity(), text.substring(a.begin(), b.end()), s);
                }
                // "The Acme unit is known as Skunkworks"
                Matcher km = KNOWN_AS.matcher(gap);
                if (a.type().isOrganization() && b.type().isOrganization() && km.find()
                        && km.end() == gap.length()) {
                    add(found, b.entity(), RelationType.PART_OF, a.entity(), gap, s);
                }
            }
            // "In France, Acme has ..."
            if (a.type().isPlace() && b != null && b.type().isOrganization()
                    && IN_PLACE.matcher(text.substring(s.span().begin(), a.begin())).matches()
                    && text.substring(a.end(), b.begin()).matches(",\\s*")
                    && HAS.matcher(text.substring(b.end(), s.span().end())).find()) {
                add(found, b.entity(), RelationType.OPERATES_IN, a.entity(), text.substring(s.span().begin(), a.end()),
                        s);
            }
            // "keep Acme as an important equipment provider"
            if (a.type().isOrganization() && KEEP_VERB.matcher(text.substring(s.span().begin(), a.begin())).find()) {
                Matcher am = AS_PROVIDER.matcher(text.substring(a.end(), s.span().end()));
                if (am.find()) {
                    Matcher kv = KEEP_VERB.matcher(text.substring(s.span().begin(), a.begin()));
                    kv.find();
                    int verb = s.span().begin() + kv.start();
                    Optional<Referent> customer = referents.before(verb, s.span().begin());
                    if (customer.isPresent()) {
                        add(found, a.entity(), RelationType.SUPPLIES, customer.get().entity(),
                                text.substring(verb, a.end() + am.end()), s);
                    }
                }
            }
        }
    }

    private static boolean hasFunctionWord(String words) {
        for (String w : words.strip().split("\\s+")) {
            if (FUNCTION_WORDS.contains(w.toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    // ---------------------------------------------------------------- cue table

    private void cues(Sentence s, Map<String, Relation> found) {
        int sb = s.span().begin();
        int se = s.span().end();
        String st = text.substring(sb, se);
        List<Span> used = new ArrayList<>();
        for (RelationCue cue : RelationCue.ALL) {
            Matcher m = cue.pattern().matcher(st);
            while (m.find()) {
                int cb = sb + m.start();
                int ce = sb + m.end();
                Span span = new Span(cb, ce);
                if (used.stream().anyMatch(u -> u.overlaps(span)) || overlapsMention(cb, ce)) {
                    continue;
                }
                String pre = text.substring(Math.max(sb, cb - 30), cb);
                if (NEGATION.matcher(pre).find()) {
                    used.add(span);
                    continue;
                }
                if (cue.mode() == RelationCue.Mode.ACTIVE && PASSIVE_AUX.matcher(pre).find()
                        && m.group().toLowerCase(Locale.ROOT).matches("\\p{L}+ed|shut\\s+out|oversaw|banned|barred")) {
                    continue;
                }
                if (apply(cue, s, cb, ce, found)) {
                    used.add(span);
                }
            }
        }
    }

    private boolean overlapsMention(int b, int e) {
        for (Hit h : mentions.within(Math.max(0, b - 200), e + 200)) {
            if (h.begin() < e && b < h.end()) {
                return true;
            }
        }
        return false;
    }

    private boolean apply(RelationCue cue, Sentence s, int cb, int ce, Map<String, Relation> found) {
        String cueText = text.substring(cb, ce);
        switch (cue.mode()) {
            case ACTIVE -> {
                Optional<Entity> subj = subjectBefore(cb, s, cue.subject(), cue.fallback());
                if (subj.isEmpty()) {
                    return false;
                }
                Optional<Entity> obj = objectAfter(ce, s, cue.object(), cue.looseObject(), subj.get());
                obj.ifPresent(o -> add(found, subj.get(), cue.type(), o, cueText, s));
                return obj.isPresent();
            }
            case PASSIVE, AGENT_AFTER -> {
                Optional<Entity> agent = objectAfter(ce, s, cue.subject(), false, null);
                if (agent.isEmpty()) {
                    return false;
                }
                Optional<Entity> patient = subjectBefore(cb, s, cue.object(), cue.object());
                patient.ifPresent(p -> add(found, agent.get(), cue.type(), p, cueText, s));
                return patient.isPresent();
            }
            case BETWEEN -> {
                int and = text.indexOf(" and ", ce);
                if (and < 0 || and > s.span().end()) {
                    return false;
                }
                Optional<Hit> x = lastIn(ce, and, cue.subject());
                int end = nounPhraseEnd(and + 5, s.span().end());
                Optional<Hit> y = lastIn(and + 5, end, cue.object());
                if (x.isPresent() && y.isPresent()) {
                    add(found, x.get().entity(), cue.type(), y.get().entity(), cueText, s);
                    return true;
                }
                return false;
            }
            default -> {
                return false;
            }
        }
    }

    private Optional<Hit> lastIn(int b, int e, Predicate<EntityType> kind) {
        List<Hit> inside = mentions.within(b, e);
        for (int i = inside.size() - 1; i >= 0; i--) {
            if (kind.test(inside.get(i).type())) {
                return Optional.of(inside.get(i));
            }
        }
        return Optional.empty();
    }

    private int nounPhraseEnd(int b, int limit) {
        Matcher m = Pattern.compile("[,.;:]|\\s(?:in|at|on|to|for|from|during|after|before|over|with)\\s")
                .matcher(text.substring(b, limit));
        return m.find() ? b + m.start() : limit;
    }

    /** The subject just before a cue, else the nearest fitting mention earlier in the sentence. */
    private Optional<Entity> subjectBefore(int cb, Sentence s, Predicate<EntityType> kind,
            Predicate<EntityType> fallback) {
        Optional<Referent> r = referents.before(cb, s.span().begin());
        if (r.isPresent()) {
            return kind.test(r.get().entity().type()) && r.get().span().end() <= cb
                    ? Optional.of(r.get().entity()) : Optional.empty();
        }
        return lastIn(s.span().begin(), cb, fallback).map(Hit::entity);
    }

    /** The object right after a cue; with {@code loose}, the first fitting mention or "its" in the clause. */
    private Optional<Entity> objectAfter(int ce, Sentence s, Predicate<EntityType> kind, boolean loose,
            Entity subject) {
        int limit = s.span().end();
        Optional<Referent> r = referents.after(ce, limit);
        if (r.isPresent()) {
            return kind.test(r.get().entity().type()) ? Optional.of(r.get().entity()) : Optional.empty();
        }
        if (!loose) {
            return Optional.empty();
        }
        int end = Math.min(limit, ce + 100);
        int stop = text.substring(ce, end).replaceAll("[;:.!?“”\"]", "\u0000").indexOf('\u0000');
        if (stop >= 0) {
            end = ce + stop;
        }
        Matcher its = Pattern.compile("(?i)\\b(?:its|their)\\b").matcher(text.substring(ce, end));
        int itsAt = its.find() ? ce + its.start() : Integer.MAX_VALUE;
        for (Hit h : mentions.within(ce, end)) {
            if (h.begin() > itsAt) {
                break;
            }
            if (kind.test(h.type()) && (subject == null || !h.key().equals(subject.key()))) {
                return Optional.of(h.entity());
            }
        }
        if (itsAt != Integer.MAX_VALUE) {
            Set<String> exclude = subject == null ? Set.of() : Set.of(subject.key());
            return referents.antecedent(t -> t.isOrganization() && kind.test(t), itsAt, exclude);
        }
        return Optional.empty();
    }
}

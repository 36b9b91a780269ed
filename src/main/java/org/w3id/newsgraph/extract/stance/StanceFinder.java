package org.w3id.newsgraph.extract.stance;

import org.w3id.newsgraph.extract.ArticleView;
import org.w3id.newsgraph.extract.entities.MentionIndex;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.w3id.newsgraph.model.Entity;
import org.w3id.newsgraph.model.Polarity;
import org.w3id.newsgraph.model.Quote;
import org.w3id.newsgraph.model.Relation;
import org.w3id.newsgraph.model.RelationType;
import org.w3id.newsgraph.model.Sentence;
import org.w3id.newsgraph.model.Span;
import org.w3id.newsgraph.model.Stance;

/**
 * Decides who is critical or supportive of whom, from three sources, each kept simple and skipped when unsure:
 * <ol>
 * <li>a quote's speaker towards the people and organisations each quoted sentence names; when the quote names
 * none, towards the organisation the article is about (the most mentioned one), if the attribution or the
 * sentence before names it;</li>
 * <li>a relation's subject towards its object (attitude-bearing relations only: accusing, restricting,
 * pressuring, overseeing, working or dealing with ...), from the cues of the clause naming both;</li>
 * <li>a sentence whose subject says or sees something ("BT has seen no evidence that Huawei poses a risk"):
 * the first person or organisation followed by a verb of saying or perceiving, towards those named after it in
 * the same clause.</li>
 * </ol>
 * Places are never targets (a country named in a quote is mostly where something happens). Cue words inside
 * quotes count only for the quote's speaker. One finder per document.
 */
public final class StanceFinder {
    private static final Set<RelationType> ATTITUDE = EnumSet.of(RelationType.ACCUSES, RelationType.RESTRICTS,
            RelationType.PRESSURES, RelationType.INVESTIGATES, RelationType.OVERSEES, RelationType.WORKS_WITH,
            RelationType.DEAL_WITH, RelationType.SUPPLIES, RelationType.MEETS_WITH);
    /** Relations critical in themselves: their cue ("blocked", "accused") is a critical cue. */
    private static final Set<RelationType> CRITICAL_RELATIONS = EnumSet.of(RelationType.ACCUSES,
            RelationType.RESTRICTS);
    private static final Pattern SAYS = Pattern.compile("^[\\s,]*+(?:\\S++\\s++){0,3}?(?:seen|saw|sees|said|says|warned"
            + "|warns|accused|accuses|expressed|expresses|believes|believed|reiterated|reiterates|voiced|raised|argued"
            + "|claimed|insisted|stated|criticised|criticized|praised|defended|welcomed)\\b");
    private static final Pattern CLAUSE_BREAK = Pattern.compile(
            "(?i)[;:]|\\b(?:but|however|although|though|while|whereas|according to)\\b");

    private final ArticleView view;
    private final String topic;
    private final List<Span> quoteSpans;

    StanceFinder(ArticleView view, List<Entity> entities, List<Quote> quotes) {
        this.view = view;
        this.topic = topic(entities);
        this.quoteSpans = quotes.stream().map(Quote::span).toList();
    }

    List<Stance> find(List<Quote> quotes, List<Relation> relations) {
        Map<String, Stance> out = new LinkedHashMap<>();
        quotes.forEach(q -> fromQuote(q).forEach(s -> out.putIfAbsent(key(s), s)));
        relations.forEach(r -> {
            Stance s = fromRelation(r);
            if (s != null) {
                out.putIfAbsent(key(s), s);
            }
        });
        for (Sentence s : view.sentences()) {
            fromSentence(s).forEach(st -> out.putIfAbsent(key(st), st));
        }
        List<Stance> list = new ArrayList<>(out.values());
        list.sort((a, b) -> a.span().compareTo(b.span()));
        return List.copyOf(list);
    }

    private static String key(Stance s) {
        return s.holderKey() + "\u001f" + s.targetKey() + "\u001f" + s.span().begin();
    }

    private List<Stance> fromQuote(Quote q) {
        String speaker = q.speakerKey();
        if (speaker == null) {
            return List.of();
        }
        Set<String> named = actors(q.span(), speaker);
        Map<String, List<StanceCues.Cue>> byTarget = new LinkedHashMap<>();
        for (Sentence s : view.sentences()) {
            if (!s.span().overlaps(q.span())) {
                continue;
            }
            Span piece = new Span(Math.max(s.span().begin(), q.span().begin()), Math.min(s.span().end(),
                    q.span().end()));
            List<StanceCues.Cue> cues = StanceCues.find(view.text(), piece, List.of());
            if (cues.isEmpty()) {
                continue;
            }
            Set<String> targets = actors(piece, speaker);
            if (targets.isEmpty()) {
                String fallback = named.isEmpty() ? topicNear(q, speaker) : null;
                if (fallback == null) {
                    continue;
                }
                targets = Set.of(fallback);
            }
            targets.forEach(t -> byTarget.computeIfAbsent(t, k -> new ArrayList<>()).addAll(cues));
        }
        List<Stance> out = new ArrayList<>();
        byTarget.forEach((target, cues) -> out.add(new Stance(speaker, target, StanceCues.polarity(cues),
                cues.stream().map(StanceCues.Cue::text).toList(), q.span(), q, null)));
        return out;
    }

    /** The topic, when it is not the speaker and the quote's attribution or the sentence before it names it. */
    private String topicNear(Quote q, String speaker) {
        if (topic == null || topic.equals(speaker) || q.evidence() == null) {
            return null;
        }
        for (MentionIndex.Hit h : view.mentions().within(q.evidence().begin(), q.evidence().end())) {
            if (h.key().equals(topic) && !q.span().contains(new Span(h.begin(), h.end()))) {
                return topic;
            }
        }
        Sentence first = view.sentenceNear(q.evidence().begin());
        Sentence before = first == null ? null : view.sentence(first.index() - 1);
        if (before != null && view.mentions().within(before.span().begin(), before.span().end()).stream()
                .anyMatch(h -> h.key().equals(topic))) {
            return topic;
        }
        return null;
    }

    private Stance fromRelation(Relation r) {
        if (!ATTITUDE.contains(r.type()) || r.subjectKey().equals(r.objectKey()) || r.evidence() == null
                || !isActor(r.objectKey())) {
            return null;
        }
        Span region = null;
        for (Span clause : clauses(r.evidence())) {
            List<MentionIndex.Hit> hits = view.mentions().within(clause.begin(), clause.end());
            if (hits.stream().anyMatch(h -> h.key().equals(r.subjectKey()))
                    && hits.stream().anyMatch(h -> h.key().equals(r.objectKey()))) {
                region = clause;
                break;
            }
        }
        boolean critical = CRITICAL_RELATIONS.contains(r.type());
        if (region == null && !critical) {
            return null;
        }
        List<StanceCues.Cue> cues = new ArrayList<>(StanceCues.find(view.text(),
                region == null ? r.evidence() : region, quoteSpans));
        if (critical && r.cue() != null && cues.stream().noneMatch(c -> c.text().equalsIgnoreCase(r.cue()))) {
            int at = view.text().indexOf(r.cue(), r.evidence().begin());
            cues.add(new StanceCues.Cue(r.cue(), Polarity.CRITICAL, at < 0 ? r.evidence().begin() : at));
            cues.sort((a, b) -> Integer.compare(a.begin(), b.begin()));
        }
        Polarity p = StanceCues.polarity(cues);
        if (p == null) {
            return null;
        }
        return new Stance(r.subjectKey(), r.objectKey(), p, cues.stream().map(StanceCues.Cue::text).toList(),
                r.evidence(), null, r);
    }

    private List<Stance> fromSentence(Sentence s) {
        List<Stance> out = new ArrayList<>();
        for (Span clause : clauses(s.span())) {
            List<MentionIndex.Hit> hits = view.mentions().within(clause.begin(), clause.end());
            MentionIndex.Hit holder = hits.stream().filter(h -> isActor(h.key()) && !quoted(h.begin()))
                    .findFirst().orElse(null);
            if (holder == null) {
                continue;
            }
            Matcher says = SAYS.matcher(view.text()).region(holder.end(), clause.end());
            if (!says.lookingAt()) {
                continue;
            }
            int after = holder.end() + says.end() - says.regionStart();
            Span rest = new Span(after, clause.end());
            List<StanceCues.Cue> cues = StanceCues.find(view.text(), rest, quoteSpans);
            Polarity p = StanceCues.polarity(cues);
            if (p == null) {
                continue;
            }
            Set<String> targets = new LinkedHashSet<>();
            for (MentionIndex.Hit h : view.mentions().within(rest.begin(), rest.end())) {
                if (isActor(h.key()) && !h.key().equals(holder.key()) && !quoted(h.begin())) {
                    targets.add(h.key());
                }
            }
            for (String t : targets) {
                out.add(new Stance(holder.key(), t, p, cues.stream().map(StanceCues.Cue::text).toList(), s.span(),
                        null, null));
            }
        }
        return out;
    }

    /** The clauses of a span, split at ";", ":", "but", "while", "according to" and the like. */
    List<Span> clauses(Span span) {
        List<Span> out = new ArrayList<>();
        Matcher m = CLAUSE_BREAK.matcher(view.text()).region(span.begin(), span.end());
        int start = span.begin();
        while (m.find()) {
            if (m.start() > start) {
                out.add(new Span(start, m.start()));
            }
            start = m.start();
            if (m.group().equals(";") || m.group().equals(":")) {
                start = m.end();
            }
        }
        if (start < span.end()) {
            out.add(new Span(start, span.end()));
        }
        return out;
    }

    /** Keys of the people and organisations named inside {@code span}, other than {@code except}. */
    private Set<String> actors(Span span, String except) {
        Set<String> out = new LinkedHashSet<>();
        for (MentionIndex.Hit h : view.mentions().within(span.begin(), span.end())) {
            if (isActor(h.key()) && !h.key().equals(except)) {
                out.add(h.key());
            }
        }
        return out;
    }

    private boolean isActor(String key) {
        Entity e = view.mentions().entity(key);
        return e != null && !e.type().isPlace();
    }

    private boolean quoted(int offset) {
        return quoteSpans.stream().anyMatch(q -> q.begin() <= offset && offset < q.end());
    }

    /** The organisation mentioned most often (the first such on a tie), or null when there is none. */
    private static String topic(List<Entity> entities) {
        Entity best = null;
        for (Entity e : entities) {
            if (e.type().isOrganization() && (best == null || e.mentions().size() > best.mentions().size())) {
                best = e;
            }
        }
        return best == null ? null : best.key();
    }
}

package org.w3id.newsgraph.extract.relations;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.w3id.newsgraph.extract.entities.MentionIndex;
import org.w3id.newsgraph.extract.entities.MentionIndex.Hit;
import org.w3id.newsgraph.model.Entity;
import org.w3id.newsgraph.model.Relation;
import org.w3id.newsgraph.model.RelationType;
import org.w3id.newsgraph.model.Sentence;
import org.w3id.newsgraph.model.Span;

/** Relations stated by a cue of the {@link RelationCue} table: where a cue holds in a sentence and which ends it takes. */
final class CueRelations {
    private static final Pattern NEGATION = Pattern.compile(
            "(?i)(?:\\brather\\s+than|\\bnot|n[’']t|\\bnever|\\bno\\s+longer|\\binstead\\s+of|\\brefused\\s+to|"
                    + "\\bwithout)\\s+(?:[\\p{L}-]+\\s+){0,1}$");
    /** The relations whose object is a party to the act itself, not the owner of its topic. */
    private static final Set<RelationType> PARTY_OBJECT = Set.of(RelationType.ACCUSES, RelationType.RESTRICTS, RelationType.DEFEATS, RelationType.MEETS_WITH, RelationType.WORKS_WITH,
            RelationType.SUES);
    private static final Pattern OWNER_GAP = Pattern.compile("(?i)\\s*+(?:the\\s++)?");
    private static final Pattern POSSESSIVE = Pattern.compile("^[’']s?\\s");
    private static final Pattern NOUN_USE = Pattern.compile("(?i)\\b(?:the|a|an|its|their|this|his|her|our)\\s+$");
    private static final Pattern PASSIVE_AUX = Pattern.compile("(?i)\\b(?:be|been|being|was|were|is|are|get|got)\\s+$");
    /** The cue table's stems, to run only the cues a sentence may hold (one pass instead of a scan per cue). */
    private static final CueTriggers TRIGGERS = new CueTriggers(RelationCue.ALL.stream().map(RelationCue::pattern).toList());

    private final String text;
    private final MentionIndex mentions;
    private final NearbyMentions near;
    private final CueArguments arguments;
    private final SureReferents sure;

    CueRelations(String text, MentionIndex mentions, NearbyMentions near, CueArguments arguments, SureReferents sure) {
        this.text = text;
        this.mentions = mentions;
        this.near = near;
        this.arguments = arguments;
        this.sure = sure;
    }

    void cues(Sentence s, Map<String, Relation> found) {
        int sb = s.span().begin();
        int se = s.span().end();
        String st = text.substring(sb, se);
        List<Span> used = new ArrayList<>();
        int[] first = TRIGGERS.firstStarts(st);
        for (int k = 0; k < RelationCue.ALL.size(); k++) {
            if (first[k] < 0) {
                continue; // no word of the sentence starts as the cue does
            }
            RelationCue cue = RelationCue.ALL.get(k);
            Matcher m = cue.pattern().matcher(st);
            for (boolean hit = m.find(first[k]); hit; hit = m.find()) { // no match begins before first[k]
                int cb = sb + m.start();
                int ce = sb + m.end();
                Span span = new Span(cb, ce);
                if (used.stream().anyMatch(u -> u.overlaps(span)) || overlapsMention(cb, ce)) {
                    continue;
                }
                String pre = text.substring(Math.max(sb, cb - 30), cb);
                if (NOUN_USE.matcher(pre).find() && m.group().indexOf(' ') < 0 && cue.mode() == RelationCue.Mode.ACTIVE
                        && !m.group().toLowerCase(Locale.ROOT).endsWith("ing")) {
                    continue; // "the ban discriminated": a noun, not the verb
                }
                if (NEGATION.matcher(pre).find() || !CueMood.factual(text, s.span(), span)) {
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
                Optional<CueArguments.End> subj = arguments.subjectBefore(cb, s, cue.subject(), cue.fallback());
                if (subj.isEmpty()) {
                    return false;
                }
                Optional<CueArguments.End> obj = arguments.objectAfter(ce, s, cue.object(), cue.looseObject(), subj.get().entity());
                if (obj.isEmpty() || !tailHolds(cue, obj.get(), s)) {
                    return false;
                }
                if (!sure.sure(subj.get(), obj.get().entity(), s) || !sure.sure(obj.get(), subj.get().entity(), s)
                        || owner(ce, obj.get(), cue.type())) {
                    return true; // the cue is read, but its ends are a guess or an owner of what the cue is about
                }
                List<Entity> subjects = new ArrayList<>(List.of(subj.get().entity()));
                if (subj.get().begin() >= 0) {
                    near.coordinatedBefore(subj.get().begin(), s.span().begin(), subj.get().entity().type())
                            .filter(h -> cue.subject().test(h.type())).ifPresent(h -> subjects.add(h.entity()));
                }
                List<Entity> objects = new ArrayList<>(List.of(obj.get().entity()));
                if (cue.lists() && obj.get().end() >= 0) {
                    near.listAfter(obj.get().end(), s.span().end(), cue.object()).forEach(h -> objects.add(h.entity()));
                }
                double confidence = confidence(cue, subj.get(), s, cb);
                for (Entity sj : subjects) {
                    for (Entity o : objects) {
                        RelationFinder.add(found, sj, cue.type(), o, cueText, s, confidence);
                    }
                }
                return true;
            }
            case PASSIVE, AGENT_AFTER -> {
                Optional<CueArguments.End> agent = arguments.objectAfter(ce, s, cue.subject(), false, null);
                if (agent.isEmpty() || !tailHolds(cue, agent.get(), s)) {
                    return false;
                }
                Optional<CueArguments.End> patient = arguments.subjectBefore(cb, s, cue.object(), cue.object());
                // the agent stands right after "by" or "from": placed by the cue's own words, as "between X and Y" is
                patient.ifPresent(p -> RelationFinder.add(found, agent.get().entity(), cue.type(), p.entity(), cueText, s,
                        RuleConfidence.cue(cue.type(), true)));
                return patient.isPresent();
            }
            case BETWEEN -> {
                int and = text.indexOf(" and ", ce);
                if (and < 0 || and > s.span().end()) {
                    return false;
                }
                Optional<Hit> x = near.lastIn(ce, and, cue.subject());
                int end = near.nounPhraseEnd(and + 5, s.span().end());
                Optional<Hit> y = near.lastIn(and + 5, end, cue.object());
                if (x.isPresent() && y.isPresent()) {
                    RelationFinder.add(found, x.get().entity(), cue.type(), y.get().entity(), cueText, s,
                            RuleConfidence.cue(cue.type(), true));
                    return true;
                }
                return false;
            }
            default -> {
                return false;
            }
        }
    }

    /**
     * "rejected Jane Roe’s claim": the object right after the cue owns what the cue is about; it is not the object.
     * Only for acts with a party as object: speaking to an outlet's show, investigating or monitoring a person's
     * conduct and dismissing a party's appeal still reach the owner.
     */
    private boolean owner(int ce, CueArguments.End obj, RelationType type) {
        return obj.begin() >= ce && PARTY_OBJECT.contains(type) && OWNER_GAP.matcher(text.substring(ce, obj.begin())).matches()
                && POSSESSIVE.matcher(text.substring(obj.end(), Math.min(text.length(), obj.end() + 3))).lookingAt();
    }

    /** The cue's measured confidence, by its type and whether its first end stands where the clause puts it. */
    private double confidence(RelationCue cue, CueArguments.End first, Sentence s, int cb) {
        return RuleConfidence.cue(cue.type(), CueSupport.held(text, mentions, s.span(), first.begin(), first.end(),
                first.entity().key(), cb));
    }

    private boolean tailHolds(RelationCue cue, CueArguments.End end, Sentence s) {
        return cue.tail() == null || end.end() >= 0 && cue.tail().matcher(
                text.substring(end.end(), Math.min(s.span().end(), end.end() + 90))).find();
    }
}

package org.w3id.newsgraph.extract.relations.learned;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.w3id.newsgraph.model.Relation;
import org.w3id.newsgraph.model.RelationType;
import org.w3id.newsgraph.model.Role;
import org.w3id.newsgraph.pipeline.Document;

/**
 * Turns the classifier's decisions into facts the rules did not state: a membership (a role with no title) for
 * Work_For, basedIn and locatedIn for the place pairs. A pair the rules already link is left to the rules.
 */
public final class LearnedFacts {
    /** A wire-service credit at the head of a dateline: "PORT ELM (Acme News) -" before the organisation. */
    private static final Pattern CREDIT_BEFORE = Pattern.compile("^[[\\p{Lu}\\p{P}\\s]&&[^(]]*+\\($");
    /** The same dateline in title case ("Port Elm (Acme) –"): title-case words only, a dash after the credit. */
    private static final Pattern TITLE_CASE_BEFORE = Pattern.compile("^\\s*+(?:\\p{Lu}\\p{Ll}[\\p{L}.’'-]*+,?\\s++){1,4}\\($");
    /**
     * A dateline with its date before the credit ("CLEVELAND, July 19 (Acme) —", "Port Elm, Feb. 8, 2016 (Acme)"):
     * the place in capitals or title case, a month and a day; the credit is the agency, not a body of that town.
     */
    private static final Pattern DATED_BEFORE = Pattern.compile("^\\s*+(?:\\p{Lu}[\\p{L}.’'-]*+,?+\\s++){1,4}"
            + "(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\\p{Ll}*+\\.?+\\s++\\d{1,2}(?:,?+\\s++\\d{4})?+\\s*+\\($");
    private static final Pattern DASH_AFTER = Pattern.compile("^\\)\\s*+[-–—]");
    /** A cue longer than this is not kept: the sentence, the evidence, says it better. */
    private static final int MAX_CUE = 60;
    /** A learned membership this probable stands beside the rules' organisation of that sentence. */
    static final double SURE = 0.95;

    private LearnedFacts() {
    }

    /** The decisions of the document; empty when the learned step did not run. */
    public static List<PairDecision> of(Document d) {
        return d.has(LearnedPairStep.PAIRS) ? d.get(LearnedPairStep.PAIRS) : List.of();
    }

    /**
     * The rules' roles followed by the learned memberships of person–organisation pairs they lack. A person the
     * rules already gave an organisation in that sentence gets no second one from the classifier: the rules'
     * patterns are precise, and the other organisation is mostly one the person speaks to or about ("the BT chief
     * told the Acme Times"), unless the model is sure of it ({@link #SURE}): "X, a Y official, said at the Z
     * Institute" holds both.
     */
    public static List<Role> withMemberships(List<Role> roles, List<PairDecision> decisions, String text) {
        Set<String> seen = new HashSet<>();
        Set<String> placed = new HashSet<>();
        for (Role r : roles) {
            seen.add(r.personKey() + "\u0000" + r.organizationKey());
            if (r.organizationKey() != null) {
                placed.add(r.personKey() + "\u0000" + r.evidence());
            }
        }
        List<Role> out = new ArrayList<>(roles);
        for (PairDecision d : decisions) {
            if (d.label() == PairLabel.WORK_FOR && !credit(d, text)
                    && (d.confidence() >= SURE
                            || !placed.contains(d.subject().key() + "\u0000" + d.candidate().sentence().span()))
                    && seen.add(d.subject().key() + "\u0000" + d.object().key())) {
                out.add(new Role(d.subject().key(), "", d.object().key(), d.candidate().sentence().span(),
                        d.confidence()));
            }
        }
        return List.copyOf(out);
    }

    /** Whether the organisation is a dateline's credit ("(Acme News)"), which employs no one the story names. */
    private static boolean credit(PairDecision d, String text) {
        return credit(text, d.candidate().sentence().span().begin(), d.object().begin(), d.object().end());
    }

    /** Whether the mention [b, e) of a sentence starting at {@code sb} is a dateline's credit ("PORT ELM (Acme) -"). */
    public static boolean credit(String text, int sb, int b, int e) {
        if (e >= text.length() || text.charAt(e) != ')') {
            return false;
        }
        String before = text.substring(sb, b);
        return CREDIT_BEFORE.matcher(before).matches() || DATED_BEFORE.matcher(before).matches()
                || TITLE_CASE_BEFORE.matcher(before).matches()
                && DASH_AFTER.matcher(text.substring(e, Math.min(text.length(), e + 4))).lookingAt();
    }

    /** The rules' relations followed by learned basedIn and locatedIn between pairs they do not link. */
    public static List<Relation> withPlaces(List<Relation> relations, List<PairDecision> decisions, String text) {
        Set<String> linked = new HashSet<>();
        for (Relation r : relations) {
            linked.add(r.subjectKey() + "\u0000" + r.objectKey());
            linked.add(r.objectKey() + "\u0000" + r.subjectKey());
        }
        List<Relation> out = new ArrayList<>(relations);
        for (PairDecision d : decisions) {
            if (d.label() == PairLabel.WORK_FOR) {
                continue;
            }
            String s = d.subject().key();
            String o = d.object().key();
            if (linked.add(s + "\u0000" + o)) {
                linked.add(o + "\u0000" + s);
                RelationType type = d.label() == PairLabel.BASED_IN ? RelationType.BASED_IN : RelationType.LOCATED_IN;
                int b = d.candidate().first().begin();
                int e = d.candidate().second().end();
                String cue = e - b <= MAX_CUE ? text.substring(b, e) : "";
                out.add(new Relation(s, type, o, cue, d.candidate().sentence().span(), d.confidence()));
            }
        }
        return List.copyOf(out);
    }
}

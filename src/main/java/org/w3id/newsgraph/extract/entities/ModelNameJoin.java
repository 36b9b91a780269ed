package org.w3id.newsgraph.extract.entities;

import org.w3id.newsgraph.extract.text.TokenView;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.w3id.newsgraph.model.EntityType;
import org.w3id.newsgraph.ner.NameModel;

import opennlp.tools.util.Span;

/**
 * Joins the statistical name model with the rules. A name found only from capitalisation stands only where the
 * model finds a name, and with the model's boundaries ("at Milwaukee" becomes "Milwaukee"; "Mitchell defeats
 * Bailey" two names); its type is the model's, voted over every mention of the same name in the article, keeping
 * the rule's subtype when the coarse types agree. Gazetteer names, institution compounds and names with a strong cue
 * (a title, "Inc", "Ministry") keep their type, except a listed place that the model reads as an organisation in
 * most of its mentions: a club named by its city ("Leicester beat Somerset"). Names the model finds and no rule
 * found are added when the model is confident.
 */
public final class ModelNameJoin {
    /** Below this probability a name only the model found is left out. */
    static final double ADD_CONFIDENCE = 0.325;

    /**
     * The same on a table row or a score line of a sports story ("Reading 4 1 1 2 5 10 4"), where the model is less
     * sure of a name with no words around it and a capitalised word opening the row is a side.
     */
    static final double TABLE_CONFIDENCE = 0.25;

    private final NameModel model;

    ModelNameJoin(NameModel model) {
        this.model = model;
    }

    /** A model name: tokens [first, last] of the document, its type and probability. */
    private record Found(int first, int last, EntityType type, double prob) {}

    List<EntityStep.Candidate> join(TokenView v, List<EntityStep.Candidate> candidates) {
        List<EntityStep.Candidate> rules = candidates;
        if (model == null || v.size() == 0) {
            return rules;
        }
        rules = Shouting.demote(v, rules);
        List<Found> found = tag(v);
        Map<String, double[]> votes = new HashMap<>();
        for (Found f : found) {
            votes.computeIfAbsent(key(v, f.first(), f.last()), k -> new double[3])[index(f.type())] += f.prob();
        }
        List<EntityStep.Candidate> out = new ArrayList<>();
        boolean[] covered = new boolean[v.size()];
        ClubMentions clubs = ClubMentions.of(v, rules, votes);
        Map<String, EntityStep.Candidate> cued = cued(v, rules, found, votes);
        java.util.Set<String> bracketed = bracketed(v, rules);
        java.util.Set<EntityStep.Candidate> absorbed = new java.util.HashSet<>();
        for (Found f : found) {
            EntityStep.Candidate wider = ModelSpans.wider(v, f.first(), f.last(), f.type(), rules, absorbed);
            if (wider != null && free(covered, f.first(), f.last())) {
                EntityType t = wider.type() != null ? wider.type() : voted(votes, key(v, f.first(), f.last()), f.type());
                out.add(new EntityStep.Candidate(f.first(), f.last(), wider.sentence(), v.written(f.first(), f.last()),
                        t, 2, null, null, false, false));
                mark(covered, f.first(), f.last());
            }
        }
        rules = rules.stream().filter(c -> !absorbed.contains(c)).toList();
        boolean sports = SportsStory.is(v);
        Map<String, double[]> modelVotes = votes;
        rules = rules.stream().filter(c -> !SportsCompetitions.is(v, c, modelVotes, sports)).toList();
        for (EntityStep.Candidate c : rules) {
            if (StatAbbreviations.is(v, c, votes, sports)) {
                continue;
            }
            if (strong(c) || c.thing() || c.generic()) {
                EntityStep.Candidate kept = clubs.read(Venues.typed(v, c, votes));
                out.add(kept);
                mark(covered, kept.first(), kept.last());
            }
        }
        for (EntityStep.Candidate c : rules) {
            if (strong(c) || c.thing() || c.generic()) {
                continue;
            }
            if (c.strength() >= 2 && unconfirmedAcronym(v, c, votes) && !bracketed.contains(key(v, c.first(), c.last()))) {
                continue;
            }
            if (c.strength() >= 2) {
                // a context cue ("the company X", "X said") is more than capitalisation: the rule's name and type
                // stand, widened to the model's name when that holds it ("D. Bicknell" for "Bicknell")
                EntityStep.Candidate kept = widened(v, modelTyped(v, c, found, votes), found, covered);
                out.add(kept);
                mark(covered, kept.first(), kept.last());
                continue;
            }
            for (Found f : found) {
                if (f.first() > c.last() || f.last() < c.first() || !free(covered, f.first(), f.last())) {
                    continue;
                }
                EntityStep.Candidate cue = cued.get(key(v, f.first(), f.last()));
                EntityType t = cue != null ? cue.type() : voted(votes, key(v, f.first(), f.last()), f.type());
                boolean same = f.first() == c.first() && f.last() == c.last() && t.coarse() == c.type().coarse();
                out.add(new EntityStep.Candidate(f.first(), f.last(), c.sentence(), v.written(f.first(), f.last()),
                        same ? c.type() : t, same ? c.strength() : 2, null, null, false, false));
                mark(covered, f.first(), f.last());
            }
        }
        java.util.Set<String> things = things(v, found, rules);
        for (Found f : found) {
            double least = sports && ClubMentions.tableSide(v, f.first(), f.last()) ? TABLE_CONFIDENCE : ADD_CONFIDENCE;
            if (f.prob() >= least && free(covered, f.first(), f.last()) && capitalised(v, f)
                    && !things.contains(key(v, f.first(), f.last()))) {
                EntityType t = voted(votes, key(v, f.first(), f.last()), f.type());
                out.add(new EntityStep.Candidate(f.first(), f.last(), v.token(f.first()).sentence(),
                        v.written(f.first(), f.last()), t, 2, null, null, false, false));
                mark(covered, f.first(), f.last());
            }
        }
        out.replaceAll(c -> ModelTokens.abbreviationStop(v, c.last() + 1) ? new EntityStep.Candidate(c.first(), c.last() + 1,
                c.sentence(), v.written(c.first(), c.last() + 1), c.type(), c.strength(), c.gazetteerId(), c.group(),
                c.generic(), c.thing()) : c); // "U.N." keeps its full stop
        out.replaceAll(clubs::read);
        out.sort(Comparator.comparingInt(EntityStep.Candidate::first));
        return out;
    }

    /**
     * A lone unlisted word in capitals that the model reads as no name anywhere in the article: capitals are the
     * acronym rule's only cue, and abbreviations of terms ("RBI", "GMT", "ERA") look the same as those of bodies.
     * One given in brackets after a name stands (the caller checks).
     */
    private static boolean unconfirmedAcronym(TokenView v, EntityStep.Candidate c, Map<String, double[]> votes) {
        return c.first() == c.last() && c.gazetteerId() == null && c.group() == null && v.isAllCaps(c.first())
                && !votes.containsKey(key(v, c.first(), c.last()));
    }

    /** Names written in brackets somewhere in the article: a short form given for a body ("Authority (PTS)"). */
    private static java.util.Set<String> bracketed(TokenView v, List<EntityStep.Candidate> rules) {
        java.util.Set<String> out = new java.util.HashSet<>();
        for (EntityStep.Candidate c : rules) {
            if ("(".equals(v.text(c.first() - 1)) && ")".equals(v.text(c.last() + 1))) {
                out.add(key(v, c.first(), c.last()));
            }
        }
        return out;
    }

    /** A name begins and ends with a capitalised word: not "interior ministry", whatever the model says. */
    private static boolean capitalised(TokenView v, Found f) {
        return v.isCap(f.first()) && (v.isCap(f.last()) || Character.isDigit(v.text(f.last()).charAt(0)));
    }

    /**
     * Names of crafts, products or programmes in the article: those the rules set aside, and a short form in
     * brackets after one of them or before a craft word ("Double Asteroid Redirection Test (Dart) spacecraft").
     * The model reads such a name as a person or place elsewhere ("Dart changed the orbit"); none is an entity.
     */
    private static java.util.Set<String> things(TokenView v, List<Found> found, List<EntityStep.Candidate> rules) {
        java.util.Set<String> out = new java.util.HashSet<>();
        java.util.Set<Integer> thingEnds = new java.util.HashSet<>();
        for (EntityStep.Candidate c : rules) {
            if (c.thing()) {
                out.add(key(v, c.first(), c.last()));
                thingEnds.add(c.last());
            }
        }
        for (Found f : found) {
            if ("(".equals(v.text(f.first() - 1)) && ")".equals(v.text(f.last() + 1))
                    && (thingEnds.contains(f.first() - 2) || NameTyper.THINGS.contains(NameLexicon.lower(v.text(f.last() + 2))))) {
                out.add(key(v, f.first(), f.last()));
            }
        }
        return out;
    }

    /**
     * Names that a context cue types somewhere in the article ("telecoms giant Zentrix"): the cue holds for their
     * other mentions too, where the model alone would guess ("Zentrix said"). A medium cue the model overrules where
     * it stands ("Arbil said" of a town) spreads the model's type, not its own.
     */
    private static Map<String, EntityStep.Candidate> cued(TokenView v, List<EntityStep.Candidate> rules,
            List<Found> found, Map<String, double[]> votes) {
        Map<String, EntityStep.Candidate> out = new HashMap<>();
        for (EntityStep.Candidate c : rules) {
            if (c.strength() >= 2 && !c.generic() && !c.thing()) {
                EntityStep.Candidate typed = strong(c) ? c : modelTyped(v, c, found, votes);
                out.merge(key(v, c.first(), c.last()), typed, (a, b) -> b.strength() > a.strength() ? b : a);
            }
        }
        return out;
    }

    /**
     * A medium cue for a person or place ("X said", a place listed before it) types a name less surely than the
     * model voted over the article: where the model finds the same name with another coarse type, the model's type
     * stands. Organisation cues ("an analyst at X", a company head word) are kept: the model often reads an
     * unknown company as a person or place; but a bare "the" before a one-word name the model reads as a place is no cue.
     */
    private static EntityStep.Candidate modelTyped(TokenView v, EntityStep.Candidate c, List<Found> found,
            Map<String, double[]> votes) {
        for (Found f : found) {
            if (f.first() == c.first() && f.last() == c.last()) {
                EntityType t = voted(votes, key(v, f.first(), f.last()), f.type());
                // "an analyst at Peel Hunt" stays a company; "in the Gulf" has no cue but its article (a longer name
                // after "the" may end in an event word, "the Harbourlight Summit", that a later filter reads)
                boolean theOnly = t.isPlace() && c.first() == c.last() && "the".equals(v.text(c.first() - 1));
                boolean keep = t.coarse() == c.type().coarse()
                        || c.type().isOrganization() && !theOnly && !personByModel(v, c, votes);
                return keep ? c : new EntityStep.Candidate(c.first(), c.last(), c.sentence(),
                        c.surface(), t, c.strength(), null, null, false, false);
            }
        }
        return c;
    }

    /**
     * "said broker Jane Roe", "vendor Jane Roe, 41": a noun before the name that can name a firm ("broker",
     * "developer", "rival") is also a person's trade; a name of two or three plain words that the model reads as a
     * person over the article, without a company word in it, is the person.
     */
    private static boolean personByModel(TokenView v, EntityStep.Candidate c, Map<String, double[]> votes) {
        double[] vote = votes.get(key(v, c.first(), c.last()));
        int words = c.last() - c.first() + 1;
        if (vote == null || vote[0] <= vote[1] + vote[2] || words < 2 || words > 3) {
            return false;
        }
        for (int k = c.first(); k <= c.last(); k++) {
            String w = v.text(k);
            String lower = NameLexicon.lower(w);
            if (!v.isCap(k) || v.isAllCaps(k) || !w.chars().allMatch(Character::isLetter)
                    || NameLexicon.ORG_KEYWORDS.contains(lower) || NameCues.COMPANY_HEADS.contains(lower)) {
                return false;
            }
        }
        return true;
    }

    private static EntityStep.Candidate widened(TokenView v, EntityStep.Candidate c, List<Found> found, boolean[] covered) {
        for (Found f : found) {
            if (f.first() <= c.first() && f.last() >= c.last() && (f.first() < c.first() || f.last() > c.last())
                    && free(covered, f.first(), f.last()) && v.sameSentence(f.first(), c.first())) {
                return new EntityStep.Candidate(f.first(), f.last(), c.sentence(), v.written(f.first(), f.last()),
                        c.type(), c.strength(), null, null, false, false);
            }
        }
        return c;
    }

    /** Gazetteer entries, institution compounds ("US Senate") and names with a title or organisation word. */
    private static boolean strong(EntityStep.Candidate c) {
        return c.gazetteerId() != null || c.group() != null || c.strength() >= 3;
    }

    /** The model's names over the body sentences of the article, with document indices. */
    private List<Found> tag(TokenView v) {
        List<String[]> sentences = new ArrayList<>();
        List<int[]> groups = new ArrayList<>();
        int i = 0;
        while (i < v.size()) {
            int j = i;
            while (j < v.size() && v.sameSentence(i, j)) {
                j++;
            }
            int[] firsts = ModelTokens.groups(v, i, j);
            String[] words = new String[firsts.length];
            for (int k = 0; k < firsts.length; k++) {
                int end = k + 1 < firsts.length ? firsts[k + 1] : j;
                StringBuilder w = new StringBuilder();
                for (int t = firsts[k]; t < end; t++) {
                    w.append(modelForm(v.text(t)));
                }
                words[k] = w.toString();
            }
            sentences.add(words);
            groups.add(ModelTokens.withEnd(firsts, j));
            i = j;
        }
        List<Span[]> tagged = model.tagArticle(sentences);
        List<Found> out = new ArrayList<>();
        for (int s = 0; s < tagged.size(); s++) {
            int[] g = groups.get(s);
            for (Span sp : tagged.get(s)) {
                EntityType t = switch (sp.getType()) {
                    case "PER" -> EntityType.PERSON;
                    case "ORG" -> EntityType.ORGANIZATION;
                    case "LOC" -> EntityType.PLACE;
                    default -> null;
                };
                int first = g[sp.getStart()];
                int last = g[sp.getEnd()] - 1;
                while (first < last && NameLexicon.isTitle(v.text(first)) && v.isCap(first + 1)) {
                    first++; // "Ms Marlow": titles are not part of the name here (the role step reads them), but
                             // "Queen's Park" and "Queen of South" begin with the word
                }
                while (last > first && (NameLexicon.isTitle(v.text(last))
                        || !v.startsWord(last) && !ModelSpans.hyphenTail(v, last, t) && !closesBracket(v, first, last))) {
                    last--; // nor post-nominals ("Dora Quint KC") or a closing bracket, but "Li Song-ho" stays whole
                }
                if (t != null) {
                    out.add(new Found(first, last, t, sp.getProb()));
                }
            }
        }
        return out;
    }

    /** Token last closes a bracket the name opened: "Mladost (L)", a club and its town's initial in a table. */
    static boolean closesBracket(TokenView v, int first, int last) {
        return ")".equals(v.text(last)) && "(".equals(v.text(last - 2)) && last - 2 > first;
    }

    /** The model learnt from straight quotes and apostrophes (Reuters wire text). */
    static String modelForm(String token) {
        return token.replace('’', '\'').replace('‘', '\'').replace('“', '"').replace('”', '"');
    }

    static String key(TokenView v, int first, int last) {
        return v.surface(first, last).toLowerCase(Locale.ROOT);
    }

    private static int index(EntityType t) {
        return t == EntityType.PERSON ? 0 : t == EntityType.ORGANIZATION ? 1 : 2;
    }

    static EntityType voted(Map<String, double[]> votes, String key, EntityType fallback) {
        double[] v = votes.get(key);
        if (v == null) {
            return fallback;
        }
        int best = v[0] >= v[1] && v[0] >= v[2] ? 0 : v[1] >= v[2] ? 1 : 2;
        return best == 0 ? EntityType.PERSON : best == 1 ? EntityType.ORGANIZATION : EntityType.PLACE;
    }

    private static boolean free(boolean[] covered, int first, int last) {
        for (int k = first; k <= last; k++) {
            if (covered[k]) {
                return false;
            }
        }
        return true;
    }

    private static void mark(boolean[] covered, int first, int last) {
        for (int k = first; k <= last; k++) {
            covered[k] = true;
        }
    }
}

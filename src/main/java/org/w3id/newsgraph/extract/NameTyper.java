package org.w3id.newsgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.w3id.newsgraph.gazetteer.Gazetteer;
import org.w3id.newsgraph.gazetteer.GazetteerEntry;
import org.w3id.newsgraph.model.EntityType;

/**
 * Turns a run of capitalised tokens into a name candidate, or rejects it: trims ordinary words at a sentence
 * start, titles ("Chancellor", "Prime Minister") and determiners off its edges, rejects calendar words, pronouns
 * and lone titles, and types what remains from the words around it. Cue strengths: 3 strong (title before, an
 * organisation keyword, "known as"), 2 medium, 1 default guess.
 */
final class NameTyper {
    private static final Set<String> INDEFINITE = Set.of("a", "an", "any", "every", "each", "no", "another");
    private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "at", "near", "outside", "across", "around");

    private final TokenView v;
    private final NameLexicon lexicon;
    private final Gazetteer gazetteer;

    NameTyper(TokenView v, NameLexicon lexicon, Gazetteer gazetteer) {
        this.v = v;
        this.lexicon = lexicon;
        this.gazetteer = gazetteer;
    }

    /**
     * Candidates from one run of capitalised tokens. A title inside the run ("Treasury Secretary Janet Yellen")
     * splits it: the words after the title are a person, the words before it an organisation when they look like one.
     */
    List<EntityStep.Candidate> split(int s, int e) {
        List<EntityStep.Candidate> out = new ArrayList<>();
        for (int t = e - 1; t > s; t--) {
            if (!NameLexicon.isTitle(v.text(t)) || !NameLexicon.isTitle(v.text(t)) || hasOrgKeyword(t + 1, e)) {
                continue;
            }
            int t0 = t;
            while (t0 - 1 >= s && NameLexicon.isTitle(v.text(t0 - 1))) {
                t0--;
            }
            if (t0 == s) {
                break; // only leading titles: type() strips them
            }
            boolean orgLike = false;
            for (int k = s; k < t0; k++) {
                String lw = NameLexicon.lower(v.text(k));
                orgLike |= NameLexicon.ORG_KEYWORDS.contains(lw) || NameLexicon.GOVERNMENT_KEYWORDS.contains(lw)
                        || v.isAllCaps(k);
            }
            if (orgLike) {
                EntityStep.Candidate prefix = type(s, t0 - 1, false);
                if (prefix != null) {
                    out.add(prefix);
                }
            }
            EntityStep.Candidate person = type(t + 1, e, true);
            if (person != null) {
                out.add(person);
            }
            return out;
        }
        EntityStep.Candidate c = type(s, e, false);
        if (c != null) {
            out.add(c);
        }
        return out;
    }

    private boolean hasOrgKeyword(int from, int to) {
        for (int k = from; k <= to; k++) {
            if (NameLexicon.ORG_KEYWORDS.contains(NameLexicon.lower(v.text(k)))) {
                return true;
            }
        }
        return false;
    }

    private boolean stop(int k) {
        return NameLexicon.isStop(v.text(k)) && !(v.isAllCaps(k) && !v.isInitial(k));
    }

    EntityStep.Candidate type(int s, int e, boolean titledBefore) {
        boolean orgKw = false;
        for (int k = s; k <= e; k++) {
            orgKw |= NameLexicon.ORG_KEYWORDS.contains(NameLexicon.lower(v.text(k)));
        }
        boolean titled = titledBefore;
        boolean article = NameLexicon.lower(v.text(s - 1)).equals("the") && v.sameSentence(s - 1, s);
        int a = s;
        while (a <= e) {
            String w = v.text(a);
            String lw = NameLexicon.lower(w);
            if (a == s && v.isInitial(a) && ordinaryAtStart(a)) {
                a++;
            } else if (lw.equals("the")) {
                article = true;
                if (v.isInitial(a) || a == e) {
                    a++;
                } else {
                    break;
                }
            } else if (stop(a) || NameLexicon.isCalendar(w) && a < e) {
                a++;
            } else if (NameLexicon.isTitle(w) && !orgKw) {
                titled = true;
                a++;
            } else {
                break;
            }
        }
        int z = e;
        while (z >= a && (stop(z) || NameLexicon.isTitle(v.text(z)) && !orgKw)) {
            z--;
        }
        if (a > z) {
            return null;
        }
        List<String> words = new ArrayList<>();
        boolean allCalendar = true;
        for (int k = a; k <= z; k++) {
            words.add(v.text(k));
            allCalendar &= NameLexicon.isCalendar(v.text(k)) || !v.startsWord(k) || Character.isDigit(v.text(k).charAt(0));
        }
        if (allCalendar) {
            return null;
        }
        boolean single = a == z;
        String w0 = words.get(0);
        if (single && (w0.length() < 2 || stop(a) || NameLexicon.isTitle(w0))) {
            return null;
        }
        if (single && !v.isAllCaps(a) && v.pos(a).equals("ADJ")) {
            return null; // "Western", "European": adjectives, not names
        }
        char after = v.charAfter(z);
        String rest = v.after(z, 8);
        boolean based = rest.startsWith("-based");
        if (single && (after == '-' || after == '‑') && !based && rest.length() > 1 && Character.isLowerCase(rest.charAt(1))) {
            return null; // "Cyber-security"
        }
        String surface = v.written(a, z);
        int sentence = v.token(a).sentence();

        Optional<GazetteerEntry> gaz = gazetteer.byName("The " + v.surface(a, z));
        if (gaz.isEmpty() && NameLexicon.lower(w0).equals("the") && !single) {
            gaz = gazetteer.byName(v.surface(a + 1, z));
        }
        if (gaz.isPresent()) {
            return new EntityStep.Candidate(a, z, sentence, surface, gaz.get().type(), 3, gaz.get().id(), null, false);
        }

        String prev = v.sameSentence(a - 1, a) ? v.text(a - 1) : "";
        String lprev = NameLexicon.lower(prev);
        String prev2 = v.sameSentence(a - 2, a) ? NameLexicon.lower(v.text(a - 2)) : "";
        String next = v.sameSentence(z + 1, z) ? NameLexicon.lower(v.text(z + 1)) : "";
        boolean acronym = single && v.isAllCaps(a);
        boolean titleCase = true;
        for (String w : words) {
            titleCase &= w.length() > 1 && Character.isUpperCase(w.charAt(0)) && !w.equals(w.toUpperCase());
        }

        EntityType type;
        int strength;
        boolean allCaps = true;
        for (int k = a; k <= z; k++) {
            allCaps &= v.isAllCaps(k);
        }
        if (allCaps && v.isInitial(a) && v.text(z + 1).equals("(") && v.sameSentence(z + 1, z)) {
            type = EntityType.PLACE; // dateline: "LONDON (Reuters) -"
            strength = 3;
        } else if (titled || prev.equals(lprev) && NameLexicon.PERSON_CUES.contains(lprev)) {
            type = EntityType.PERSON;
            strength = 3;
        } else if (orgKw) {
            type = orgSubtype(words);
            strength = 3;
        } else if (lprev.equals("as") && Set.of("known", "called", "named", "dubbed").contains(prev2)) {
            type = orgSubtype(words);
            strength = 3;
        } else if (lprev.equals("as") && next.startsWith("report")) {
            type = EntityType.MEDIA_ORGANIZATION;
            strength = 2;
        } else if (!single && lexicon.isGivenName(w0)) {
            type = EntityType.PERSON;
            strength = 3;
        } else if (acronym) {
            type = EntityType.ORGANIZATION;
            strength = 2;
        } else if (appositiveTitle(z)) {
            type = EntityType.PERSON;
            strength = 2;
        } else if (!single && titleCase && (NameLexicon.SAY_VERBS.contains(next) || NameLexicon.SAY_VERBS.contains(lprev))) {
            type = EntityType.PERSON;
            strength = 2;
        } else if (lprev.equals("the") && prev.equals("the")) {
            type = orgSubtype(words);
            strength = 2;
        } else if (based) {
            type = EntityType.PLACE;
            strength = 2;
        } else if (PLACE_PREPOSITIONS.contains(lprev) && prev.equals(lprev)) {
            type = EntityType.PLACE;
            strength = 1;
        } else if (!single && titleCase && !article && words.size() <= 3) {
            type = EntityType.PERSON;
            strength = 1;
        } else {
            type = orgSubtype(words);
            strength = 1;
        }
        if (type.isOrganization() && next.startsWith("report") && type == EntityType.ORGANIZATION) {
            type = EntityType.MEDIA_ORGANIZATION;
        }
        boolean generic = acronym && INDEFINITE.contains(lprev);
        return new EntityStep.Candidate(a, z, sentence, surface, type, strength, null, null, generic);
    }

    /** A capitalised word at a sentence start that is probably an ordinary word. */
    private boolean ordinaryAtStart(int i) {
        String w = v.text(i);
        if (gazetteer.byName(w).isPresent() || lexicon.isGivenName(w)) {
            return false;
        }
        if (NameLexicon.isStop(w) || NameLexicon.isTitle(w) || v.seenLowerCase(w)) {
            return true;
        }
        String lw = NameLexicon.lower(w);
        if (lw.endsWith("ing") || lw.endsWith("ed") || lw.endsWith("ly")) {
            return true;
        }
        if (v.isAllCaps(i)) {
            return false;
        }
        String pos = v.pos(i);
        return !(pos.equals("PROPN") || pos.equals("X") || pos.equals("NOUN") && i + 1 < v.size() && v.isCap(i + 1));
    }

    /** "X, the CEO of ...", "X, a spokesman for ...": a title word shortly after a comma. */
    private boolean appositiveTitle(int z) {
        if (!v.sameSentence(z + 1, z) || !v.text(z + 1).equals(",")) {
            return false;
        }
        for (int k = z + 2; k <= z + 5 && v.sameSentence(k, z); k++) {
            String lw = NameLexicon.lower(v.text(k));
            if (NameLexicon.PERSON_CUES.contains(lw) || NameLexicon.isTitle(lw) && !lw.equals("the")) {
                return true;
            }
            if (v.pos(k).equals("VERB") || v.text(k).equals(",")) {
                return false;
            }
        }
        return false;
    }

    static EntityType orgSubtype(List<String> words) {
        EntityType t = EntityType.ORGANIZATION;
        for (String w : words) {
            String lw = NameLexicon.lower(w);
            if (NameLexicon.MEDIA_KEYWORDS.contains(lw)) {
                return EntityType.MEDIA_ORGANIZATION;
            }
            if (NameLexicon.POLITICAL_KEYWORDS.contains(lw)) {
                return EntityType.POLITICAL_ORGANIZATION;
            }
        }
        for (String w : words) {
            if (NameLexicon.GOVERNMENT_KEYWORDS.contains(NameLexicon.lower(w))) {
                return EntityType.GOVERNMENT_BODY;
            }
        }
        for (String w : words) {
            if (NameLexicon.COMPANY_KEYWORDS.contains(NameLexicon.lower(w))) {
                return EntityType.COMPANY;
            }
        }
        return t;
    }
}

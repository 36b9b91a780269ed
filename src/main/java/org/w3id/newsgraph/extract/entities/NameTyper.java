package org.w3id.newsgraph.extract.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.w3id.newsgraph.extract.text.TokenView;
import org.w3id.newsgraph.gazetteer.Gazetteer;
import org.w3id.newsgraph.gazetteer.GazetteerEntry;
import org.w3id.newsgraph.model.EntityType;

/**
 * Turns a run of capitalised tokens into a name candidate, or rejects it: trims ordinary words at a sentence
 * start, titles ("Chancellor", "Prime Minister") and determiners off its edges, rejects calendar words, pronouns
 * and lone titles, and types what remains from the words around it. Cue strengths: 3 strong (title before, an
 * organisation keyword, "known as"), 2 medium, 1 default guess.
 */
public final class NameTyper {
    private static final Set<String> INDEFINITE = Set.of("a", "an", "any", "every", "each", "no", "another");
    /** Nouns after a name that make it the name of a product, craft or programme, not of an organisation. */
    static final Set<String> THINGS = Set.of("spacecraft", "probe", "rocket", "rockets", "satellite", "satellites",
            "telescope", "rover", "lander", "orbiter", "chip", "chips", "processor", "processors", "smartphone",
            "smartphones", "handset", "handsets", "phone", "phones", "app", "vaccine", "drug", "missile", "missiles",
            "aircraft", "jet", "jets", "drone", "drones", "servers", "laptop", "console", "model", "models", "engine",
            "car", "cars", "truck", "ship", "submarine", "frigate", "tank", "tanks", "mission");
    /** Laws are no organisations: "the Telecommunications (Security) Act 2021", "the Online Safety Bill". */
    private static final Set<String> LAW_WORDS = Set.of("act", "bill");

    private final TokenView v;
    private final NameLexicon lexicon;
    private final Gazetteer gazetteer;
    private final NameCues cues;

    NameTyper(TokenView v, NameLexicon lexicon, Gazetteer gazetteer) {
        this.v = v;
        this.lexicon = lexicon;
        this.gazetteer = gazetteer;
        this.cues = new NameCues(v, lexicon, gazetteer);
    }

    /**
     * Candidates from one run of capitalised tokens. A title inside the run ("Treasury Secretary Janet Yellen")
     * splits it: the words after the title are a person, the words before it an organisation when they look like one.
     */
    List<EntityStep.Candidate> split(int s, int e) {
        List<EntityStep.Candidate> out = new ArrayList<>();
        for (int t = e - 1; t > s; t--) {
            if (!NameLexicon.isTitle(v.text(t)) || hasOrgKeyword(t + 1, e)
                    || NameEdges.FACILITY_HEADS.contains(NameLexicon.lower(v.text(t + 1)))) {
                // "Harlow General Hospital": a title right before a facility's word is part of the facility's name
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
        if (TitleEdges.postField(v, lexicon, s, e)) {
            titled = true; // "Chief of Staff Denis McDonough"
            a++;
        }
        while (a <= e) {
            String w = v.text(a);
            String lw = NameLexicon.lower(w);
            if (a == s && v.isInitial(a) && cues.ordinaryAtStart(a)) {
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
        while (z >= a && (stop(z) || NameLexicon.isTitle(v.text(z)) && (!orgKw || TitleEdges.abbreviatedRank(v, z))
                && !TitleEdges.surnameTitle(v, lexicon, a, z))) {
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
        if (single && lexicon.isCommonWord(w0) && !titledBefore
                && (v.isInitial(a) && !v.isAllCaps(a) && !v.capitalisedInside(w0) || v.isAllCaps(a) && w0.length() >= 5)) {
            return null; // "Industry estimates put ...", "'Lessons have to be learned'", "found GUILTY of fraud"
        }
        if (single && (w0.endsWith("-") || w0.indexOf('-') > 0 && Character.isLowerCase(w0.charAt(w0.indexOf('-') + 1)))) {
            return null; // "Dubai-registered", "Chinese- and Russian-made": a modifier, not a mention
        }
        char after = v.charAfter(z);
        String rest = v.after(z, 8);
        boolean based = rest.startsWith("-based");
        if (single && (after == '-' || after == '‑') && !based && rest.length() > 1 && Character.isLowerCase(rest.charAt(1))) {
            return null; // "Cyber-security"
        }
        String surface = v.written(a, z);
        int sentence = v.token(a).sentence();

        // a listed "The X" from a bare X needs its article when X is one word: "Hill said" is a person, not The Hill
        boolean articled = !single || v.sameSentence(a - 1, a) && NameLexicon.lower(v.text(a - 1)).equals("the");
        Optional<GazetteerEntry> gaz = articled ? gazetteer.byName("The " + v.surface(a, z)) : Optional.empty();
        if (gaz.isEmpty() && NameLexicon.lower(w0).equals("the") && !single) {
            gaz = gazetteer.byName(v.surface(a + 1, z));
        }
        if (gaz.isPresent()) {
            return new EntityStep.Candidate(a, z, sentence, surface, gaz.get().type(), 3, gaz.get().id(), null, false, false);
        }

        String prev = v.sameSentence(a - 1, a) ? v.text(a - 1) : "";
        String lprev = NameLexicon.lower(prev);
        String prev2 = v.sameSentence(a - 2, a) ? NameLexicon.lower(v.text(a - 2)) : "";
        String next = v.sameSentence(z + 1, z) ? NameLexicon.lower(v.text(z + 1)) : "";
        String lastWord = NameLexicon.lower(words.get(words.size() - 1));
        // the first word after the name, past a parenthesis: "Test (Dart) spacecraft", "Telecommunications (Security) Act"
        int after1 = z + 1;
        if (next.equals("(")) {
            int close = z + 2;
            while (close < z + 6 && v.sameSentence(close, z) && !v.text(close).equals(")")) {
                close++;
            }
            after1 = v.text(close).equals(")") ? close + 1 : z + 1;
        }
        String nextWord = v.sameSentence(after1, z) ? NameLexicon.lower(v.text(after1)) : "";
        if (lprev.equals("so-called") || lprev.equals("called") && (prev2.equals("-") || prev2.equals("so-") || prev2.equals("so")) || LAW_WORDS.contains(lastWord) && !single
                || LAW_WORDS.contains(nextWord) && v.isCap(after1)) {
            return null; // a term or a law, not a referent: "the so-called Entity List"
        }
        boolean thing = THINGS.contains(nextWord) || isDigitToken(v, z + 1) && THINGS.contains(NameLexicon.lower(v.text(z + 2)))
                || cues.listedThing(a);
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
        if (allCaps && v.isInitial(a)
                && (v.text(z + 1).equals("(") && v.sameSentence(z + 1, z) || WireDateline.opens(v, z))) {
            type = EntityType.PLACE; // dateline: "LONDON (Reuters) -", "TAVILDARA, Tajikistan 1996-08-30"
            strength = 3;
        } else if (!single && NameCues.PLACE_HEADS.contains(lastWord)
                || NameCues.PLACE_NOUNS_AFTER.contains(next) && v.text(z + 1).equals(next) && !v.pos(z + 1).equals("VERB")) {
            type = EntityType.PLACE;
            strength = 3;
        } else if (NameCues.COMPANY_NOUNS_BEFORE.contains(lprev) && prev.equals(lprev) && !NameCues.NON_COMPANY_GROUPS.contains(prev2)
                || lprev.equals("in") && prev2.equals("shares") || next.equals("shares") || next.equals("plc")) {
            type = EntityType.COMPANY; // "toolmakers Naura Technology", "shares in X", "X shares"
            strength = NameCues.TRADES_BEFORE.contains(lprev) ? 2 : 3;
        } else if (titled || prev.equals(lprev) && NameLexicon.PERSON_CUES.contains(lprev)) {
            type = EntityType.PERSON;
            strength = 3;
        } else if (orgKw) {
            type = NameCues.orgSubtype(words);
            strength = 3;
        } else if (lprev.equals("as") && Set.of("known", "called", "named", "dubbed").contains(prev2)) {
            type = NameCues.orgSubtype(words);
            strength = 3;
        } else if (lprev.equals("as") && next.startsWith("report")) {
            type = EntityType.MEDIA_ORGANIZATION;
            strength = 2;
        } else if (words.contains("&")) {
            type = EntityType.COMPANY; // "Douglas & Lomason": no person's name holds "&", a firm's often does
            strength = 2;
        } else if (!single && lexicon.isGivenName(w0)) {
            type = EntityType.PERSON;
            strength = 3;
        } else if (acronym) {
            type = EntityType.ORGANIZATION;
            strength = 2;
        } else if (cues.appositiveTitle(z)) {
            type = EntityType.PERSON;
            strength = 2;
        } else if (!single && NameCues.COMPANY_HEADS.contains(lastWord)) {
            type = EntityType.COMPANY;
            strength = 2;
        } else if (cues.companyPossession(z)) {
            type = EntityType.COMPANY;
            strength = 2;
        } else if ((lprev.equals("at") || lprev.equals("of")) && cues.postBefore(a - 2)) {
            type = NameCues.orgSubtype(words); // "an analyst at Peel Hunt", "chief executive of Prairie Sky Wireless"
            strength = 2;
        } else if (!single && titleCase && (NameLexicon.SAY_VERBS.contains(next) || NameLexicon.SAY_VERBS.contains(lprev))) {
            type = EntityType.PERSON;
            strength = 2;
        } else if (lprev.equals("the") && prev.equals("the")) {
            type = NameCues.orgSubtype(words);
            strength = 2;
        } else if (based) {
            type = EntityType.PLACE;
            strength = 2;
        } else if (NameCues.PLACE_PREPOSITIONS.contains(lprev) && prev.equals(lprev)) {
            type = EntityType.PLACE;
            strength = 1;
        } else if (!single && titleCase && !article && words.size() <= 3) {
            type = EntityType.PERSON;
            strength = 1;
        } else {
            type = NameCues.orgSubtype(words);
            // a lone unknown word with no cue at all is the weakest guess: any cue in another mention outvotes it
            strength = single && type == EntityType.ORGANIZATION && !acronym ? 0 : 1;
        }
        if (type.isOrganization() && next.startsWith("report") && type == EntityType.ORGANIZATION) {
            type = EntityType.MEDIA_ORGANIZATION;
        }
        boolean generic = acronym && INDEFINITE.contains(lprev);
        return new EntityStep.Candidate(a, z, sentence, surface, type, strength, null, null, generic, thing);
    }

    static boolean isDigitToken(TokenView v, int i) {
        String w = v.text(i);
        return !w.isEmpty() && Character.isDigit(w.charAt(0)) && v.sameSentence(i, i - 1);
    }
}

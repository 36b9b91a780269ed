package org.w3id.newsgraph.extract.entities;

import org.w3id.newsgraph.extract.text.TokenView;
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
public final class NameTyper {
    private static final Set<String> INDEFINITE = Set.of("a", "an", "any", "every", "each", "no", "another");
    private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "at", "near", "outside", "across", "around");
    /** The last word of a place's own name: "North Sea", "Cape Canaveral Space Force Station", "Heathrow Airport". */
    private static final Set<String> PLACE_HEADS = Set.of("sea", "ocean", "river", "lake", "bay", "gulf", "strait",
            "channel", "island", "islands", "mountains", "mountain", "valley", "station", "airport", "port", "square",
            "street", "avenue", "road", "bridge", "park", "coast", "peninsula", "desert", "canal", "county", "province",
            "hills", "heights", "harbour", "harbor", "falls", "forest", "base", "spaceport", "cosmodrome");
    /** A common noun right after a name that makes it a place: "the Harrowfield ward", "the Kent village". */
    private static final Set<String> PLACE_NOUNS_AFTER = Set.of("ward", "constituency", "village", "town", "city",
            "district", "county", "borough", "region", "province", "suburb", "neighbourhood", "neighborhood", "parish");
    /** A common noun right before a name that makes it a company: "toolmakers Naura", "the firm X", "rival Y". */
    private static final Set<String> COMPANY_NOUNS_BEFORE = Set.of("company", "companies", "firm", "firms",
            "carrier", "carriers", "operator", "operators", "maker", "makers", "toolmaker", "toolmakers", "chipmaker",
            "chipmakers", "carmaker", "automaker", "manufacturer", "manufacturers", "supplier", "suppliers", "vendor",
            "vendors", "start-up", "startup", "retailer", "retailers", "lender", "lenders", "insurer", "broker",
            "brokerage", "giant", "rival", "rivals", "subsidiary", "conglomerate", "provider", "developer", "airline",
            "miner", "utility", "consultancy", "bank", "group", "fintech", "outfit", "unit", "distributor", "producer");
    /** Words before "group" or "giant" that make the group no company: "campaign group X", "lobby group Y". */
    private static final Set<String> NON_COMPANY_GROUPS = Set.of("campaign", "lobby", "pressure", "advocacy", "rights",
            "trade", "industry", "militant", "rebel", "terrorist", "hacking", "hacker", "activist", "protest",
            "consumer", "parliamentary", "working", "advisory", "think", "civil", "media");
    /** The last word of a multi-word company name: "Naura Technology", "Corvex Automation", "Harbourline Research". */
    private static final Set<String> COMPANY_HEADS = Set.of("technology", "semiconductor", "semiconductors",
            "wireless", "automation", "research", "robotics", "software", "electronics", "solutions", "analytics",
            "pharma", "biotech", "logistics", "consulting", "engineering", "aerospace", "instruments", "devices",
            "materials", "chemicals", "foods", "brands", "resources", "mining", "petroleum", "oil", "power",
            "insurance", "finance", "financial", "securities", "investments", "payments", "studios", "games",
            "entertainment", "digital", "data", "cloud", "microsystems", "dynamics", "motor", "steel",
            "retail", "stores", "airline", "pharmaceutical", "therapeutics", "biosciences", "advisors", "advisers",
            "llp", "lp", "gmbh", "ag", "sa", "nv", "bv", "spa", "kk", "pte", "pty", "limited");
    /** Nouns after a name that make it the name of a product, craft or programme, not of an organisation. */
    static final Set<String> THINGS = Set.of("spacecraft", "probe", "rocket", "rockets", "satellite", "satellites",
            "telescope", "rover", "lander", "orbiter", "chip", "chips", "processor", "processors", "smartphone",
            "smartphones", "handset", "handsets", "phone", "phones", "app", "vaccine", "drug", "missile", "missiles",
            "aircraft", "jet", "jets", "drone", "drones", "servers", "laptop", "console", "model", "models", "engine",
            "car", "cars", "truck", "ship", "submarine", "frigate", "tank", "tanks", "mission");
    /** Words after a name's possessive that make it a company: "X's shares", "X's chief executive". */
    private static final Set<String> COMPANY_POSSESSIONS = Set.of("shares", "shareholders", "stock", "revenue",
            "revenues", "profits", "profit", "customers", "board", "ceo", "chairman", "takeover", "subsidiary",
            "products", "share");
    /** Laws are no organisations: "the Telecommunications (Security) Act 2021", "the Online Safety Bill". */
    private static final Set<String> LAW_WORDS = Set.of("act", "bill");

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
                || listedThing(a);
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
        } else if (!single && PLACE_HEADS.contains(lastWord)
                || PLACE_NOUNS_AFTER.contains(next) && v.text(z + 1).equals(next) && !v.pos(z + 1).equals("VERB")) {
            type = EntityType.PLACE;
            strength = 3;
        } else if (COMPANY_NOUNS_BEFORE.contains(lprev) && prev.equals(lprev) && !NON_COMPANY_GROUPS.contains(prev2)
                || lprev.equals("in") && prev2.equals("shares") || next.equals("shares") || next.equals("plc")) {
            type = EntityType.COMPANY; // "toolmakers Naura Technology", "shares in X", "X shares"
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
        } else if (!single && COMPANY_HEADS.contains(lastWord)) {
            type = EntityType.COMPANY;
            strength = 2;
        } else if (companyPossession(z)) {
            type = EntityType.COMPANY;
            strength = 2;
        } else if ((lprev.equals("at") || lprev.equals("of")) && postBefore(a - 2)) {
            type = orgSubtype(words); // "an analyst at Peel Hunt", "chief executive of Prairie Sky Wireless"
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

    /** "two satellites, Milani and Juventas": a name listed right after a plural product noun. */
    private boolean listedThing(int a) {
        for (int k = a - 1; k >= a - 6 && v.sameSentence(k, a); k--) {
            String w = v.text(k);
            if (THINGS.contains(NameLexicon.lower(w))) {
                return v.text(k + 1).equals(",") || v.text(k + 1).equals(":");
            }
            if (!(w.equals(",") || w.equals("and") || v.isCap(k))) {
                return false;
            }
        }
        return false;
    }

    /** "X's shares", "X's board": a possessive followed by what a company has. */
    private boolean companyPossession(int z) {
        return v.isPossessive(z + 1) && v.sameSentence(z + 1, z)
                && COMPANY_POSSESSIONS.contains(NameLexicon.lower(v.text(z + 2)));
    }

    /** A post shortly before token {@code k} (inclusive): "principal analyst [at]", "director of strategy [at]". */
    private boolean postBefore(int k) {
        for (int i = k; i >= k - 3 && i >= 0 && v.sameSentence(i, k); i--) {
            String lw = NameLexicon.lower(v.text(i));
            if (NameLexicon.PERSON_CUES.contains(lw) || FELLOWS.contains(lw)) {
                return true;
            }
            if (v.text(i).equals(",") || v.pos(i).equals("VERB")) {
                return false;
            }
        }
        return false;
    }

    private static final Set<String> FELLOWS = Set.of("fellow", "researcher", "scientist", "partner", "strategist",
            "adviser", "advisor", "consultant", "lecturer", "engineer", "officer", "chair", "member", "employee",
            "spokesman", "spokeswoman", "spokesperson", "trader", "banker", "vice-president", "head");

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

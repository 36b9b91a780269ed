package org.w3id.newsgraph.extract.entities;

import java.util.List;
import java.util.Set;

import org.w3id.newsgraph.extract.text.TokenView;
import org.w3id.newsgraph.gazetteer.Gazetteer;
import org.w3id.newsgraph.model.EntityType;

/**
 * What the words around a capitalised run say about its type: cue word lists (place heads, company nouns, a
 * company's possessions) and context checks (a post before "at", a title after a comma, an ordinary word at a
 * sentence start, a name listed after a product noun), and an organisation's subtype from its own words.
 */
final class NameCues {
    static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "at", "near", "outside", "across", "around");
    /** The last word of a place's own name: "North Sea", "Cape Canaveral Space Force Station", "Heathrow Airport". */
    static final Set<String> PLACE_HEADS = Set.of("sea", "ocean", "river", "lake", "bay", "gulf", "strait",
            "channel", "island", "islands", "mountains", "mountain", "valley", "station", "airport", "port", "square",
            "street", "avenue", "road", "bridge", "park", "coast", "peninsula", "desert", "canal", "county", "province",
            "hills", "heights", "harbour", "harbor", "falls", "forest", "base", "spaceport", "cosmodrome", "hotel");
    /** Houses whose members sit for a place: "Parliament for Harlow" names a seat, not a body. */
    static final Set<String> LEGISLATURES = Set.of("parliament", "assembly", "senate", "congress", "commons",
            "house", "legislature", "council");
    /** A common noun right after a name that makes it a place: "the Harrowfield ward", "the Kent village". */
    static final Set<String> PLACE_NOUNS_AFTER = Set.of("ward", "constituency", "village", "town", "city",
            "district", "county", "borough", "region", "province", "suburb", "neighbourhood", "neighborhood", "parish");
    /** A common noun right before a name that makes it a company: "toolmakers Naura", "the firm X", "rival Y". */
    static final Set<String> COMPANY_NOUNS_BEFORE = Set.of("company", "companies", "firm", "firms",
            "carrier", "carriers", "operator", "operators", "maker", "makers", "toolmaker", "toolmakers", "chipmaker",
            "chipmakers", "carmaker", "automaker", "manufacturer", "manufacturers", "supplier", "suppliers", "vendor",
            "vendors", "start-up", "startup", "retailer", "retailers", "lender", "lenders", "insurer", "broker",
            "brokerage", "giant", "rival", "rivals", "subsidiary", "conglomerate", "provider", "developer", "airline",
            "miner", "utility", "consultancy", "bank", "group", "fintech", "outfit", "unit", "distributor", "producer");
    /** Of those, the ones that are also a person's trade ("broker Jane Roe"): a medium cue the model may overrule. */
    static final Set<String> TRADES_BEFORE = Set.of("broker", "vendor", "developer", "producer", "rival", "rivals",
            "operator", "miner", "distributor", "supplier", "provider");
    /** Words before "group" or "giant" that make the group no company: "campaign group X", "lobby group Y". */
    static final Set<String> NON_COMPANY_GROUPS = Set.of("campaign", "lobby", "pressure", "advocacy", "rights",
            "trade", "industry", "militant", "rebel", "terrorist", "hacking", "hacker", "activist", "protest",
            "consumer", "parliamentary", "working", "advisory", "think", "civil", "media");
    /** The last word of a multi-word company name: "Naura Technology", "Corvex Automation", "Harbourline Research". */
    static final Set<String> COMPANY_HEADS = Set.of("technology", "semiconductor", "semiconductors",
            "wireless", "automation", "research", "robotics", "software", "electronics", "solutions", "analytics",
            "pharma", "biotech", "logistics", "consulting", "engineering", "aerospace", "instruments", "devices",
            "materials", "chemicals", "foods", "brands", "resources", "mining", "petroleum", "oil", "power",
            "insurance", "finance", "financial", "securities", "investments", "payments", "studios", "games",
            "entertainment", "digital", "data", "cloud", "microsystems", "dynamics", "motor", "steel",
            "retail", "stores", "airline", "pharmaceutical", "therapeutics", "biosciences", "advisors", "advisers",
            "llp", "lp", "gmbh", "ag", "sa", "nv", "bv", "spa", "kk", "pte", "pty", "limited");
    /** Words after a name's possessive that make it a company: "X's shares", "X's chief executive". */
    private static final Set<String> COMPANY_POSSESSIONS = Set.of("shares", "shareholders", "stock", "revenue",
            "revenues", "profits", "profit", "customers", "board", "ceo", "chairman", "takeover", "subsidiary",
            "products", "share");
    private static final Set<String> FELLOWS = Set.of("fellow", "researcher", "scientist", "partner", "strategist",
            "adviser", "advisor", "consultant", "lecturer", "engineer", "officer", "chair", "member", "employee",
            "spokesman", "spokeswoman", "spokesperson", "trader", "banker", "vice-president", "head");

    private final TokenView v;
    private final NameLexicon lexicon;
    private final Gazetteer gazetteer;

    NameCues(TokenView v, NameLexicon lexicon, Gazetteer gazetteer) {
        this.v = v;
        this.lexicon = lexicon;
        this.gazetteer = gazetteer;
    }

    /**
     * "two satellites, Milani and Juventas": a name listed right after a plural product noun; "the aircraft carrier
     * Enterprise", "the frigates Vell and Orsa": a ship's name right after a kind of ship (no organisation is named so;
     * "carrier" alone is also an airline, so only after "aircraft").
     */
    boolean listedThing(int a) {
        if (STORMS.contains(NameLexicon.lower(v.text(a - 1))) && v.sameSentence(a - 1, a)
                || STORMS.contains(NameLexicon.lower(v.text(a))) && v.isCap(a + 1) && v.sameSentence(a, a + 1)) {
            return true; // "Hurricane Sandy", "superstorm Sandy": a storm is no person or place
        }
        for (int k = a - 1; k >= a - 6 && v.sameSentence(k, a); k--) {
            String w = v.text(k);
            if (vessel(k)) {
                return true;
            }
            if (NameTyper.THINGS.contains(NameLexicon.lower(w))) {
                return v.text(k + 1).equals(",") || v.text(k + 1).equals(":");
            }
            if (!(w.equals(",") || w.equals("and") || v.isCap(k))) {
                return false;
            }
        }
        return false;
    }

    /** Kinds of storm, before the storm's given name. Lower case. */
    private static final Set<String> STORMS = Set.of("hurricane", "typhoon", "cyclone", "superstorm");

    private static final Set<String> VESSELS = Set.of("warship", "warships", "frigate", "frigates", "destroyer",
            "destroyers", "battleship", "battleships", "cruiser", "cruisers", "submarine", "submarines", "tanker",
            "tankers", "freighter", "freighters", "trawler", "trawlers", "liner", "liners", "vessel", "vessels");

    /** Token k names a kind of ship, in lower case: "frigate", "aircraft carrier". */
    private boolean vessel(int k) {
        String w = v.text(k);
        if (VESSELS.contains(w)) {
            return true;
        }
        return (w.equals("carrier") || w.equals("carriers")) && k > 0 && v.sameSentence(k - 1, k)
                && NameLexicon.lower(v.text(k - 1)).equals("aircraft");
    }

    /** "X's shares", "X's board": a possessive followed by what a company has. */
    boolean companyPossession(int z) {
        return v.isPossessive(z + 1) && v.sameSentence(z + 1, z)
                && COMPANY_POSSESSIONS.contains(NameLexicon.lower(v.text(z + 2)));
    }

    /** A post shortly before token {@code k} (inclusive): "principal analyst [at]", "director of strategy [at]". */
    boolean postBefore(int k) {
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

    /** A capitalised word at a sentence start that is probably an ordinary word. */
    boolean ordinaryAtStart(int i) {
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
    boolean appositiveTitle(int z) {
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

package org.w3id.newsgraph.extract.entities;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * General English word lists that help tell names from ordinary capitalised words and type them: titles, given
 * names, organisation and media keywords, calendar words, function words. Immutable.
 */
public final class NameLexicon {
    /** Words of a post or honorific; before a name they mark a person, alone they are no name. Lower case. */
    static final Set<String> TITLES = words("president", "vice", "prime", "minister", "chancellor", "ceo", "cfo", "coo",
            "cto", "chief", "executive", "officer", "chairman", "chairwoman", "chairperson", "chair", "director",
            "secretary", "senator", "sen.", "rep.", "representative", "governor", "mayor", "king", "queen", "prince",
            "princess", "pope", "general", "gen.", "colonel", "col.", "captain", "capt.", "lt.", "sergeant", "admiral",
            "dr", "dr.", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "professor", "prof.", "judge", "justice",
            "ambassador", "spokesman", "spokeswoman", "spokesperson", "deputy", "former", "foreign", "defence",
            "defense", "home", "finance", "health", "interior", "premier", "commissioner", "sir", "lord", "lady",
            "dame", "bishop", "archbishop", "reverend", "rev.", "head", "founder", "co-founder", "managing", "senior",
            "editor", "correspondent", "reporter", "analyst", "economist", "lawmaker", "leader", "boss", "manager",
            "chancellor", "attorney", "state", "acting", "interim", "emir", "sheikh", "sultan", "crown", "first",
            "lady", "speaker", "treasurer", "superintendent", "inspector", "detective", "officer", "agent",
            "spokesmen", "mp", "mps", "mep", "meps", "councillor", "councilor", "congressman", "congresswoman",
            "president-elect", "vice-president", "ex-president", "director-general", "secretary-general",
            "prosecutor", "prof", "msp", "msps", "mla", "kc", "qc", "obe", "mbe", "cbe",
            // abbreviated US titles, now that "said Gov. | Jo Lee" is no longer cut into two sentences
            "gov.", "gov", "govs.", "sen", "sens.", "rep", "reps.", "lt", "col", "capt", "maj.", "sgt.", "adm.",
            "cmdr.", "supt.", "gen", "maj", "sgt", "adm", "cmdr",
            // posts that stand before a name as the ones above do ("FAA Administrator Jo Lee", "Fleet Commander")
            "administrator", "commander", "sheriff", "envoy", "coordinator", "comptroller", "publisher");
    /** Words that before a name (lower case, outside the name) mark a person. */
    static final Set<String> PERSON_CUES = words("chairperson", "chairman", "chairwoman", "spokesman", "spokeswoman",
            "spokesperson", "ceo", "executive", "president", "minister", "chancellor", "director", "secretary",
            "senator", "governor", "mayor", "founder", "co-founder", "analyst", "economist", "professor", "dr",
            "dr.", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "boss", "leader", "manager", "editor", "correspondent",
            "reporter", "judge", "lawyer", "attorney", "chief", "head", "officer", "actor", "singer", "author",
            "candidate", "councillor", "broadcaster", "presenter", "coach", "prosecutor", "barrister", "solicitor",
            "campaigner", "researcher", "scientist", "teacher", "headteacher", "student", "resident", "bride",
            "groom", "victim", "witness", "player", "midfielder", "striker", "defender", "goalkeeper", "seed",
            "qualifier", "captain", "winger", "manager", "pensioner", "mother", "father", "widow", "husband",
            "wife", "daughter", "son");
    /** Verbs of saying after a name. */
    static final Set<String> SAY_VERBS = words("said", "says", "told", "tells", "added", "adds", "explained",
            "stated", "noted", "wrote", "argued", "warned", "insisted", "claimed", "asked", "replied", "announced");
    static final Set<String> ORG_KEYWORDS = words("group", "centre", "center", "bureau", "agency", "ltd", "ltd.",
            "inc", "inc.", "corp", "corp.", "corporation", "council", "ministry", "department", "committee",
            "institute", "university", "party", "headquarters", "commission", "authority", "unit", "office",
            "service", "services", "board", "bank", "association", "foundation", "company", "co", "co.", "llc",
            "plc", "holdings", "technologies", "systems", "networks", "airlines", "airways", "telecom",
            "communications", "organisation", "organization", "federation", "union", "league", "society",
            "academy", "college", "school", "court", "parliament", "senate", "congress", "assembly", "police",
            "army", "navy", "force", "forces", "fund", "trust", "alliance", "coalition", "network", "labs",
            "laboratory", "industries", "motors", "media", "news", "times", "post", "journal", "herald",
            "telegraph", "tribune", "gazette", "guardian", "observer", "chronicle", "press", "magazine", "radio",
            "tv", "television", "broadcasting", "cabinet", "administration", "government", "club", "team", "house",
            "reserve", "fed", "nations", "exchange",
            "mobile", "telecommunications", "energy", "pharmaceuticals", "capital", "partners", "ventures",
            "institutes", "departments", "ministries", "agencies", "councils", "committees", "universities",
            "associations", "foundations", "commissions", "authorities", "bureaus", "courts", "centres", "centers");
    static final Set<String> COMPANY_KEYWORDS = words("group", "ltd", "ltd.", "inc", "inc.", "corp", "corp.",
            "corporation", "company", "co", "co.", "llc", "plc", "holdings", "technologies", "systems", "networks",
            "airlines", "airways", "telecom", "industries", "motors", "labs", "mobile", "energy",
            "pharmaceuticals", "partners", "ventures", "capital", "bank");
    static final Set<String> MEDIA_KEYWORDS = words("media", "news", "times", "post", "journal", "herald",
            "telegraph", "tribune", "gazette", "guardian", "observer", "chronicle", "press", "magazine", "radio",
            "tv", "television", "broadcasting", "daily", "weekly", "review", "wire", "today");
    static final Set<String> GOVERNMENT_KEYWORDS = words("government", "national", "federal", "ministry",
            "department", "agency", "bureau", "commission", "council", "parliament", "senate", "congress",
            "intelligence", "security", "defence", "defense", "police", "army", "navy", "cabinet", "treasury",
            "state", "royal", "cyber", "administration", "authority", "office", "court", "headquarters");
    static final Set<String> POLITICAL_KEYWORDS = words("party", "movement", "front", "greens", "democrats",
            "republicans", "socialists", "conservatives", "liberals");
    /** Words after a country name or demonym that make a government body ("US Senate", "UK government"). */
    static final Set<String> INSTITUTIONS = words("government", "senate", "congress", "parliament", "cabinet",
            "treasury", "army", "navy", "embassy", "military", "administration", "house", "foreign office",
            "home office", "supreme court", "air force", "defence ministry", "defense ministry",
            "foreign ministry", "justice department", "state department", "commerce department");
    static final Set<String> CALENDAR = words("monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
            "sunday", "january", "february", "march", "april", "may", "june", "july", "august", "september",
            "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
            "oct", "nov", "dec", "today", "yesterday", "tomorrow", "christmas", "easter");
    /** Function and other ordinary words that are never a name on their own, even capitalised. */
    static final Set<String> STOP = words("the", "a", "an", "this", "that", "these", "those", "it", "its", "i",
            "we", "you", "he", "she", "they", "our", "their", "his", "her", "my", "your", "and", "but", "or", "yet",
            "so", "if", "when", "while", "after", "before", "as", "at", "in", "on", "of", "for", "to", "from",
            "by", "with", "about", "last", "next", "earlier", "later", "meanwhile", "however", "also", "there",
            "here", "what", "which", "who", "whom", "whose", "why", "how", "where", "all", "some", "many", "most",
            "more", "other", "such", "no", "not", "now", "then", "still", "even", "just", "only", "mr", "mrs",
            "ms", "dr", "photo", "video", "image", "read", "watch", "related", "advertisement", "share", "us", "me", "them", "him", "both", "each", "every", "any", "according",
            "despite", "although", "though", "because", "since", "until", "unlike", "like", "among", "amid",
            "under", "over", "during", "following", "including", "editor", "note", "update", "breaking",
            "exclusive", "opinion", "analysis", "chapter", "part", "section",
            "figure", "table", "page", "please", "thanks", "thank", "yes", "oh", "ok", "okay", "well");
    /** Words that continue a name across a lower-case gap when the name is an organisation's. */
    static final Set<String> ORG_CONNECTORS = words("of", "for", "and", "on", "de", "du", "des", "der");
    /** Particles inside personal names. */
    static final Set<String> NAME_PARTICLES = words("de", "da", "di", "van", "von", "der", "den", "al", "bin",
            "ibn", "la", "le", "del", "dos", "du");

    private final Set<String> givenNames;
    private final Set<String> commonWords;

    /** An immutable set of the words; repeats allowed (the lists are easier to keep by theme). */
    private static Set<String> words(String... words) {
        return Set.copyOf(java.util.Arrays.asList(words));
    }

    private NameLexicon(Set<String> givenNames, Set<String> commonWords) {
        this.givenNames = Set.copyOf(givenNames);
        this.commonWords = Set.copyOf(commonWords);
    }

    /** The lexicon with the bundled given-name and common-word lists. */
    public static NameLexicon load() {
        return new NameLexicon(lines("/lexicon/given-names.txt"), lines("/lexicon/common-words.txt"));
    }

    private static Set<String> lines(String resource) {
        try (InputStream in = NameLexicon.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("resource missing: " + resource);
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).collect(Collectors.toSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public boolean isGivenName(String word) {
        return givenNames.contains(word);
    }

    /** An ordinary English word that dictionaries never capitalise ("industry", "lessons"; not "Harris"). */
    public boolean isCommonWord(String word) {
        return commonWords.contains(lower(word));
    }

    public static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }

    static boolean isTitle(String word) {
        return TITLES.contains(lower(word));
    }

    static boolean isCalendar(String word) {
        return CALENDAR.contains(lower(word).replace(".", ""));
    }

    static boolean isStop(String word) {
        return STOP.contains(lower(word));
    }
}

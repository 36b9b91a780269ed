package org.w3id.newsgraph.extract.roles;

import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The lexicon of job titles and posts (general English knowledge, no names), as regular expressions: a title is
 * optional modifiers ("former", "deputy", "acting", "foreign") followed by a head title ("chief executive",
 * "prime minister", "spokesman").
 */
public final class Titles {
    private Titles() {}

    static final List<String> HEADS = List.of("chief executive officer", "chief executive", "chief operating officer",
            "chief financial officer", "chief technology officer", "chief information officer",
            "chief information security officer", "chief security officer", "chief marketing officer",
            "chief scientist", "chief economist", "ceo", "coo", "cfo", "cto", "cio", "ciso", "chairman", "chairwoman",
            "chairperson", "chair", "vice president", "vice-president", "president", "vice chancellor",
            "prime minister", "chancellor", "minister", "secretary of state", "secretary-general",
            "secretary general", "secretary", "spokesman", "spokeswoman", "spokesperson", "managing director",
            "executive director", "director general", "director-general", "director", "head", "chief", "founder",
            "co-founder", "senator", "congressman", "congresswoman", "representative", "governor", "mayor",
            "ambassador", "general counsel", "analyst", "editor", "reporter", "correspondent", "leader", "king",
            "queen", "commissioner", "chief of staff", "general manager", "professor",
            "researcher", "economist", "attorney general", "lawmaker", "mp", "premier", "board member",
            "member of parliament", "fellow", "scientist", "manager", "officer", "lecturer", "judge", "councillor",
            "councilor", "candidate", "superintendent", "inspector", "sergeant", "constable", "msp", "mep", "mla",
            "adviser", "advisor", "strategist", "partner", "dean", "rector", "provost", "coach", "captain",
            "prosecutor", "deputy", "under secretary", "undersecretary", "president-elect", "chief constable");

    static final String MODIFIERS = "former|deputy|acting|interim|senior|outgoing|incoming|then|new|foreign|"
            + "defence|defense|finance|trade|health|interior|home|justice|energy|digital|culture|economy|"
            + "lead|principal|executive|assistant|associate|co|global|group|regional|junior|chief|technology|"
            + "security|research|industry|telecoms|telecommunications|cyber|policy|legal|managing|commerce|treasury|"
            + "transport|education|environment|agriculture|labour|labor|communications|business|science|housing|"
            + "intelligence|immigration|sports|media|news|political|economics|foreign affairs|national|branch|mission|retail|"
            + "maritime|planetary|parliamentary|detective|police|party|local|state|federal|county|city|district|"
            + "non-executive|independent|vice|technical|operations|programme|program|project|investment|"
            + "network|product|sales|marketing|communications|press|public|general|managing|chief|"
            + "administrative|constitutional|regional|area";

    private static final String HEAD_ALT = HEADS.stream().sorted(Comparator.comparingInt(String::length).reversed())
            .map(h -> Pattern.quote(h).replace(" ", "\\E\\s+\\Q"))
            .collect(Collectors.joining("|"));

    /** A title: modifiers then a head title, whole words. */
    static final String TITLE = "(?:(?:" + MODIFIERS + ")[\\s-]+){0,3}(?:" + HEAD_ALT + ")(?![\\p{L}\\p{N}-])";

    /** One title or two joined by "and" ("founder and chief executive"). */
    static final String TITLES = TITLE + "(?:\\s+and\\s+" + TITLE + ")?";

    /** A title ending exactly at the end of the input (for titles written before a name). */
    public static final Pattern TITLE_AT_END = Pattern.compile("(?<![\\p{L}\\p{N}-])(" + TITLES + ")\\s+$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** A title at the start of the input, after an optional determiner or possessive pronoun. */
    public static final Pattern TITLE_AT_START = Pattern.compile("^\\s*(?:(?:the|a|an|its|their|his|her)\\s+)?(" + TITLES + ")",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private static final Pattern GOVERNMENT = Pattern.compile("^(?:(?:former|deputy|acting|interim|then|new|outgoing|"
            + "incoming|junior)[\\s-]+)*(?:(?:[\\p{L}-]+\\s+){0,2}minister(?:\\s+(?:for|of)\\s+.*)?|chancellor|premier|"
            + "president|vice[\\s-]president|(?:home|foreign|defence|defense|commerce|treasury|interior|health|justice|"
            + "energy|trade|transport|education|culture|environment|business|culture|digital)\\s+secretary|"
            + "secretary\\s+of\\s+state.*|attorney\\s+general)$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /**
     * True for the posts of a national government ("Interior Minister", "Chancellor", "Home Secretary"): written
     * without a country, news means the country the story is about.
     */
    static boolean isGovernment(String title) {
        return GOVERNMENT.matcher(title.strip()).matches();
    }

    /**
     * The legislature a member's title implies (general knowledge: an MSP sits in the Scottish Parliament), as
     * the entity names to look for in the article, or an empty list.
     */
    static List<String> legislatureOf(String title) {
        String t = title.strip().toLowerCase(java.util.Locale.ROOT);
        String head = t.substring(t.lastIndexOf(' ') + 1);
        return switch (head) {
            case "msp" -> List.of("Scottish Parliament");
            case "mep" -> List.of("European Parliament");
            case "mla" -> List.of("Northern Ireland Assembly");
            case "mp" -> List.of("House of Commons", "Parliament");
            case "senator" -> List.of("Senate", "United States Senate");
            case "congressman", "congresswoman" -> List.of("United States Congress", "Congress");
            default -> List.of();
        };
    }

    /** True when the whole string is one title. */
    static boolean isTitle(String s) {
        return WHOLE.matcher(s.strip()).matches();
    }

    private static final Pattern WHOLE = Pattern.compile("^" + TITLE + "$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
}

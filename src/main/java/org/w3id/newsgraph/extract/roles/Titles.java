package org.w3id.newsgraph.extract.roles;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;



/**
 * Title phrases as regular expressions built from the title lexicon ({@link TitleLexicon}): a title is up to three
 * modifiers ("former", "deputy", "law") followed by a head title ("chief executive", "prime minister", "striker").
 */
public final class Titles {
    private Titles() {}

    private static final TitleLexicon LEXICON = TitleLexicon.DEFAULT;

    private static final String MODIFIERS = TitleLexicon.alternation(LEXICON.modifiers());
    private static final String HEAD_ALT = TitleLexicon.alternation(LEXICON.heads());

    /** A title: modifiers then a head title, whole words. */
    static final String TITLE = "(?:(?:" + MODIFIERS + ")(?:[\\s-]+|\\s+and\\s+)){0,3}(?:" + HEAD_ALT
            + ")(?![\\p{L}\\p{N}-])";

    /** One title or two joined by "and" ("founder and chief executive"). */
    static final String TITLES = TITLE + "(?:\\s+and\\s+" + TITLE + ")?";

    /** A title ending exactly at the end of the input (for titles written before a name). */
    public static final Pattern TITLE_AT_END = Pattern.compile("(?<![\\p{L}\\p{N}-])(" + TITLES + ")\\s+$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** A title at the start of the input, after an optional determiner or possessive pronoun. */
    public static final Pattern TITLE_AT_START = Pattern.compile("^\\s*(?:(?:the|a|an|its|their|his|her)\\s+)?(" + TITLES + ")",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** A membership noun ("official", "employee", "staff member") with up to three modifiers, whole words. */
    static final String MEMBER = "(?:(?:" + MODIFIERS + "|another|other|longtime|veteran)[\\s-]+){0,3}(?:"
            + TitleLexicon.alternation(LEXICON.members()) + ")(?![\\p{L}\\p{N}-])";

    private static final Pattern GOVERNMENT_MODIFIERS = Pattern.compile(
            "^(?:(?:former|deputy|acting|interim|then|new|outgoing|incoming|junior)[\\s-]+)+");
    /** " for Transport", " of State": where a portfolio starts (the title is cut there, so no ".*" scan). */
    private static final Pattern OF_PORTFOLIO = Pattern.compile("\\s(?:for|of)\\s");
    private static final Pattern MINISTER = Pattern.compile("^(?:[\\p{L}-]+\\s+){0,2}minister$");

    /**
     * True for the posts of a national government ("Interior Minister", "Chancellor", "Home Secretary"): written
     * without a country, news means the country the story is about.
     */
    static boolean isGovernment(String title) {
        String t = title.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        t = GOVERNMENT_MODIFIERS.matcher(t).replaceFirst("");
        if (t.startsWith("secretary of state")) {
            return true;
        }
        Matcher portfolio = OF_PORTFOLIO.matcher(t);
        if (portfolio.find()) {
            t = t.substring(0, portfolio.start());
        }
        return MINISTER.matcher(t).matches() || LEXICON.government().contains(t);
    }

    /** {@link #isGovernment} for other packages: a post of a national government. */
    public static boolean isGovernmentPost(String title) {
        return isGovernment(title);
    }

    /**
     * The legislature a member's title implies (general knowledge: an MSP sits in the Scottish Parliament), as
     * the entity names to look for in the article, or an empty list.
     */
    static List<String> legislatureOf(String title) {
        String t = title.strip().toLowerCase(Locale.ROOT);
        String head = t.substring(t.lastIndexOf(' ') + 1).replace(".", "");
        return LEXICON.legislators().getOrDefault(head, List.of());
    }

    /** True when the whole string is one title. */
    static boolean isTitle(String s) {
        return WHOLE.matcher(s.strip()).matches();
    }

    /** True when the whole string is one membership noun phrase ("a senior official"). */
    static boolean isMember(String s) {
        return WHOLE_MEMBER.matcher(s.strip()).matches();
    }

    private static final Pattern WHOLE = Pattern.compile("^" + TITLE + "$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern WHOLE_MEMBER = Pattern.compile("^(?:(?:a|an|the)\\s+)?" + MEMBER + "$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
}

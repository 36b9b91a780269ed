package org.w3id.newsgraph.extract;

import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The lexicon of job titles and posts (general English knowledge, no names), as regular expressions: a title is
 * optional modifiers ("former", "deputy", "acting", "foreign") followed by a head title ("chief executive",
 * "prime minister", "spokesman").
 */
final class Titles {
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
            "member of parliament");

    static final String MODIFIERS = "former|deputy|acting|interim|senior|outgoing|incoming|then|new|foreign|"
            + "defence|defense|finance|trade|health|interior|home|justice|energy|digital|culture|economy|"
            + "lead|principal|executive|assistant|associate|co|global|group|regional|junior|chief|technology|"
            + "security|research|industry|telecoms|telecommunications|cyber|policy|legal|managing|commerce|treasury|"
            + "transport|education|environment|agriculture|labour|labor|communications|business|science|housing|"
            + "intelligence|immigration|sports|media|news|political|economics|foreign affairs";

    private static final String HEAD_ALT = HEADS.stream().sorted(Comparator.comparingInt(String::length).reversed())
            .map(h -> Pattern.quote(h).replace(" ", "\\E\\s+\\Q"))
            .collect(Collectors.joining("|"));

    /** A title: modifiers then a head title, whole words. */
    static final String TITLE = "(?:(?:" + MODIFIERS + ")[\\s-]+){0,3}(?:" + HEAD_ALT + ")(?![\\p{L}\\p{N}-])";

    /** A title ending exactly at the end of the input (for titles written before a name). */
    static final Pattern TITLE_AT_END = Pattern.compile("(?<![\\p{L}\\p{N}-])(" + TITLE + ")\\s+$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** A title at the start of the input, after an optional determiner or possessive pronoun. */
    static final Pattern TITLE_AT_START = Pattern.compile("^\\s*(?:(?:the|a|an|its|their|his|her)\\s+)?(" + TITLE + ")",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** True when the whole string is one title. */
    static boolean isTitle(String s) {
        return WHOLE.matcher(s.strip()).matches();
    }

    private static final Pattern WHOLE = Pattern.compile("^" + TITLE + "$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
}

package org.w3id.newsgraph.extract.text;

import java.util.regex.Pattern;

/**
 * Lines that open a story's body although they are no prose: a dateline in capitals alone on its line, without a
 * dash ("PASADENA, Calif.", "NIAGARA FALLS, N.Y.", "DAYTON, Ohio (AP)"), and a news service's source line, which
 * holds a document number before the place and the outlet ("LD2504174394 Moscow ITAR-TASS in English 1654 GMT")
 * or the place and the outlet alone ("Moscow PRAVDA").
 * Both name where the story comes from, so they are its text; a headline is neither.
 */
final class LeadLines {
    /** Up to four words in capitals, a comma, a capitalised state or country of up to two words, maybe a credit. */
    private static final Pattern CAPITALS_DATELINE = Pattern.compile(
            "^[A-Z][A-Z.'\\-]++(?: [A-Z][A-Z.'\\-]*+){0,3}, [A-Z][\\p{L}.]*+(?: [A-Z][\\p{L}.]*+)?+(?: \\([A-Z][\\w&.'\\- ]*+\\))?+$");
    /** A document number (letters and digits run together, both present, six or more) and a capitalised word. */
    private static final Pattern SOURCE_NUMBER = Pattern.compile(
            "(?:^|\\s)(?=\\d*+[A-Z])(?=[A-Z]*+\\d)[A-Z0-9]{6,}+\\s++[A-Z]");

    /**
     * A source line without its number: a place in title case, then the outlet in capitals and nothing else
     * ("Moscow PRAVDA", "The Hague ANP", "Sao Paulo O ESTADO DE SAO PAULO"). A headline is in title case or in
     * capitals throughout, not a title-case name followed by capitals only.
     */
    private static final Pattern PLACE_OUTLET = Pattern.compile(
            "^(?:The )?+[A-Z][a-z]++(?:[ -][A-Z][a-z]++){0,2}+(?= .*[A-Z]{2})(?: [A-Z][A-Z0-9'&\\-]*+){1,5}+$");

    private LeadLines() {
    }

    /** Whether the line (white space collapsed), right before the first paragraph, opens the body. */
    static boolean opensBody(String line) {
        return CAPITALS_DATELINE.matcher(line).matches() || SOURCE_NUMBER.matcher(line).find()
                || PLACE_OUTLET.matcher(line).matches();
    }
}

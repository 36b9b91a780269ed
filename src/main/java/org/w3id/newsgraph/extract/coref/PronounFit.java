package org.w3id.newsgraph.extract.coref;

import java.util.Locale;

/** Whether a personal pronoun may stand for a person of a given full name, by the given name's gender. */
public final class PronounFit {
    private PronounFit() {}

    /**
     * Whether "he"/"him"/"his" or "she"/"her" may stand for the person of that full name, by the given name's gender
     * (a name the list does not know may be either); other words may stand for anyone.
     */
    public static boolean mayBe(String pronoun, String personName) {
        Gender g = switch (pronoun.toLowerCase(Locale.ROOT)) {
            case "he", "him", "his" -> Gender.MALE;
            case "she", "her" -> Gender.FEMALE;
            default -> Gender.UNKNOWN;
        };
        int sp = personName.indexOf(' ');
        return g.compatible(GivenNames.gender(sp < 0 ? "" : personName.substring(0, sp)));
    }
}

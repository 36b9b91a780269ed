package org.w3id.newsgraph.extract.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.w3id.newsgraph.extract.text.TokenView;
import org.w3id.newsgraph.model.EntityType;

/**
 * Words glued to a name's edge that are not part of it: a reporting verb capitalised at a headline or sentence
 * start ("Said Jane Roe"), a credit-line word after a byline ("Jane Roe Video"), the place of a school or hospital
 * ("Elm Street School in Lakeview"), and a party adjective before a legislature used as a modifier
 * of a noun ("Democratic Senate candidates" names the Senate, not a "Democratic Senate"), and a weekday after a
 * person's name ("Jane Roe Wednesday said", where the news drops "on": no person's name ends in a weekday, and the
 * days that are names, "Super Tuesday", "Good Friday", are no people), and a count before a name that modifies a
 * plural ("Two Supreme Court justices"; "Three Rivers Bank said" keeps it). Unlisted names only.
 */
final class NameEdges {
    private static final Set<String> REPORTING = Set.of("said", "says", "asked", "asks", "added", "adds", "told",
            "tells", "wrote", "writes", "noted", "notes");
    /** After a person's name only: "Human Rights Watch" and "Acme Video" are names. */
    private static final Set<String> BOILERPLATE = Set.of("video", "videos", "photo", "photos", "image", "images",
            "gallery", "slideshow", "audio");
    static final Set<String> FACILITY_HEADS = Set.of("school", "college", "university", "hospital", "church",
            "library", "museum", "center", "centre", "academy", "prison", "jail", "courthouse", "clinic");
    private static final Set<String> LEGISLATURES = Set.of("senate", "house", "congress", "assembly", "legislature",
            "parliament");
    private static final Set<String> PARTY_ADJECTIVES = Set.of("democratic", "republican");
    private static final Set<String> WEEKDAYS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday");

    /** Counts written as words before a plural ("Two Supreme Court justices"). Lower case; not "one". */
    private static final Set<String> COUNTS = Set.of("two", "three", "four", "five", "six", "seven", "eight", "nine",
            "ten", "eleven", "twelve", "several", "both");

    private final TokenView v;

    NameEdges(TokenView v) {
        this.v = v;
    }

    List<EntityStep.Candidate> trim(List<EntityStep.Candidate> found) {
        List<EntityStep.Candidate> out = new ArrayList<>(found.size());
        for (EntityStep.Candidate c : found) {
            out.add(c.gazetteerId() != null && !partyLegislature(c) ? c : trimmed(c));
        }
        return out;
    }

    private EntityStep.Candidate trimmed(EntityStep.Candidate c) {
        int first = c.first();
        int last = c.last();
        EntityType type = c.type();
        if (last > first && REPORTING.contains(NameLexicon.lower(v.text(first))) && v.isCap(first + 1)) {
            first++;
        }
        if (last > first && COUNTS.contains(NameLexicon.lower(v.text(first))) && v.isCap(first + 1) && pluralAfter(last + 1)) {
            first++; // "Two Supreme Court justices": the count is the noun's, after the name that modifies it
        }
        if (last > first && c.type().isPerson() && BOILERPLATE.contains(NameLexicon.lower(v.text(last))) && v.isCap(last)) {
            last--;
        }
        if (last > first && c.type().isPerson() && WEEKDAYS.contains(NameLexicon.lower(v.text(last)))) {
            last--;
        }
        for (int k = first + 1; k < last; k++) {
            if (v.text(k).equals("in") && FACILITY_HEADS.contains(NameLexicon.lower(v.text(k - 1)))) {
                last = k - 1;
                break;
            }
        }
        if (partyLegislature(c)) {
            first = last = c.last();
            type = EntityType.GOVERNMENT_BODY;
        }
        if (first == c.first() && last == c.last()) {
            return c;
        }
        return new EntityStep.Candidate(first, last, c.sentence(), v.written(first, last), type, c.strength(), null,
                null, false, false);
    }

    /** "Democratic Senate" before "candidates": the adjective and the body both modify the noun. */
    private boolean partyLegislature(EntityStep.Candidate c) {
        return c.last() == c.first() + 1 && adjective(v.text(c.first()))
                && LEGISLATURES.contains(NameLexicon.lower(v.text(c.last()))) && nounAfter(c.last() + 1);
    }

    /** A party's adjective; not a nationality: "Australian Senate inquiry" names Australia's Senate. */
    private boolean adjective(String w) {
        return PARTY_ADJECTIVES.contains(NameLexicon.lower(w));
    }

    /** A lower-case plural noun: "justices", "members". */
    private boolean pluralAfter(int i) {
        String w = v.text(i);
        return i < v.size() && v.sameSentence(i - 1, i) && w.length() > 3 && Character.isLowerCase(w.charAt(0))
                && w.endsWith("s") && Set.of("NOUN", "NNS", "").contains(v.pos(i));
    }

    /** A lower-case noun after the body: "candidates", "majority". */
    private boolean nounAfter(int i) {
        String w = v.text(i);
        return w.length() > 3 && Character.isLowerCase(w.charAt(0))
                && Set.of("NOUN", "NNS", "").contains(v.pos(i));
    }
}

package org.w3id.newsgraph.extract.entities;

import org.w3id.newsgraph.extract.text.TokenView;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.w3id.newsgraph.model.EntityType;

/**
 * Written forms that look like names but never are, dropped or trimmed after the rules and the model have joined.
 * Each rule answers one kind of error of the polnear-train precision sample (docs/QUALITY.md): party-state tags
 * ("Sen. Rand Paul (R-Ky.)"), credit lines with a slash ("Jane Roe/Reuters"), ordinary capitalised words ("TV",
 * "OK"), title abbreviations alone or at a name's edge ("Sen.", "Gov."), names of events, laws and documents typed
 * as organisations ("World War II", "the Patriot Act"), a post kept in front of a person's name ("Senate Majority
 * Whip Jane Roe"), a person's full name typed as a place. Words come from {@code lexicon/not-names.txt}.
 */
final class NotNames {
    /** A party initial, a hyphen and a state's abbreviation ("R-Ky.", "D-Calif.", "R-S.C"). */
    static final Pattern PARTY_STATE = Pattern.compile("[DRI]-[A-Z][A-Za-z.]{0,5}");
    /** A Roman numeral or a number after an event head: "World War II", "World Cup 2014". */
    private static final Pattern ORDINAL = Pattern.compile("[IVX]{1,4}|[0-9]{1,4}");

    private final TokenView v;
    private final NameLexicon lexicon;
    private final NotNameWords words = NotNameWords.BUNDLED;

    NotNames(TokenView v, NameLexicon lexicon) {
        this.v = v;
        this.lexicon = lexicon;
    }

    List<EntityStep.Candidate> drop(List<EntityStep.Candidate> found) {
        List<EntityStep.Candidate> out = new ArrayList<>(found.size());
        for (EntityStep.Candidate c : found) {
            EntityStep.Candidate k = trimmed(c);
            if (k == null || PARTY_STATE.matcher(k.surface()).matches() || credit(k) || handle(k) || ordinaryWord(k)
                    || eventName(k) || courtCase(k) || beforeSportEvent(k)
                    || lawOfFragment(k) || slogan(k)) {
                continue;
            }
            out.add(region(personAfterPost(asPerson(k))));
        }
        return out;
    }

    /**
     * "hats reading Make America Great Again": a title-case phrase opened by a capitalised verb inside a sentence
     * (kept in the name or dropped from it as an ordinary word), with an adjective or adverb after the verb's object,
     * is a slogan or a title, not a name.
     */
    private boolean slogan(EntityStep.Candidate c) {
        int verb = "VERB".equals(v.pos(c.first())) ? c.first() : c.first() - 1;
        if (c.gazetteerId() != null || c.group() != null || c.last() == c.first() || !v.isCap(verb)
                || !"VERB".equals(v.pos(verb)) || !v.sameSentence(verb - 1, verb)) {
            return false;
        }
        for (int k = Math.max(verb + 2, c.first() + 1); k <= c.last(); k++) {
            if (v.isCap(k) && ("ADJ".equals(v.pos(k)) || "ADV".equals(v.pos(k)))) {
                return true;
            }
        }
        return false;
    }

    /** "Jane Roe/Getty Images", "SVP/Acme Insights": a credit line, or two names run together. */
    private boolean credit(EntityStep.Candidate c) {
        return c.surface().indexOf('/') >= 0;
    }

    /**
     * "@JaneRoe42", "@AcmeNews": a social-media handle is an account's name, not a person's or an outlet's as
     * written; the tokeniser may keep the "@" apart, so the character before the name is read.
     */
    private boolean handle(EntityStep.Candidate c) {
        int b = v.token(c.first()).span().begin();
        return c.surface().startsWith("@") || b > 0 && v.fullText().charAt(b - 1) == '@';
    }

    /** "Roe v. Wade", "Acme vs. Brightwave": the parties of a case's name are the case's, not entities. */
    private boolean courtCase(EntityStep.Candidate c) {
        return c.gazetteerId() == null && (versus(c.first() - 1) || versus(c.last() + 1));
    }

    private boolean versus(int i) {
        if (i < 0 || i >= v.size()) {
            return false;
        }
        String w = v.text(i);
        return w.equals("v.") || w.equals("vs.") || w.equals("v") && i + 1 < v.size() && v.text(i + 1).equals(".");
    }

    private boolean ordinaryWord(EntityStep.Candidate c) {
        return c.gazetteerId() == null && words.in("words", c.surface());
    }

    /** A name ending in an event, law or document head: "Sunrise Summit", "Zoning Act" (not "Jane Day"). */
    private boolean eventName(EntityStep.Candidate c) {
        if (c.gazetteerId() != null || c.group() != null || c.type().coarse() == EntityType.PLACE
                || c.type().coarse() == EntityType.PERSON && (c.first() == c.last() || lexicon.isGivenName(v.text(c.first())))) {
            return false; // a person's name may end in such a word ("Doris Day")
        }
        int last = c.last();
        if (last > c.first() && ORDINAL.matcher(v.text(last)).matches()) {
            last--;
        }
        for (int k = c.first(); k < last; k++) {
            if (NameLexicon.ORG_KEYWORDS.contains(NameLexicon.lower(v.text(k))) && connectorAfter(k, last)) {
                return false; // "Board of Elections", "Center for the Constitution"; not "Fed Cup", "Nations Cup"
            }
        }
        String head = v.text(last);
        return titleCased(head) && (words.in("heads", head)
                || words.in("sport-events", head) && !NameCues.COMPANY_HEADS.contains(NameLexicon.lower(head)));
    }

    /** A lower-case word between k and last: "of", "for", "on", after which the organisation's own name goes on. */
    private boolean connectorAfter(int k, int last) {
        for (int j = k + 1; j < last; j++) {
            if (!v.text(j).isEmpty() && Character.isLowerCase(v.text(j).charAt(0))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Freedom" of "the Freedom of Information Act", "Return" of "the Right of Return Resolution": a name cut before
     * "of" or "for" where the capitalised words after it end in a law's or event's head is a piece of that name.
     */
    private boolean lawOfFragment(EntityStep.Candidate c) {
        int k = c.last() + 1;
        if (c.gazetteerId() != null || k >= v.size() || !v.sameSentence(c.last(), k)
                || !v.text(k).equals("of") && !v.text(k).equals("for")) {
            return false;
        }
        int head = -1;
        for (int j = k + 1; j < v.size() && j <= k + 6 && v.sameSentence(k, j); j++) {
            String w = v.text(j);
            if (v.isCap(j)) {
                head = j;
            } else if (!w.equals("the") && !w.equals("and") && !w.equals("of")) {
                break;
            }
        }
        return head > k && titleCased(v.text(head)) && words.in("heads", v.text(head));
    }

    /**
     * "the Hong Kong Open", "the U.S. Open", "the Atlanta Games": a name right before a sports event's head names
     * the event, which is no entity of the graph; the place is not mentioned there.
     */
    private boolean beforeSportEvent(EntityStep.Candidate c) {
        int next = c.last() + 1;
        return next < v.size() && v.sameSentence(c.last(), next)
                && (titleCased(v.text(next)) || v.isAllCaps(next) && v.isAllCaps(c.last())) && words.in("sport-events", v.text(next));
    }

    /** "Act" but not "ACT" (an acronym). */
    private static boolean titleCased(String w) {
        if (w.isEmpty() || !Character.isUpperCase(w.charAt(0))) {
            return false;
        }
        for (int i = 1; i < w.length(); i++) {
            if (Character.isUpperCase(w.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Title abbreviations off the name's edges ("Sen. Jane Roe" to "Jane Roe"); null when nothing is left. */
    private EntityStep.Candidate trimmed(EntityStep.Candidate c) {
        if (c.gazetteerId() != null) {
            return c;
        }
        int first = c.first();
        int last = c.last();
        while (first <= last && (abbreviation(first) || v.text(first).equals("."))) {
            first++;
        }
        while (last >= first && (abbreviation(last) || v.text(last).equals(".") && abbreviation(last - 1)
                || last > first && c.type().coarse() == EntityType.ORGANIZATION && words.in("posts", v.text(last)))) {
            last--; // and a post cut from its holder: "Senate Majority" of "Senate Majority Leader Jane Roe"
        }
        if (first > last || first == last && words.in("name-abbreviations", v.text(first))) {
            return null;
        }
        return first == c.first() && last == c.last() ? c : with(c, first, last, c.type());
    }

    private boolean abbreviation(int i) {
        return i >= 0 && words.in("abbreviations", v.text(i));
    }

    /**
     * "Senate Minority Whip Jane Roe" read as one organisation, "Clark County Sheriff Jane Roe" as one person: a
     * post word, then a given name and a surname, is the person with a title before them.
     */
    private EntityStep.Candidate personAfterPost(EntityStep.Candidate c) {
        if (c.gazetteerId() != null || c.type().coarse() == EntityType.PLACE || c.last() - c.first() < 2) {
            return c;
        }
        for (int p = c.first() + 1; p < c.last(); p++) {
            String before = v.text(p - 1);
            if (lexicon.isGivenName(v.text(p)) && c.last() - p <= 2
                    && (words.in("posts", before) || NameLexicon.isTitle(before))) {
                return with(c, p, c.last(), EntityType.PERSON);
            }
        }
        return c;
    }

    /** A full name with a given name first, typed as a place by the model's vote: a person ("Jane Roe"). */
    private EntityStep.Candidate asPerson(EntityStep.Candidate c) {
        if (c.gazetteerId() != null || c.group() != null || c.type().coarse() != EntityType.PLACE
                || c.last() - c.first() != 1 || !lexicon.isGivenName(v.text(c.first()))
                || words.in("place-heads", v.text(c.last())) || !v.isCap(c.last())) {
            return c;
        }
        return with(c, c.first(), c.last(), EntityType.PERSON);
    }

    /** "the South", "the Midwest": a compass word alone names a region, not an organisation. */
    private EntityStep.Candidate region(EntityStep.Candidate c) {
        if (c.gazetteerId() != null || c.first() != c.last() || c.type().coarse() == EntityType.PLACE
                || !words.in("regions", c.surface())) {
            return c;
        }
        return with(c, c.first(), c.last(), EntityType.REGION);
    }

    private EntityStep.Candidate with(EntityStep.Candidate c, int first, int last, EntityType type) {
        return new EntityStep.Candidate(first, last, c.sentence(), v.written(first, last), type, c.strength(), null,
                c.group(), false, false);
    }
}

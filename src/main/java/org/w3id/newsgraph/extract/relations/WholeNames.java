package org.w3id.newsgraph.extract.relations;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.w3id.newsgraph.extract.entities.MentionIndex;
import org.w3id.newsgraph.extract.entities.SourceLines;
import org.w3id.newsgraph.extract.entities.MentionIndex.Hit;
import org.w3id.newsgraph.extract.roles.Titles;
import org.w3id.newsgraph.model.Entity;
import org.w3id.newsgraph.model.EntityType;

/**
 * Whether a relation's end is a whole name of the body meant: not a generic head alone ("College", "Department"),
 * not a name cut short ("University of New") or glued across words ("Trump its Tree of Life", "RNC Committeeman
 * Jane Doe") or a pronoun with its verb ("I’m"), not a mention that is only part of a longer name in the sentence
 * ("Senate" of "Senate Conservatives Fund"), and not a state body read as the national one ("state Senate",
 * "Wisconsin's Supreme Court") or a state's share of a national one ("Ohio's U.S. Senate seats"). Reads one article; pure.
 */
final class WholeNames {
    /** Heads that name a kind of body, not one body, when they stand alone. */
    private static final Set<String> GENERIC_HEADS = Set.of("college", "university", "department", "committee",
            "institute", "council", "agency", "commission", "board", "bureau", "office", "ministry", "party",
            "center", "centre", "foundation", "association", "union", "group", "company", "corporation", "fund",
            "campaign", "administration", "court", "school", "authority", "network", "firm", "organization",
            "organisation", "coalition", "caucus", "alliance", "club", "society", "institution", "government");
    /** Words a whole name does not end with ("University of New", "Bank of the"). */
    private static final Pattern CUT_END = Pattern.compile("(?i)\\s(?:of|the|and|for|at|in|on|new|de|la|del)$");
    /** Words no name holds inside: a pronoun or a post title ("its", "Committeeman"). */
    private static final Pattern GLUED = Pattern.compile(
            "(?:^|\\s)(?:its|his|her|their|our|my|is|was|are)\\s|\\s(?:Committee|Chair|Spokes|Congress|Council|Alder)"
                    + "(?:man|woman|person)\\s");
    /** A pronoun with its verb, read as a name at a sentence's start ("I’m", "We’re"). */
    private static final Pattern CONTRACTION = Pattern.compile("^(?:I|We|You|He|She|They|It)[’'](?:m|re|s|ve|ll|d)$");
    /** A capitalised word right after a mention: the mention is then the start of a longer name. */
    private static final Pattern NAME_GOES_ON = Pattern.compile("^[ \\u00a0]+\\p{Lu}[\\p{L}’'-]*+(?![.\\p{L}])");
    /**
     * " and Outreach", " and Courier": a capitalised word after "and" that starts no mention of its own goes on with
     * the organisation's name ("Office of Political Strategy and Outreach", "The Post and Courier").
     */
    private static final Pattern AND_GOES_ON = Pattern.compile("^ (?:and|&) (\\p{Lu}[\\p{L}’'-]*+)(?![.\\p{L}])");
    /** A name's last word that is a title's first ("United Steelworkers Political" of "… Political Director"). */
    private static final Pattern ADJECTIVE_END = Pattern.compile("\\s(\\p{Lu}\\p{Ll}+(?:al|ive|ary|ic))$");
    /** "state Senate", "the State Supreme Court": a body of a state. */
    private static final Pattern STATE_BEFORE = Pattern.compile("(?:^|\\s)[Ss]tate(?:[’']s)?\\s+$");
    private static final Pattern POSSESSIVE_GAP = Pattern.compile("^(?:[’']s?)?\\s+$");
    private static final Pattern POSSESSIVE_ONLY = Pattern.compile("^[’']s?+\\s++$");
    /** A national body by its name ("U.S. Senate", "Federal Reserve", "Congress"): no town or state holds it. */
    private static final Pattern NATIONAL = Pattern.compile(
            "^(?:the\\s++)?+(?:(?:U\\.S\\.|US|United\\s++States|Federal)\\s++\\p{Lu}.*+|Congress|Senate|House(?:\\s++of\\s++Representatives)?+)$");

    private final String text;
    private final MentionIndex mentions;

    WholeNames(String text, MentionIndex mentions) {
        this.text = text;
        this.mentions = mentions;
    }

    /** Whether the entity's name is a whole name (judged on the name alone). */
    static boolean wholeName(Entity e) {
        String n = e.name().strip();
        if (n.indexOf(' ') < 0 && GENERIC_HEADS.contains(n.toLowerCase(Locale.ROOT))) {
            return false;
        }
        return !CUT_END.matcher(n).find() && !GLUED.matcher(n).find() && !CONTRACTION.matcher(n).matches()
                && n.indexOf('“') < 0 && n.indexOf('”') < 0;
    }

    /**
     * Whether this mention stands for its entity whole where it is written: not followed by more of a longer name
     * (a title after an organisation, "RNC Chairman", and another mention are no part of it), and not a state's
     * body under the national body's name.
     */
    boolean wholeAt(Hit h) {
        String after = text.substring(h.end(), Math.min(text.length(), h.end() + 40));
        java.util.regex.Matcher m = NAME_GOES_ON.matcher(after);
        if (m.find() && mentions.startingAt(h.end() + m.end() - m.group().strip().length()).isEmpty()
                && !Titles.TITLE_AT_START.matcher(after).lookingAt() && !SourceLines.serviceFollows(after)) {
            return false;
        }
        if (h.type().isOrganization() && (andGoesOn(after, h) || swallowsTitle(h, after))) {
            return false;
        }
        return !stateBody(h);
    }

    private boolean andGoesOn(String after, Hit h) {
        java.util.regex.Matcher m = AND_GOES_ON.matcher(after);
        return m.lookingAt() && mentions.startingAt(h.end() + m.start(1)).isEmpty();
    }

    /** Whether the mention ends in the first word of a title that goes on after it ("Acme Political Director"). */
    private boolean swallowsTitle(Hit h, String after) {
        java.util.regex.Matcher last = ADJECTIVE_END.matcher(h.entity().name());
        if (!last.find() || after.isEmpty() || after.charAt(0) != ' ') {
            return false;
        }
        java.util.regex.Matcher t = Titles.TITLE_AT_START.matcher(last.group(1) + after);
        return t.lookingAt() && t.end() > last.group(1).length() + 1;
    }

    private boolean stateBody(Hit h) {
        if (h.type() != EntityType.GOVERNMENT_BODY) {
            return false;
        }
        String before = text.substring(Math.max(0, h.begin() - 12), h.begin());
        if (STATE_BEFORE.matcher(before).find()) {
            return true;
        }
        for (Hit p : mentions.within(Math.max(0, h.begin() - 40), h.begin())) {
            if (p.type() == EntityType.REGION && POSSESSIVE_GAP.matcher(text.substring(p.end(), h.begin())).matches()
                    && !h.entity().name().contains(p.entity().name())) {
                return true;
            }
            // "New York's U.S. Senate seats": a town's or state's possessive before a national body qualifies what
            // follows (a seat, a delegation), it does not name a body of the town
            if (p.type().isPlace() && p.type() != EntityType.COUNTRY && NATIONAL.matcher(h.entity().name().strip()).matches()
                    && POSSESSIVE_ONLY.matcher(text.substring(p.end(), h.begin())).matches()) {
                return true;
            }
        }
        return false;
    }
}

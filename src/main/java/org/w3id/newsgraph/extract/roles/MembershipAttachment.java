package org.w3id.newsgraph.extract.roles;

import java.util.List;
import java.util.regex.Pattern;

import org.w3id.newsgraph.extract.ArticleView;
import org.w3id.newsgraph.extract.entities.MentionIndex.Hit;
import org.w3id.newsgraph.extract.relations.learned.Candidate;
import org.w3id.newsgraph.extract.relations.learned.PairDecision;
import org.w3id.newsgraph.extract.relations.learned.PairLabel;
import org.w3id.newsgraph.model.Token;

/**
 * Whether a learned membership's organisation belongs to another person of the sentence. A name of an organisation
 * attaches to the nearest person, as its title's owner ("Acme spokesman Jane Roe"), its apposition ("Jane Roe,
 * director of Acme") or its "of" ("Jane Roe of Acme"). When another person stands between the two ("Acme chief
 * John Doe quoted Jane Roe", "Jane Roe trails John Doe, candidate of Acme"), or the organisation owns the title of
 * another person right after it ("businessman Jane Roe and Acme pilot John Doe") or is another person's "of"
 * ("John Doe of Acme"), the pair is a list, someone else's post or someone spoken of: out of fold on CoNLL04's
 * development part 10 of the 11 learned pairs this removed were false (docs/QUALITY.md, branch h-roles8). Pure.
 */
final class MembershipAttachment {
    /** Words between an organisation and the name its title goes with: no comma, colon, bracket or dash. */
    private static final Pattern OWNS_TITLE = Pattern.compile("^[\\p{L}\\p{N}.’'\\-\\s()]*+$");
    /** An acronym in brackets after an organisation's name ("Acme Party (AP) candidate"), left out of the title. */
    private static final Pattern ACRONYM = Pattern.compile("\\([\\p{Lu}\\p{N}.&-]++\\)");
    /** A gap that makes the organisation the "of" of the name before it. */
    private static final Pattern OF_GAP = Pattern.compile("^,?\\s*+(?:of|at|from)\\s++(?:the\\s++)?$");
    /** A possessive name is an owner inside a title ("Rahm Emanuel, Obama's first White House chief of staff"). */
    private static final Pattern POSSESSIVE = Pattern.compile("[’']s?(?![\\p{L}])");
    /** At most this many tokens between an organisation and the name whose title it owns. */
    private static final int TITLE_TOKENS = 4;

    private MembershipAttachment() {
    }

    /**
     * The decisions without the memberships whose organisation belongs to another person of the sentence or
     * is whom the person addresses ({@link MembershipClauses}).
     */
    static List<PairDecision> attached(ArticleView view, List<PairDecision> decisions) {
        return decisions.stream().filter(d -> d.label() != PairLabel.WORK_FOR
                || !MembershipClauses.addressed(view.text(), d.candidate()) && !elsewhere(view.text(), d.candidate(),
                        view.mentions().within(d.candidate().sentence().span().begin(),
                                d.candidate().sentence().span().end()))).toList();
    }

    /**
     * Whether another person's mention (not the candidate person's, not overlapping either end, not a possessive)
     * lies between the two, or right after the organisation as the holder of the title it owns (only a title
     * between, no verb, at most {@value #TITLE_TOKENS} tokens), or right before it with "of"/"at"/"from"
     * between.
     *
     * @param text     the document text
     * @param c        a person–organisation candidate
     * @param sentence the mentions of the candidate's sentence
     */
    static boolean elsewhere(String text, Candidate c, List<Hit> sentence) {
        Hit person = c.first().type().isPerson() ? c.first() : c.second();
        Hit org = person == c.first() ? c.second() : c.first();
        for (Hit h : sentence) {
            if (!h.type().isPerson() || h.key().equals(person.key()) || overlaps(h, org) || overlaps(h, person)
                    || POSSESSIVE.matcher(text).region(h.end(), text.length()).lookingAt()) {
                continue;
            }
            boolean between = h.begin() >= c.first().end() && h.end() <= c.second().begin();
            boolean farSide = person.end() <= org.begin() ? ownsTitleOf(text, c, org, h) : ofOf(text, h, org);
            if (between || farSide) {
                return true;
            }
        }
        return false;
    }

    /** "Acme pilot John Doe", "Acme's chief John Doe": the person right after the organisation, only a title between. */
    private static boolean ownsTitleOf(String text, Candidate c, Hit org, Hit h) {
        if (h.begin() < org.end()) {
            return false;
        }
        String gap = text.substring(org.end(), h.begin());
        String title = ACRONYM.matcher(POSSESSIVE.matcher(gap).replaceFirst("")).replaceAll("").strip();
        if (!OWNS_TITLE.matcher(gap).matches() || !Titles.isTitle(title)) {
            return false;
        }
        int n = 0;
        for (Token t : c.tokens()) {
            if (t.span().begin() >= org.end() && t.span().end() <= h.begin()) {
                if (t.pos().equals("VERB") || t.pos().equals("AUX") || ++n > TITLE_TOKENS) {
                    return false;
                }
            }
        }
        return true;
    }

    /** "John Doe of Acme": the person right before the organisation, "of" between. */
    private static boolean ofOf(String text, Hit h, Hit org) {
        return h.end() <= org.begin() && OF_GAP.matcher(text.substring(h.end(), org.begin())).matches();
    }

    private static boolean overlaps(Hit a, Hit b) {
        return a.begin() < b.end() && b.begin() < a.end();
    }
}

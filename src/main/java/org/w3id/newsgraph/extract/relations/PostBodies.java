package org.w3id.newsgraph.extract.relations;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.w3id.newsgraph.extract.entities.MentionIndex;
import org.w3id.newsgraph.extract.entities.MentionIndex.Hit;
import org.w3id.newsgraph.extract.roles.Titles;
import org.w3id.newsgraph.model.Entity;
import org.w3id.newsgraph.model.EntityType;
import org.w3id.newsgraph.model.Relation;

/**
 * Whether a post's organisation (holdsRoleIn from a role) is the body the post's own words name: a state
 * legislator ("state Sen. Jane Roe") sits in no national chamber; a campaign's post ("Acme campaign spokeswoman") is
 * no post in a party, a chamber or a place; a place employs no one in a trade ("a Leeds lawyer"); and a place is not
 * the body of a post whose words name an organisation ("Ohio state director of Acme", "Acme's president"). Reads one
 * article; pure.
 */
final class PostBodies {
    /** A state legislature's title: the chamber it names is the state's, whatever the role step linked. */
    private static final Pattern STATE_LEGISLATOR = Pattern.compile("(?i)(?:^|\\s)state\\s++(?:sen\\.?|senator|rep\\.?"
            + "|representative|assemblyman|assemblywoman|assemblymember|delegate|del\\.|lawmaker|legislator)(?=\\s|$)");
    /** The national chambers a bare legislator's title is linked to. */
    private static final Pattern NATIONAL_CHAMBER = Pattern.compile(
            "(?i)^(?:the\\s++)?(?:U\\.?S\\.?\\s++|United\\s++States\\s++)?(?:Senate|House(?:\\s++of\\s++Representatives)?|Congress)$");
    /** "campaign" among the last words before the name ("Acme campaign press secretary Jane Roe"). */
    private static final Pattern CAMPAIGN_BEFORE = Pattern.compile(
            "(?i)\\bcampaign\\s++(?:(?!(?:of|for|to|by|with|and|the|in|on|at)\\s)[\\p{L}.-]++\\s++){0,3}$");
    private static final Pattern CAMPAIGN = Pattern.compile("(?i)\\bcampaign\\b");
    /** A trade, not a post: a place before it says where the person works, not who employs them. */
    private static final Set<String> TRADES = Set.of("lawyer", "consultant", "strategist", "activist", "businessman",
            "businesswoman", "developer", "lobbyist", "pollster", "donor", "fundraiser", "operative", "pastor", "writer",
            "author", "journalist", "reporter", "columnist", "blogger", "commentator", "economist", "historian",
            "entrepreneur", "investor", "banker", "doctor", "physician", "publisher", "philanthropist");
    /**
     * "attorney" is a trade ("a Leeds attorney") unless the words make it an office: "U.S. attorney" (a country),
     * "district/state/county/city attorney", "attorney general".
     */
    private static final Pattern ATTORNEY_OFFICE = Pattern.compile(
            "(?i)\\b(?:district|state|county|city|prosecuting|general|U\\.S\\.|federal)\\b");
    /** A legislator's title: a city elects none ("a New York senator" is the state's), nor is it a post in a party. */
    private static final Pattern LEGISLATOR = Pattern.compile("(?i)(?:^|\\s)(?:sen\\.?|senator|rep\\.?|representative"
            + "|congressman|congresswoman|congressmember|assemblyman|assemblywoman|legislator|lawmaker)$");
    /** The possessive right before a prenominal title ("Acme’s president Jane Roe"): the post is the owner's. */
    private static final Pattern POSSESSIVE = Pattern.compile("^[’']s?\\s++");

    private final String text;
    private final MentionIndex mentions;

    PostBodies(String text, MentionIndex mentions) {
        this.text = text;
        this.mentions = mentions;
    }

    /** Whether the holdsRoleIn {@code r} from {@code person} to {@code org} is the body its words name. */
    boolean allows(Relation r, Entity org, List<Hit> personHits) {
        String title = r.cue() == null ? "" : r.cue();
        List<String> before = personHits.stream()
                .map(h -> text.substring(Math.max(r.evidence().begin(), h.begin() - 50), h.begin())).toList();
        if (NATIONAL_CHAMBER.matcher(org.name().strip()).matches() && (STATE_LEGISLATOR.matcher(title).find()
                || before.stream().anyMatch(b -> STATE_LEGISLATOR.matcher(tail(b)).find()))) {
            return false;
        }
        boolean campaign = CAMPAIGN.matcher(title).find() || before.stream().anyMatch(b -> CAMPAIGN_BEFORE.matcher(b).find());
        if (campaign && (org.type() == EntityType.POLITICAL_ORGANIZATION || org.type() == EntityType.GOVERNMENT_BODY
                || org.type().isPlace() || !namedBefore(org, personHits, r))) {
            // a campaign's post is the campaign's: another organisation of the sentence ("Acme campaign chairman
            // Jane Roe told the Daily Star") is one the person speaks to, unless the title's words name it
            return false;
        }
        boolean legislator = LEGISLATOR.matcher(title.strip()).find();
        if (legislator && (org.type() == EntityType.CITY
                || org.type() == EntityType.POLITICAL_ORGANIZATION && partyBeforeTitle(org, personHits, r))) {
            // "a New York senator": the city is the state's namesake; "GOP Rep. Jane Roe": a seat in the chamber
            // held by a party's member, not a post in the party
            return false;
        }
        if (!org.type().isPlace()) {
            return true;
        }
        String head = title.strip().toLowerCase(Locale.ROOT);
        head = head.substring(head.lastIndexOf(' ') + 1);
        boolean trade = TRADES.contains(head) || head.equals("attorney") && org.type() != EntityType.COUNTRY
                && !ATTORNEY_OFFICE.matcher(title).find() && before.stream().noneMatch(b -> ATTORNEY_OFFICE.matcher(tail(b)).find());
        return !trade && !namesOrganisation(title, r) && !owned(personHits, r);
    }

    /** Whether the organisation is named in the title or in the words right before the person ("Acme campaign chair"). */
    private boolean namedBefore(Entity org, List<Hit> personHits, Relation r) {
        if (r.cue() != null && r.cue().contains(org.name())) {
            return true;
        }
        for (Hit p : personHits) {
            for (Hit h : mentions.within(Math.max(r.evidence().begin(), p.begin() - 60), p.begin())) {
                if (h.key().equals(org.key())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether the party is named right before the legislator's title written before the person ("GOP Rep. Roe"). */
    private boolean partyBeforeTitle(Entity party, List<Hit> personHits, Relation r) {
        for (Hit p : personHits) {
            for (Hit h : mentions.within(Math.max(r.evidence().begin(), p.begin() - 40), p.begin())) {
                String gap = text.substring(h.end(), p.begin()).strip();
                if (h.key().equals(party.key()) && !gap.isEmpty() && gap.split("\\s++").length <= 2
                        && LEGISLATOR.matcher(" " + gap).find()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The last twenty characters: the words of a prenominal title only. */
    private static String tail(String before) {
        return before.substring(Math.max(0, before.length() - 20));
    }

    /** Whether the title names an organisation of the sentence ("state director of Acme"). */
    private boolean namesOrganisation(String title, Relation r) {
        for (Hit h : mentions.within(r.evidence().begin(), r.evidence().end())) {
            // a court or an office after "of" places the post ("U.S. attorney for the District of Columbia"); it stays
            if (h.type().isOrganization() && h.type() != EntityType.GOVERNMENT_BODY && title.contains(h.entity().name())) {
                return true;
            }
        }
        return false;
    }

    /** Whether an organisation's possessive stands before the title written before the person ("Acme's president"). */
    private boolean owned(List<Hit> personHits, Relation r) {
        for (Hit p : personHits) {
            for (Hit h : mentions.within(Math.max(r.evidence().begin(), p.begin() - 60), p.begin())) {
                String gap = text.substring(h.end(), p.begin());
                java.util.regex.Matcher own = POSSESSIVE.matcher(gap);
                if (h.type().isOrganization() && own.lookingAt()) {
                    java.util.regex.Matcher title = Titles.TITLE_AT_END.matcher(gap.substring(own.end()));
                    if (title.find() && title.start() == 0) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}

package org.w3id.newsgraph.extract.entities;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.w3id.newsgraph.extract.text.TokenView;
import org.w3id.newsgraph.model.EntityType;

/**
 * Listed places (not countries) that name a club in a sports story, read mention by mention. A town is a club
 * where the model reads most of its mentions as an organisation and one of them stands beside a score or a table
 * figure ("Leicestershire 22 points", "Leicester beat Somerset 2-1"); once one club is seen so, or the words say
 * sport ({@link SportsStory}), every listed place the model reads as an organisation is a club too ("as Surrey
 * closed on 429"). In such a story the place itself is still named where the words say so: after "at" or "in"
 * ("CHICAGO AT TORONTO", a fixture list's venue; "In Milwaukee, X homered") and in a dateline ("NEW YORK
 * 1996-08-30"); and a table row or score line ("TORONTO 63 71 .470", "KANSAS CITY AT DETROIT") names the club
 * even where the town's other mentions outvote it.
 */
final class ClubMentions {
    /** Words between two sides of a match: "Kent v Essex", "Leeds beat Hull". */
    private static final Set<String> MATCH_WORDS = Set.of("v", "vs", "vs.", "beat", "beats");
    /** Words before a venue or a town: "at Lord's", "in Milwaukee". Lower case. */
    private static final Set<String> VENUE_WORDS = Set.of("at", "in");
    /** A dateline's date, or its first token: "1996-08-30", "2001-05-" of "2001-05-02". */
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d\\d-(\\d\\d)?+");
    /** A dateline's words after the town: ", France" or ", N.Y." and the date. */
    private static final int DATELINE_WORDS = 6;

    private final TokenView v;
    private final Set<String> voted;
    private final Map<String, EntityStep.Candidate> towns;
    private final boolean sports;
    private final Map<String, double[]> votes;

    private ClubMentions(TokenView v, Set<String> voted, Map<String, EntityStep.Candidate> towns, boolean sports,
            Map<String, double[]> votes) {
        this.v = v;
        this.votes = votes;
        this.voted = voted;
        this.towns = towns;
        this.sports = sports;
    }

    static ClubMentions of(TokenView v, List<EntityStep.Candidate> rules, Map<String, double[]> votes) {
        Set<String> voted = new HashSet<>();
        Map<String, EntityStep.Candidate> towns = new HashMap<>();
        boolean seen = false;
        for (EntityStep.Candidate c : rules) {
            if (!listedTown(c)) {
                continue;
            }
            String k = ModelNameJoin.key(v, c.first(), c.last());
            towns.putIfAbsent(k, c);
            double[] vote = votes.get(k);
            if (vote != null && vote[1] > vote[0] + vote[2]) {
                voted.add(k);
                seen |= besideNumber(v, c);
            }
        }
        return new ClubMentions(v, voted, towns, seen || !voted.isEmpty() && SportsStory.is(v), votes);
    }

    /**
     * The candidate as the club where this mention names one, as the listed town where the words name the place
     * (a mention the model found keeps no gazetteer entry, and would join the club's name), else as it is.
     */
    EntityStep.Candidate read(EntityStep.Candidate c) {
        EntityStep.Candidate town = towns.get(ModelNameJoin.key(v, c.first(), c.last()));
        if (sports && town == null && unlistedPlaceClub(c)) {
            return new EntityStep.Candidate(c.first(), c.last(), c.sentence(), c.surface(), EntityType.ORGANIZATION, 3,
                    null, null, false, false);
        }
        if (!sports || town == null || c.generic() || c.thing() || c.type().isPerson()) {
            return c;
        }
        if (place(c)) {
            return new EntityStep.Candidate(c.first(), c.last(), c.sentence(), c.surface(), town.type(),
                    Math.max(c.strength(), town.strength()), town.gazetteerId(), null, false, false);
        }
        boolean club = voted.contains(ModelNameJoin.key(v, c.first(), c.last())) || tableSide(c);
        return club ? new EntityStep.Candidate(c.first(), c.last(), c.sentence(), c.surface(),
                EntityType.ORGANIZATION, 3, null, null, false, false) : c;
    }

    /**
     * An unlisted place name ("Notts County", typed by its head word) that the model reads as an organisation over
     * the article, on a table row or a score line of a sports story: the club.
     */
    private boolean unlistedPlaceClub(EntityStep.Candidate c) {
        return c.gazetteerId() == null && c.group() == null && c.type().isPlace() && !c.generic()
                && organisationVote(ModelNameJoin.key(v, c.first(), c.last())) && tableSide(c);
    }

    private boolean organisationVote(String key) {
        double[] vote = votes.get(key);
        return vote != null && vote[1] > vote[0] + vote[2];
    }

    /** After "at" or "in", or a dateline's town: the place, whatever the club is called. */
    private boolean place(EntityStep.Candidate c) {
        if (VENUE_WORDS.contains(NameLexicon.lower(v.text(c.first() - 1))) && v.sameSentence(c.first() - 1, c.first())) {
            return true;
        }
        return DatelineTowns.startsLine(v, c.first()) && dateline(c);
    }

    /** A dateline: the line that the name opens ends within a few words in a date ("NICE, France 1996-08-30"). */
    private boolean dateline(EntityStep.Candidate c) {
        for (int k = c.last() + 1; k < v.size() && k <= c.last() + DATELINE_WORDS && !DatelineTowns.startsLine(v, k); k++) {
            if (DATE.matcher(v.text(k)).matches()) {
                return true;
            }
        }
        return false;
    }

    /**
     * A table row's or a fixture's first side (the name opens its line and a figure or "at" and a name follow it),
     * or a score line's side between two figures ("Montrose 2 Ross County 1"). Not a year before a town ("the 1996
     * Atlanta Games").
     */
    private boolean tableSide(EntityStep.Candidate c) {
        return tableSide(v, c.first(), c.last());
    }

    static boolean tableSide(TokenView v, int first, int last) {
        boolean after = NameTyper.isDigitToken(v, last + 1);
        return DatelineTowns.startsLine(v, first) && (after
                || VENUE_WORDS.contains(NameLexicon.lower(v.text(last + 1))) && v.isCap(last + 2))
                || after && NameTyper.isDigitToken(v, first - 1);
    }

    /** A listed place that can name a club: not a country, not an adjective. */
    private static boolean listedTown(EntityStep.Candidate c) {
        return c.gazetteerId() != null && c.type().isPlace() && c.type() != EntityType.COUNTRY && !c.generic();
    }

    /**
     * A number right before or after the name, a score line or a table row ("Leicester 22 points"), or a match
     * word ("Leicester v Kent", "Leicester beat Kent").
     */
    private static boolean besideNumber(TokenView v, EntityStep.Candidate c) {
        return NameTyper.isDigitToken(v, c.last() + 1) || c.first() > 0 && NameTyper.isDigitToken(v, c.first() - 1)
                || MATCH_WORDS.contains(v.text(c.first() - 1)) || MATCH_WORDS.contains(v.text(c.last() + 1));
    }
}

package org.w3id.newsgraph.extract.events;

import java.util.Locale;
import java.util.regex.Pattern;

import org.w3id.newsgraph.model.Span;

/**
 * Trigger words used in a sense that names no event of their type, by the words around them in the clause:
 * "met" for becoming acquainted or running into someone ("before she met Lee", "first met", "have met over the
 * years"), "talks" for speeches ("delivered their talks"), "blocked" for stopping a bill or a vote in a legislature
 * (a procedural defeat, not a ban), "ruled out", "elected" as an adjective ("elected office"), and a trigger noun that only
 * modifies another ("election bout", "announcement speech"). Pure functions.
 */
final class OtherSense {
    /** "Before she met Lee", "since they met": the first acquaintance, told as a time. */
    private static final Pattern MET_AS_TIME = Pattern.compile("(?i)\\b(?:before|since|until|after|when)\\s+"
            + "(?:[\\p{L}’'.-]++\\s+){1,3}+(?:first\\s+)?$");
    private static final Pattern FIRST = Pattern.compile("(?i)\\bfirst\\s+$");
    /** After "met": habitual or first encounters, not one meeting. */
    private static final Pattern MET_HABIT = Pattern.compile("(?i)^(?:\\s+[^\\s,;]++){0,8}?\\s+(?:over\\s+the\\s+years"
            + "|for\\s+the\\s+first\\s+time|on\\s+(?:more\\s+than\\s+one|several|many|numerous)\\s+occasions?"
            + "|many\\s+times|several\\s+times|a\\s+few\\s+times|a\\s+number\\s+of\\s+times|occasionally)\\b");
    private static final Pattern WITH_AFTER = Pattern.compile("(?i)^(?:\\s+\\S+){0,3}?\\s+with\\b");
    /** "delivered their talks": speeches. */
    private static final Pattern TALKS_GIVEN = Pattern.compile("(?i)\\b(?:deliver(?:s|ed|ing)?|give|gives|gave"
            + "|given|giving|paid|speaking|public)\\s+(?:\\S+\\s+)?$");
    /** What a legislature blocks: a procedural defeat, not a prohibition. */
    private static final Pattern BLOCKED_PROCEDURE = Pattern.compile("(?i)^(?:\\s+[^\\s,;.]++){0,6}?\\s+(?:bills?"
            + "|measures?|legislation|package|amendments?|nominations?|nominees?|votes?|efforts?|funding|payments?"
            + "|proposals?|resolutions?|protections?|appointments?|confirmations?|laws?|rules?|reforms?"
            + "|appropriations?)\\b");
    /** Nouns that "elected" modifies as an adjective. */
    private static final Pattern ELECTED_ADJECTIVE = Pattern.compile("(?i)^\\s+(?:office|offices|leaders?"
            + "|representatives?|members?|bodies|body|positions?|posts?|seats?|politicians?)\\b");
    private static final Pattern OUT = Pattern.compile("^\\s+out\\b");
    /** Heads after a trigger noun that make it a modifier, for the nouns only (a verb may have these as object). */
    private static final Pattern NOUN_MODIFIES = Pattern.compile("(?i)^[\\s-]+(?:bout|bouts|matchup|showdown"
            + "|battle|fight|race|match|message|messages|platform|agenda|theme|mode|speech|speeches|video|tour"
            + "|party|parties|tally|tallies|calendar|schedule|date|dates|forecast|forecasts|model|models|pundits?"
            + "|analysts?|experts?|watchers?|history|hacking|hack|hacks|meddling|rigging|cheating)\\b");

    private OtherSense() {}

    /** True when the trigger is used in another sense than its event type's. */
    static boolean applies(String text, Span clause, Span trigger) {
        String word = trigger.of(text).toLowerCase(Locale.ROOT);
        String before = text.substring(clause.begin(), trigger.begin());
        String after = text.substring(trigger.end(), clause.end());
        return switch (word) {
            case "met" -> FIRST.matcher(before).find() || MET_HABIT.matcher(after).find()
                    || MET_AS_TIME.matcher(before).find() && !WITH_AFTER.matcher(after).find();
            case "talks" -> TALKS_GIVEN.matcher(before).find();
            case "block", "blocked", "blocking", "blocks" -> BLOCKED_PROCEDURE.matcher(after).find();
            case "ruled" -> OUT.matcher(after).find(); // "ruled out": excluded, not decided by a court
            case "elected", "re-elected" -> ELECTED_ADJECTIVE.matcher(after).find();
            case "election", "announcement", "meeting", "hearing", "deal", "agreement", "referendum", "statement",
                    "summit" -> NOUN_MODIFIES.matcher(after).find();
            default -> false;
        };
    }
}

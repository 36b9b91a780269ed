package org.w3id.newsgraph.extract.events;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.w3id.newsgraph.model.Span;

/**
 * Whether a trigger word states an event that happened, and the clause it happens in. Not asserted: a trigger
 * inside a name ("Federal Election Commission"), a plural that speaks of events in general ("trade deals",
 * "elections"), a noun that only modifies another ("election law", "meeting room"), an event that is wished for,
 * proposed, conditional or still to come ("would ban", "called for a hearing", "if elected"), or one asked about.
 * The modal words are matched in lower case, so that "Theresa May" is no "may".
 * The graph keeps facts, so such triggers give no event rather than a marked one. Pure functions.
 */
public final class EventSense {
    /** Plural triggers, generic unless a number or "the" picks them out ("the talks" is one event: not listed). */
    private static final Set<String> GENERIC_PLURALS = Set.of("meetings", "deals", "agreements", "contracts",
            "acquisitions", "mergers", "bans", "restrictions", "hearings", "statements", "elections");
    /** Heads a trigger noun modifies ("election law"): then the trigger names a kind of thing, not an event. */
    private static final Set<String> MODIFIED_HEADS = Set.of("law", "laws", "official", "officials", "campaign",
            "campaigns", "year", "years", "day", "night", "cycle", "season", "result", "results", "fraud", "board",
            "boards", "commission", "process", "system", "systems", "security", "interference", "rules", "code",
            "worker", "workers", "room", "rooms", "maker", "makers", "terms", "returns", "map", "officer", "officers",
            "observers", "monitors", "integrity", "reform", "reforms", "spending", "strategy", "promises", "promise",
            "talk", "coverage", "news", "victory", "loss", "defeat", "contest", "contests", "cycles", "gear", "lawyer",
            "lawyers", "attorney", "attorneys", "statistics", "statistic", "press", "event", "events", "opponent",
            "opponents", "candidate", "candidates", "rally", "rallies", "team", "staff", "ad", "ads");
    /** "met the criteria": meeting a standard, not people. */
    private static final Pattern MET_STANDARD = Pattern.compile("^\\s+(?:(?:the|its|his|her|their|all|every|this|that"
            + "|these|those|our)\\s+)?(?:\\S+\\s+)?(?:criteria|criterion|requirements?|standards?|thresholds?|goals?"
            + "|deadlines?|expectations|demands?|needs|definition|qualifications|conditions|tests?|bar|targets?"
            + "|quotas?|obligations|challenges?|fate|end|death)\\b");
    /** What puts a trigger in the unreal: wishes, proposals, conditions, the future (within the clause before it). */
    private static final Pattern UNREAL = Pattern.compile("\\b(?:would|could|might|may|should|will|shall|[Ii]f"
            + "|[Uu]nless|[Ww]hether|wants?|wanted|wanting|demand(?:s|ed|ing)?|request(?:s|ed|ing)?|plans?\\s+to|planned\\s+to|planning\\s+to|propos(?:e|es|ed"
            + "|ing|al)|calls?\\s+for|called\\s+for|calling\\s+for|urg(?:e|es|ed|ing)|seeks?\\s+to|sought\\s+to"
            + "|hopes?\\s+to|hoping\\s+to|threaten(?:s|ed)?\\s+to|vow(?:s|ed)?\\s+to|promis(?:e|es|ed)\\s+to"
            + "|pledg(?:e|es|ed)\\s+to|expected\\s+to|set\\s+to|potential|possible|postpon\\w+|delay(?:s|ed|ing)?"
            + "|encourag(?:e|es|ed|ing)(?:\\s+\\S+){0,3}?\\s+to|ask(?:s|ed|ing)?(?:\\s+\\S+){0,3}?\\s+to|call(?:s|ed|ing)?\\s+on"
            + "|tr(?:y|ies|ied|ying)\\s+to|attempt(?:s|ed|ing)?\\s+to"
            // only a readiness ("willing to meet"), or ruled out
            + "|rul(?:e|es|ed|ing)\\s+out|willing(?:ness)?\\s+to|ready\\s+to|open\\s+to"
            + "|prepared\\s+to|offer(?:s|ed|ing)?\\s+to|need(?:s|ed)?\\s+to|yet\\s+to)\\b|['’](?:ll|d)\\b");
    /**
     * Denied or played down: the denial a few words before the trigger ("denying Lee a hearing") or its "that"
     * clause ("played down the idea that he had struck a deal"), not a denial of something else joined by "and".
     */
    private static final Pattern DENIED = Pattern.compile("\\b(?:den(?:y|ies|ied|ying)|dismiss(?:es|ed|ing)"
            + "|play(?:s|ed|ing)?\\s+down|downplay(?:s|ed|ing)?|disput(?:e|es|ed|ing))\\b(?:(?:\\s++[^\\s,;]++){0,4}+"
            + "\\s*+$|(?:(?!\\band\\b)[^;]){0,80}?\\bthat\\b)");
    /** After the trigger: not done yet ("the agreement still needs to be hammered out", "has yet to be signed"). */
    private static final Pattern UNFINISHED = Pattern.compile("^(?:\\s+\\S+){0,8}?\\s+(?:still\\s+)?(?:needs?|has\\s+yet"
            + "|have\\s+yet|remains?|is\\s+yet|are\\s+yet)\\s+to\\s+be\\b");
    /** After the trigger: the event was put off ("the vote was postponed"). */
    private static final Pattern PUT_OFF = Pattern.compile("^(?:\\s+\\S+){0,8}?\\s+(?:was|were|has\\s+been|had\\s+been"
            + "|is|been)\\s+(?:\\S+\\s+)?(?:postponed|delayed|put\\s+off|pushed\\s+back)\\b");
    /** "Lee talks about taxes": "talks" as a verb of speaking, not negotiations. */
    private static final Pattern TALKS_ABOUT = Pattern.compile("^\\s+about\\b");
    /** Where a clause ends: punctuation that parts clauses, and conjunctions that start a new one. */
    private static final Pattern CLAUSE_BREAK = Pattern.compile(
            "[;:]|\\s[—–]\\s|\\s--\\s|,\\s+(?:but|while|although|though|whereas|because)\\b"
                    + "|\\s(?:but|while|although|whereas)\\s");
    private static final Pattern WORD_AFTER = Pattern.compile("^[\\s-]+([\\p{L}]+)");

    private EventSense() {}

    /** The clause of {@code sentence} that holds {@code trigger}. */
    public static Span clause(String text, Span sentence, Span trigger) {
        int begin = sentence.begin();
        int end = sentence.end();
        Matcher m = CLAUSE_BREAK.matcher(text).region(sentence.begin(), sentence.end());
        while (m.find()) {
            if (m.end() <= trigger.begin()) {
                begin = m.end();
            } else if (m.start() >= trigger.end()) {
                end = m.start();
                break;
            }
        }
        return new Span(begin, end);
    }

    /** True when the trigger states an event of its clause as a fact. */
    static boolean asserted(String text, Span sentence, Span clause, Span trigger) {
        String word = trigger.of(text);
        String lower = word.toLowerCase(Locale.ROOT);
        if (Character.isUpperCase(word.charAt(0)) && !startsClause(text, sentence, trigger)) {
            return false; // inside a name
        }
        if (GENERIC_PLURALS.contains(lower) && !pickedOut(text, clause, trigger)) {
            return false;
        }
        Matcher next = WORD_AFTER.matcher(text.substring(trigger.end(), clause.end()));
        if (next.find() && MODIFIED_HEADS.contains(next.group(1))) {
            return false;
        }
        if (UNREAL.matcher(text.substring(clause.begin(), trigger.begin())).find()
                || DENIED.matcher(text.substring(clause.begin(), trigger.begin())).find()
                || PUT_OFF.matcher(text.substring(trigger.end(), clause.end())).find()
                || UNFINISHED.matcher(text.substring(trigger.end(), clause.end())).find()) {
            return false;
        }
        if (OtherSense.applies(text, clause, trigger)) {
            return false;
        }
        if (lower.startsWith("me") && MET_STANDARD.matcher(text.substring(trigger.end(), clause.end())).find()) {
            return false;
        }
        if (lower.equals("talks") && TALKS_ABOUT.matcher(text.substring(trigger.end(), clause.end())).find()
                && !text.substring(clause.begin(), trigger.begin()).matches("(?is).*\\bthe\\s+(?:\\S+\\s+)?$")) {
            return false;
        }
        return !text.substring(trigger.end(), sentence.end()).stripTrailing().endsWith("?");
    }

    private static boolean startsClause(String text, Span sentence, Span trigger) {
        String before = text.substring(sentence.begin(), trigger.begin()).strip();
        return before.isEmpty() || before.endsWith("\"") || before.endsWith("“") || before.endsWith(":");
    }

    /** "the two meetings", "three elections": a plural that counts or points at particular events. */
    private static boolean pickedOut(String text, Span clause, Span trigger) {
        String before = text.substring(clause.begin(), trigger.begin()).toLowerCase(Locale.ROOT);
        return before.matches("(?s).*\\b(?:the|these|those|both|two|three|four|five|\\d+)\\s+(?:\\S+\\s+)?$");
    }
}

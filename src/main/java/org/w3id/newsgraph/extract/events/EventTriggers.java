package org.w3id.newsgraph.extract.events;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.w3id.newsgraph.extract.relations.CueTriggers;
import org.w3id.newsgraph.model.EventType;

/** The trigger words of each event type, as whole words (case-insensitive). An immutable table. */
public final class EventTriggers {
    /** In the order tried; each type's first unnegated trigger in a sentence makes one event. */
    static final Map<EventType, Pattern> TRIGGERS;
    /** The triggers' word stems, in the order of {@link #TRIGGERS}: one pass tells which types a sentence may hold. */
    static final CueTriggers STEMS;

    static {
        Map<EventType, Pattern> t = new LinkedHashMap<>();
        t.put(EventType.MEETING, words("meeting|meetings|met|talks|summit"));
        t.put(EventType.DEAL, words("deal|deals|agreement|agreements|contract|contracts|procurement|acquisition"
                + "|acquisitions|acquired|takeover|merger|mergers"));
        t.put(EventType.BAN, words("ban|bans|banned|banning|block|blocked|blocking|blocks|restrict|restricts"
                + "|restricted|restricting|restrictions|blacklist|blacklisted|blacklisting"));
        t.put(EventType.HEARING, words("hearing|hearings|testified|testify|testifies|committee session"));
        t.put(EventType.STATEMENT, words("statement|statements|announced|announces|announcement|letter"));
        t.put(EventType.COURT_RULING, words("verdict|ruled|sentenced|convicted|acquitted"));
        t.put(EventType.ELECTION, words("election|elections|elected|re-elected|referendum"));
        TRIGGERS = java.util.Collections.unmodifiableMap(t);
        STEMS = new CueTriggers(List.copyOf(t.values()));
    }

    /** Words shortly before a trigger that deny it ("rather than blocking", "did not sign a new deal"). */
    static final Pattern NEGATED = Pattern.compile(
            "(?i)(?:\\b(?:not|no|never|without|rather than|instead of)|n[’']t)\\s++(?:[^\\s,;:]++\\s++){0,3}+$");

    private EventTriggers() {}

    private static Pattern words(String alternatives) {
        return Pattern.compile(CueTriggers.WORD_START + "(?:" + alternatives + ")(?![\\p{L}-])", Pattern.CASE_INSENSITIVE);
    }
}

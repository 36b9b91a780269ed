package org.w3id.newsgraph.extract.relations;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.w3id.newsgraph.extract.entities.MentionIndex;
import org.w3id.newsgraph.extract.entities.MentionIndex.Hit;
import org.w3id.newsgraph.model.Relation;
import org.w3id.newsgraph.model.RelationType;
import org.w3id.newsgraph.model.Sentence;

/**
 * Where a person lives or comes from, written as the news writes it beside the name: "Jane Roe, of Leeds,", "Jane
 * Roe, 78, from Leeds", "Roe, the world No 3 from Spain", "Australia's Jane Roe". The relation is
 * {@code comesFrom}, never {@code basedIn}, which is an organisation's seat. Pure.
 */
final class Origins {
    /** ", of Leeds", ", 78, from Leeds", ", the world No 3 from Spain" before the place. */
    private static final Pattern ORIGIN_GAP = Pattern.compile(
            "^,\\s+(?:\\d{1,3},\\s+)?(?:(the\\s+[^,;:.()“”\"]{0,30}?)\\s+)?(?:of|from)\\s+$");
    /** "Australia's Jane Roe": only the possessive between the place and the person. */
    private static final Pattern POSSESSIVE_GAP = Pattern.compile("^[’']s\\s+$");

    private final String text;
    private final MentionIndex mentions;

    Origins(String text, MentionIndex mentions) {
        this.text = text;
        this.mentions = mentions;
    }

    void find(Sentence s, Map<String, Relation> found) {
        List<Hit> hits = mentions.within(s.span().begin(), s.span().end());
        for (int i = 0; i + 1 < hits.size(); i++) {
            Hit a = hits.get(i);
            Hit b = hits.get(i + 1);
            if (b.begin() < a.end()) {
                continue;
            }
            String gap = text.substring(a.end(), b.begin());
            if (a.type().isPlace() && b.type().isPerson() && POSSESSIVE_GAP.matcher(gap).matches()) {
                RelationFinder.add(found, b.entity(), RelationType.COMES_FROM, a.entity(),
                        text.substring(a.begin(), b.begin()).strip(), s);
            } else if (a.type().isPerson() && b.type().isPlace()) {
                Matcher m = ORIGIN_GAP.matcher(gap);
                if (m.matches() && !hasClauseWord(m.group(1))) {
                    RelationFinder.add(found, a.entity(), RelationType.COMES_FROM, b.entity(),
                            text.substring(a.end(), b.end()).strip(), s);
                }
            }
        }
    }

    /** "the man who fled from Spain": a description with a verb or a clause word is no origin. */
    private static boolean hasClauseWord(String words) {
        if (words == null) {
            return false;
        }
        for (String w : words.strip().split("\\s+")) {
            String lw = w.toLowerCase(Locale.ROOT);
            if (NearbyMentions.CLAUSE_WORDS.contains(lw) || lw.endsWith("ing") || lw.endsWith("ed") || lw.equals("and")) {
                return true;
            }
        }
        return false;
    }
}

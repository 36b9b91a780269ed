package org.w3id.newsgraph.extract;

import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import org.w3id.newsgraph.model.EntityType;
import org.w3id.newsgraph.model.RelationType;

/**
 * One verb or noun pattern that expresses a relation, with how to find its two ends.
 *
 * @param pattern       the cue, matched case-insensitively inside a sentence
 * @param type          the relation it states
 * @param mode          where subject and object are relative to the cue
 * @param subject       entity types allowed as the relation's subject
 * @param object        entity types allowed as its object
 * @param looseObject   when the object is not right after the cue, take the first fitting mention (or "its")
 *                      later in the clause ("blocked carriers from using its products")
 * @param fallback      entity types allowed for a subject found only as the nearest earlier mention
 */
record RelationCue(Pattern pattern, RelationType type, Mode mode, Predicate<EntityType> subject,
        Predicate<EntityType> object, boolean looseObject, Predicate<EntityType> fallback) {

    enum Mode {
        /** subject before the cue, object after: "X blocked Y". */
        ACTIVE,
        /** agent after "by", patient before: "Y was overseen by X" gives X → Y. */
        PASSIVE,
        /** agent after the cue, patient before: "Y yielded to pressure from X" gives X → Y. */
        AGENT_AFTER,
        /** "a meeting between X and Y". */
        BETWEEN
    }

    static final Predicate<EntityType> ANY = t -> true;
    static final Predicate<EntityType> ORG = EntityType::isOrganization;
    static final Predicate<EntityType> PLACE = EntityType::isPlace;
    static final Predicate<EntityType> ACTOR = t -> !t.isPlace() || t == EntityType.COUNTRY;
    static final Predicate<EntityType> ORG_OR_PLACE = t -> t.isOrganization() || t.isPlace();
    static final Predicate<EntityType> ORG_OR_PERSON = t -> t.isOrganization() || t.isPerson();

    private static RelationCue cue(String regex, RelationType type, Mode mode, Predicate<EntityType> subject,
            Predicate<EntityType> object, boolean loose, Predicate<EntityType> fallback) {
        return new RelationCue(Pattern.compile("(?<![\\p{L}-])(?:" + regex + ")(?![\\p{L}-])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE), type, mode, subject, object, loose, fallback);
    }

    /** The cue table: general English phrasing, no names. Passive cues come before their active forms. */
    static final List<RelationCue> ALL = List.of(
            cue("(?:based|headquartered|registered|incorporated)\\s+in", RelationType.BASED_IN, Mode.ACTIVE, ORG,
                    PLACE, false, ORG),
            cue("(?:work(?:s|ed|ing)?|partner(?:s|ed|ing)?|collaborat(?:e|es|ed|ing)|cooperat(?:e|es|ed|ing)|"
                    + "co-operat(?:e|es|ed|ing)|team(?:s|ed)?\\s+up)\\s+(?:[\\p{L}]+ly\\s+)?with|"
                    + "in\\s+(?:close\\s+)?(?:partnership|collaboration|cooperation)\\s+with",
                    RelationType.WORKS_WITH, Mode.ACTIVE, ACTOR, ACTOR, false, ACTOR),
            cue("accused\\s+by", RelationType.ACCUSES, Mode.PASSIVE, ANY, ANY, false, ANY),
            cue("accus(?:e|es|ed|ing)", RelationType.ACCUSES, Mode.ACTIVE, ANY, ANY, false, ANY),
            cue("(?:banned|blocked|restricted|blacklisted|shut\\s+out|excluded|barred|sanctioned)(?:\\s+\\w+){0,3}?"
                    + "\\s+by", RelationType.RESTRICTS, Mode.PASSIVE, ANY, ORG_OR_PERSON, false, ANY),
            cue("ban(?:s|ned|ning)?|block(?:s|ed|ing)?|restrict(?:s|ed|ing)?|blacklist(?:s|ed|ing)?|"
                    + "shut(?:s|ting)?\\s+out|sanction(?:s|ed|ing)?|exclud(?:e|es|ed|ing)|bar(?:s|red|ring)?",
                    RelationType.RESTRICTS, Mode.ACTIVE, ANY, ORG_OR_PERSON, true, ANY),
            cue("(?:monitored|overseen|supervised|regulated|audited|policed)\\s+by", RelationType.OVERSEES,
                    Mode.PASSIVE, ORG_OR_PERSON, ANY, false, ANY),
            cue("monitor(?:s|ed|ing)?|oversee(?:s|ing)?|oversaw|supervis(?:e|es|ed|ing)|regulat(?:e|es|ed|ing)|"
                    + "audit(?:s|ed|ing)?", RelationType.OVERSEES, Mode.ACTIVE, ORG_OR_PERSON, ANY, false,
                    ORG_OR_PERSON),
            cue("investigated\\s+by", RelationType.INVESTIGATES, Mode.PASSIVE, ORG_OR_PERSON, ANY, false, ANY),
            cue("investigat(?:e|es|ed|ing)|(?:an\\s+)?investigation\\s+into|(?:a\\s+)?probe\\s+into|prob(?:e|es|ed|ing)",
                    RelationType.INVESTIGATES, Mode.ACTIVE, ORG_OR_PERSON, ANY, false, ORG_OR_PERSON),
            cue("pressure\\s+from", RelationType.PRESSURES, Mode.AGENT_AFTER, ANY, ANY, false, ANY),
            cue("pressur(?:ed|es|ing)", RelationType.PRESSURES, Mode.ACTIVE, ANY, ANY, false, ANY),
            cue("(?:meeting|meetings|talks|summit|call|conversation)\\s+between", RelationType.MEETS_WITH,
                    Mode.BETWEEN, ORG_OR_PERSON, ORG_OR_PERSON, false, ANY),
            cue("(?:met|meets|meet|meeting)(?:\\s+with)?", RelationType.MEETS_WITH, Mode.ACTIVE, ORG_OR_PERSON,
                    ORG_OR_PERSON, false, ORG_OR_PERSON),
            cue("told|tells|spoke\\s+to|speaking\\s+to|talked\\s+to|said\\s+to|in\\s+an\\s+interview\\s+with",
                    RelationType.SPOKE_TO, Mode.ACTIVE, ORG_OR_PERSON, ORG, false, ORG_OR_PERSON),
            cue("(?:(?:a|an|the)\\s+)?(?:[\\p{L}-]+\\s+)?(?:unit|subsidiary|division|arm|affiliate|branch)\\s+of",
                    RelationType.PART_OF, Mode.ACTIVE, ORG, ORG, false, ORG),
            cue("suppl(?:y|ies|ied|ying)|supplier\\s+(?:to|for)|(?:equipment\\s+)?provider\\s+(?:to|for)|"
                    + "sell(?:s|ing)?\\s+(?:\\w+\\s+)?to|sold\\s+(?:\\w+\\s+)?to", RelationType.SUPPLIES,
                    Mode.ACTIVE, ORG, ANY, true, ORG),
            cue("(?:deal|agreement|contract|procurement|accord)(?:\\s+[^\\s.,;]+){0,6}?\\s+(?:with|for)",
                    RelationType.DEAL_WITH, Mode.ACTIVE, ORG_OR_PLACE, ORG_OR_PLACE, false, ORG),
            cue("(?:presence|operations|operates|operating|offices?|factory|factories|plants?|facilit(?:y|ies)|"
                    + "stores?|subsidiaries|research\\s+cent(?:re|er)s?)\\s+in", RelationType.OPERATES_IN,
                    Mode.ACTIVE, ORG, PLACE, true, ORG));
}

package org.w3id.newsgraph.extract.relations;

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
 * @param tail          when not null, what must follow the object for the cue to hold ("dismissed X's claim")
 * @param lists         whether a coordinated list after the object ("X, Y and Z") gives one relation each
 */
public record RelationCue(Pattern pattern, RelationType type, Mode mode, Predicate<EntityType> subject,
        Predicate<EntityType> object, boolean looseObject, Predicate<EntityType> fallback, Pattern tail,
        boolean lists) {

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
    static final Predicate<EntityType> PERSON = EntityType::isPerson;
    static final Predicate<EntityType> NOT_PERSON = t -> !t.isPerson();
    static final Predicate<EntityType> PERSON_OR_COUNTRY = t -> t.isPerson() || t == EntityType.COUNTRY;
    static final Predicate<EntityType> NOT_COUNTRY_PLACE = t -> !t.isPerson() && t != EntityType.COUNTRY;
    /** What follows the object of "dismissed" or "rejected" when a court rules against a party. */
    /** "labelled Acme and Bolt as threats to national security". */
    private static final Pattern AS_THREAT = Pattern.compile("^(?:(?:\\s*,\\s*|\\s+and\\s+)[^,.;]{1,60}?)?\\s+as\\s+"
            + "(?:an?\\s+)?(?:[\\p{L}-]+\\s+){0,3}?(?:threats?|risks?|dangers?|terrorists?|sponsors?\\s+of)\\b");
    /** What a party relies on another for: "relies heavily on Acme antennas". */
    private static final Pattern PRODUCTS = Pattern.compile("^(?:[’']s)?\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:equipment|gear|kit|"
            + "components|parts|chips|antennas|products|technology|software|hardware|services|supplies|systems)\\b"
            + "|^\\s+for\\s+(?:its\\s+|their\\s+)?(?:[\\p{L}-]+\\s+){0,2}?(?:equipment|gear|kit|components|parts|chips|"
            + "products|technology|software|hardware|services|supplies|systems)\\b");
    private static final Pattern LEGAL_CLAIM = Pattern.compile("^(?:[’']s?)\\s+(?:[\\p{Ll}-]+\\s+){0,2}?"
            + "(?:claim|challenge|appeal|case|lawsuit|suit|bid|application|complaint|petition)\\b");

    private static RelationCue cue(String regex, RelationType type, Mode mode, Predicate<EntityType> subject,
            Predicate<EntityType> object, boolean loose, Predicate<EntityType> fallback) {
        return new RelationCue(Pattern.compile("(?<![\\p{L}-])(?:" + regex + ")(?![\\p{L}-])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE), type, mode, subject, object, loose, fallback, null,
                false);
    }

    /** This cue, also for each further member of a list after the object ("acquired X and Y"). */
    private RelationCue listing() {
        return new RelationCue(pattern, type, mode, subject, object, looseObject, fallback, tail, true);
    }

    /** This cue, only when {@code after} follows the object. */
    private RelationCue followedBy(Pattern after) {
        return new RelationCue(pattern, type, mode, subject, object, looseObject, fallback, after, lists);
    }

    /** The cue table: general English phrasing, no names. Passive cues come before their active forms. */
    static final List<RelationCue> ALL = List.of(
            cue("(?:headquarters|head\\s+office)\\s+(?:is\\s+|are\\s+)?in", RelationType.BASED_IN, Mode.ACTIVE, ORG, PLACE,
                    false, t -> false),
            cue("(?:based|headquartered|registered|incorporated)\\s+in", RelationType.BASED_IN, Mode.ACTIVE, ORG,
                    PLACE, false, ORG),
            cue("(?:work(?:s|ed|ing)?|partner(?:s|ed|ing)?|collaborat(?:e|es|ed|ing)|cooperat(?:e|es|ed|ing)|"
                    + "co-operat(?:e|es|ed|ing)|team(?:s|ed)?\\s+up)\\s+(?:[\\p{L}]+ly\\s+)?with|"
                    + "in\\s+(?:close\\s+)?(?:partnership|collaboration|cooperation)\\s+with",
                    RelationType.WORKS_WITH, Mode.ACTIVE, ACTOR, ACTOR, false, ACTOR).listing(),
            cue("accused\\s+by", RelationType.ACCUSES, Mode.PASSIVE, ANY, ANY, false, ANY),
            cue("accus(?:e|es|ed|ing)", RelationType.ACCUSES, Mode.ACTIVE, ANY, ANY, false, ANY),
            cue("labell?(?:ed|s|ing)?|brand(?:ed|s|ing)|designat(?:ed|es|ing)|describ(?:ed|es|ing)", RelationType.ACCUSES, Mode.ACTIVE, ANY,
                    ORG_OR_PERSON, false, ANY).followedBy(AS_THREAT).listing(),
            cue("(?:banned|blocked|restricted|blacklisted|shut\\s+out|excluded|barred|sanctioned)(?:\\s+\\w+){0,3}?"
                    + "\\s+by", RelationType.RESTRICTS, Mode.PASSIVE, ANY, ORG_OR_PERSON, false, ANY),
            cue("ban(?:s|ned|ning)?|block(?:s|ed|ing)?|restrict(?:s|ed|ing)?|blacklist(?:s|ed|ing)?|"
                    + "shut(?:s|ting)?\\s+out|sanction(?:s|ed|ing)?|exclud(?:e|es|ed|ing)|bar(?:s|red|ring)?",
                    RelationType.RESTRICTS, Mode.ACTIVE, ANY, ORG_OR_PERSON, true, ANY),
            // "ordered operators to remove Acme gear", "strip out components made by Acme and Bolt"
            cue("(?:remov(?:e|es|ed|ing)|strip(?:s|ped|ping)?\\s+out|rip(?:s|ped|ping)?\\s+out|phas(?:e|es|ed|ing)\\s+out)"
                    + "(?=\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:components|equipment|gear|kit|parts|products|technology)"
                    + "\\s+(?:made|supplied|sold|built)\\s+by\\s)(?:\\s+[\\p{L}-]+){1,3}?\\s+(?:made|supplied|sold|built)\\s+by",
                    RelationType.RESTRICTS, Mode.ACTIVE, ACTOR, ORG, false, ACTOR).listing(),
            cue("(?:remov(?:e|es|ed|ing)|strip(?:s|ped|ping)?\\s+out|rip(?:s|ped|ping)?\\s+out|phas(?:e|es|ed|ing)\\s+out)"
                    + "(?=\\s+\\p{Lu}[^.;:]{0,40}?\\s(?:[’']s\\s+)?(?:[\\p{L}0-9-]+\\s+)?"
                    + "(?:components|equipment|gear|kit|parts|products|technology)\\b)",
                    RelationType.RESTRICTS, Mode.ACTIVE, ACTOR, ORG, false, ACTOR).listing(),
            cue("(?:monitored|overseen|supervised|regulated|audited|policed)\\s+by", RelationType.OVERSEES,
                    Mode.PASSIVE, ORG_OR_PERSON, ANY, false, ANY),
            cue("monitor(?:s|ed|ing)?|oversee(?:s|ing)?|oversaw|supervis(?:e|es|ed|ing)|regulat(?:e|es|ed|ing)|"
                    + "audit(?:s|ed|ing)?", RelationType.OVERSEES, Mode.ACTIVE, ORG_OR_PERSON, ANY, false,
                    ORG_OR_PERSON),
            cue("(?:is|are|was|were|lies|lie)\\s+(?:located|situated)\\s+in|(?:is|are|was|were)\\s+in|lies\\s+in",
                    RelationType.LOCATED_IN, Mode.ACTIVE, NOT_PERSON, PLACE, false, t -> false),
            cue("commission(?:s|ed|ing)?\\s+(?:an?\\s+|the\\s+)?(?:[\\p{L}-]+\\s+)?(?:review|report|inquiry|study|audit)\\s+"
                    + "(?:of|into)(?:\\s+the\\s+[\\p{L}-]+\\s+(?:attack\\s+)?on)?",
                    RelationType.INVESTIGATES, Mode.ACTIVE, ORG_OR_PERSON, ANY, false, ORG_OR_PERSON),
            cue("investigated\\s+by", RelationType.INVESTIGATES, Mode.PASSIVE, ORG_OR_PERSON, ANY, false, ANY),
            cue("investigat(?:e|es|ed|ing)|(?:an\\s+)?investigation\\s+into|(?:a\\s+)?probe\\s+into|prob(?:e|es|ed|ing)",
                    RelationType.INVESTIGATES, Mode.ACTIVE, ORG_OR_PERSON, ANY, false, ORG_OR_PERSON),
            cue("pressure\\s+from", RelationType.PRESSURES, Mode.AGENT_AFTER, ANY, ANY, false, ANY),
            cue("pressur(?:ed|es|ing)|urg(?:e|es|ed|ing)|press(?:ed|es|ing)|call(?:s|ed|ing)?\\s+(?:on|for)",
                    RelationType.PRESSURES, Mode.ACTIVE, ANY, ANY, false, ANY),
            cue("(?:meeting|meetings|talks|summit|call|conversation)\\s+between", RelationType.MEETS_WITH,
                    Mode.BETWEEN, ORG_OR_PERSON, ORG_OR_PERSON, false, ANY),
            // not "meet the deadline", "met its targets": the idiom meets no one
            cue("(?:met|meets|meet|meeting)(?!\\s+(?:the|a|an|its|their|his|her|our|this|that|these|those|all|every)\\s+"
                    + "(?:[\\p{L}-]+\\s+)?(?:deadlines?|requirements?|goals?|targets?|criteria|demands?|needs|standards?"
                    + "|thresholds?|expectations|challenges?|obligations?|quotas?|conditions|benchmarks?)\\b)(?:\\s+with)?",
                    RelationType.MEETS_WITH, Mode.ACTIVE, ORG_OR_PERSON,
                    ORG_OR_PERSON, false, ORG_OR_PERSON),
            cue("told|tells|spoke\\s+to|speaking\\s+to|talked\\s+to|said\\s+to|in\\s+an\\s+interview\\s+with|"
                    + "wrote\\s+(?:a\\s+(?:[\\p{L}-]+\\s+)?letter\\s+)?to|writ(?:es|ing)\\s+to|sent\\s+a\\s+letter\\s+to|"
                    + "g(?:ave|ives?|iving)\\s+evidence\\s+to|testif(?:y|ies|ied|ying)\\s+(?:before|to)",
                    RelationType.SPOKE_TO, Mode.ACTIVE, ORG_OR_PERSON, ORG, false, ORG_OR_PERSON),
            cue("(?:(?:a|an|the)\\s+)?(?:[\\p{L}-]+\\s+)?(?:unit|subsidiary|division|arm|affiliate|branch)\\s+of|"
                    + "(?<=,\\s)part\\s+of|(?:a\\s+)?spin-?(?:out|off)\\s+(?:from|of)|spun\\s+(?:out|off)\\s+(?:from|of)",
                    RelationType.PART_OF, Mode.ACTIVE, ORG, ORG, false, ORG),
            cue("suppl(?:y|ies|ied|ying)|supplier\\s+(?:to|for)|(?:equipment\\s+)?provider\\s+(?:to|for)|"
                    + "sell(?:s|ing)?\\s+(?:\\w+\\s+)?to|sold\\s+(?:\\w+\\s+)?to", RelationType.SUPPLIES,
                    Mode.ACTIVE, ORG, ANY, true, ORG),
            cue("(?:rel(?:y|ies|ied|ying)|depend(?:s|ed|ing)?)\\s+(?:[\\p{L}]+ly\\s+)?(?:up)?on",
                    RelationType.SUPPLIES, Mode.AGENT_AFTER, ORG, ORG, false, ORG).followedBy(PRODUCTS),
            cue("(?:deal|agreement|contract|procurement|accord)(?:\\s+[^\\s.,;]+){0,6}?\\s+(?:with|for)",
                    RelationType.DEAL_WITH, Mode.ACTIVE, ORG_OR_PLACE, ORG_OR_PLACE, false, ORG),
            // ---- deals, courts, sport, politics
            cue("(?:acquired|bought|taken\\s+over|purchased)\\s+by", RelationType.ACQUIRES, Mode.PASSIVE, ORG_OR_PERSON,
                    ORG, false, ANY),
            cue("acquir(?:e|es|ed|ing)|buy(?:s|ing)?|bought|purchas(?:e|es|ed|ing)|take(?:s|n)?\\s+over|took\\s+over|"
                    + "(?:takeover|acquisition|purchase)\\s+of", RelationType.ACQUIRES, Mode.ACTIVE, ORG_OR_PERSON,
                    ORG, false, ORG_OR_PERSON).listing(),
            cue("(?:merger|tie-up|combination)\\s+(?:of|between)", RelationType.MERGES_WITH, Mode.BETWEEN, ORG, ORG,
                    false, ANY),
            cue("merg(?:e|es|ed|ing)\\s+with|(?:merger|tie-up)\\s+with", RelationType.MERGES_WITH, Mode.ACTIVE, ORG,
                    ORG, false, ORG),
            cue("advised\\s+by", RelationType.ADVISES, Mode.PASSIVE, ORG_OR_PERSON, ORG_OR_PERSON, false, ANY),
            cue("advis(?:e|es|ed|ing)|advisers?\\s+to|advisors?\\s+to", RelationType.ADVISES, Mode.ACTIVE, ORG,
                    ORG_OR_PERSON, false, ORG),
            cue("sued\\s+by|challenged\\s+in\\s+court\\s+by", RelationType.SUES, Mode.PASSIVE, ORG_OR_PERSON, ANY,
                    false, ANY),
            cue("su(?:e|es|ed|ing)|(?:legal|court)\\s+(?:challenge|action|fight|battle)\\s+(?:against|with)|"
                    + "challenge\\s+against|(?:lawsuit|suit|claim|case)\\s+against|took\\s+(?:\\p{L}+\\s+)?to\\s+court",
                    RelationType.SUES, Mode.ACTIVE, ORG_OR_PERSON, ACTOR, false, ORG_OR_PERSON),
            cue("dismiss(?:es|ed|ing)?|reject(?:s|ed|ing)?|thr(?:ew|ows?)\\s+out|str(?:uck|ikes?)\\s+down|"
                    + "upheld\\s+(?:the\\s+)?(?:ban|decision)\\s+against", RelationType.RULES_AGAINST, Mode.ACTIVE,
                    ORG_OR_PERSON, ORG_OR_PERSON, false, ORG_OR_PERSON).followedBy(LEGAL_CLAIM),
            cue("fined\\s+by", RelationType.FINES, Mode.PASSIVE, ORG, ANY, false, ANY),
            cue("fin(?:es|ed|ing)", RelationType.FINES, Mode.ACTIVE, ORG, ORG_OR_PERSON, false, ORG),
            cue("(?:beaten|defeated|knocked\\s+out|eliminated|ousted)\\s+by|lost\\s+to", RelationType.DEFEATS,
                    Mode.PASSIVE, ORG_OR_PERSON, ORG_OR_PERSON, false, ANY),
            cue("(?:took|takes|taking|won|wins|winning|gained|gains|seized)\\s+(?:the\\s+)?(?:seat|ward|constituency)\\s+"
                    + "from|unseat(?:s|ed|ing)?", RelationType.DEFEATS, Mode.ACTIVE, ORG_OR_PERSON, ORG_OR_PERSON, false,
                    ORG_OR_PERSON),
            cue("beat(?:s|ing)?|defeat(?:s|ed|ing)?|(?:won|wins|winning)\\s+against|overc(?:a|o)me|knock(?:s|ed|ing)?\\s+out|"
                    + "(?:battled|battles|battling|eased|eases|cruised|cruises|edged|edges|swept|sweeps)\\s+past",
                    RelationType.DEFEATS, Mode.ACTIVE, ORG_OR_PERSON, ORG_OR_PERSON, false, ORG_OR_PERSON),
            cue("represent(?:s|ed|ing)?", RelationType.REPRESENTS, Mode.ACTIVE, PERSON, PLACE, true, PERSON),
            cue("(?:buil(?:t|ds?|ding)|t(?:ook|akes?|aking)|bought|buy(?:s|ing)?|acquired|acquir(?:es?|ing)|hold(?:s|ing)?|"
                    + "held|own(?:s|ed|ing)?|rais(?:ed|es|ing)|increas(?:ed|es|ing))\\s+(?:an?\\s+|its\\s+|their\\s+)?"
                    + "(?:[\\p{L}\\d.,%-]+\\s+){0,3}?stake\\s+in|(?:shareholder|investor)\\s+in",
                    RelationType.HOLDS_STAKE_IN, Mode.ACTIVE, ORG_OR_PERSON, ORG, false, ORG_OR_PERSON),
            cue("visit(?:s|ed|ing)?|(?:paid|pays|paying)\\s+a\\s+visit\\s+to|(?:trip|visit)\\s+to", RelationType.VISITS,
                    Mode.ACTIVE, PERSON, ANY, false, PERSON),
            cue("serv(?:e|es|ed|ing)\\s+(?:about\\s+|some\\s+|around\\s+|nearly\\s+|more\\s+than\\s+|over\\s+)?"
                    + "(?:[\\d,.]+\\s+(?:million\\s+)?)?(?:customers|subscribers|users|clients|households|homes|"
                    + "businesses|passengers|patients|students)\\s+in", RelationType.OPERATES_IN, Mode.ACTIVE, ORG, PLACE,
                    false, ORG).listing(),
            cue("compet(?:e|es|ed|ing)\\s+(?:[\\p{L}]+ly\\s+)?(?:with|against)|(?:rivals?|competitors?)\\s+(?:to|of)",
                    RelationType.COMPETES_WITH, Mode.ACTIVE, ORG, ORG, false, ORG),
            cue("(?:presence|operations|operates|operating|offices?|factory|factories|plants?|facilit(?:y|ies)|"
                    + "stores?|subsidiaries|research\\s+cent(?:re|er)s?)\\s+in", RelationType.OPERATES_IN,
                    Mode.ACTIVE, ORG, PLACE, true, ORG));
}

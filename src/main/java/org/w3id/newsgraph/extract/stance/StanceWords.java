package org.w3id.newsgraph.extract.stance;

import java.util.Set;

import org.w3id.newsgraph.model.Polarity;

/**
 * The words a stance may stand on, each family tied to one structure (issue 14): evaluative verbs take the target
 * as object, evaluative adjectives and nouns are predicated of it ("X is dangerous", "X is a liar"), a few nouns
 * are its property ("X's dishonesty"). Cue words with a common non-evaluative sense ("block", "bar", "trust",
 * "secure", "risk", "important", "concern", "benefit") are left out on purpose: on the hand-judged sample they
 * were never right. The closed word classes below say which words may stand between the parts of a structure.
 */
final class StanceWords {
    private static final Set<String> CRITICAL_VERBS = Set.of("criticize", "criticizes", "criticized", "criticizing",
            "criticise", "criticises", "criticised", "criticising", "accuse", "accuses", "accused", "accusing",
            "attack", "attacks", "attacked", "attacking", "blame", "blames", "blamed", "blaming", "slam", "slams",
            "slammed", "slamming", "blast", "blasts", "blasted", "blasting", "condemn", "condemns", "condemned",
            "condemning", "denounce", "denounces", "denounced", "denouncing", "rebuke", "rebukes", "rebuked",
            "lambaste", "lambastes", "lambasted", "lambasting", "chastise", "chastises", "chastised", "assail",
            "assails", "assailed", "castigate", "castigates", "castigated", "deride", "derides", "derided", "mock",
            "mocks", "mocked", "mocking", "ridicule", "ridicules", "ridiculed", "ridiculing", "insult", "insults",
            "insulted", "insulting", "disparage", "disparages", "disparaged", "disparaging", "berate", "berates",
            "berated", "excoriate", "excoriates", "excoriated", "bash", "bashes", "bashed", "bashing", "oppose",
            "opposes", "opposed", "opposing", "vilify", "vilified", "demonize", "demonized", "smear", "smeared");
    private static final Set<String> SUPPORTIVE_VERBS = Set.of("praise", "praises", "praised", "praising", "endorse",
            "endorses", "endorsed", "endorsing", "back", "backs", "backed", "backing", "defend", "defends",
            "defended", "defending", "thank", "thanks", "thanked", "thanking", "support", "supports", "supported",
            "supporting", "applaud", "applauds", "applauded", "applauding", "hail", "hails", "hailed", "commend",
            "commends", "commended", "congratulate", "congratulates", "congratulated", "laud", "lauds", "lauded");
    /** Said of someone after a copula or "called": "X is dangerous", "called X a liar". */
    private static final Set<String> CRITICAL_ADJECTIVES = Set.of("dangerous", "dishonest", "corrupt", "crooked",
            "incompetent", "unfit", "unqualified", "reckless", "racist", "sexist", "bigoted", "misogynistic",
            "xenophobic", "unhinged", "irresponsible", "untrustworthy", "disgraceful", "disgusting", "despicable",
            "shameful", "pathetic", "hypocritical", "ignorant", "unstable", "divisive", "phony");
    private static final Set<String> CRITICAL_NOUNS = Set.of("liar", "fraud", "bully", "demagogue", "hypocrite",
            "disaster", "loser", "clown", "threat", "menace", "embarrassment", "disgrace", "bigot", "crook",
            "charlatan");
    private static final Set<String> SUPPORTIVE_PREDICATES = Set.of("honest", "trustworthy", "brilliant",
            "terrific", "fantastic", "tremendous", "wonderful", "outstanding", "excellent", "decent", "capable",
            "competent", "principled", "courageous", "inspiring", "hero");
    /** A person's or body's property named with a possessive: "X's dishonesty". */
    private static final Set<String> CRITICAL_PROPERTIES = Set.of("lies", "lying", "dishonesty", "incompetence",
            "corruption", "bigotry", "racism", "sexism", "misogyny", "hypocrisy", "recklessness", "demagoguery",
            "deceptions", "mismanagement", "divisiveness");
    private static final Set<String> SUPPORTIVE_PROPERTIES = Set.of("integrity", "courage", "honesty", "decency");

    /** Adjectives that may qualify reported criticism: "drew sharp criticism from". */
    static final Set<String> CRITICISM_GAP = Set.of("sharp", "harsh", "heavy", "strong", "widespread", "bipartisan",
            "intense", "fierce", "withering", "stinging", "high", "immediate", "swift", "public", "some", "much");
    /** Auxiliaries and adverbs before a copula: "has been", "will be", "is still". */
    static final Set<String> COPULA_GAP = Set.of("has", "have", "had", "will", "also", "still", "always", "now",
            "already", "just", "truly", "clearly", "obviously", "simply");
    static final Set<String> COPULAS = Set.of("is", "was", "are", "were", "been", "remains", "remained", "seems",
            "seemed", "be");
    /** Verbs that name the speaker of what follows: "X said Y is dangerous". */
    static final Set<String> SAYING = Set.of("said", "says", "argued", "argues", "warned", "warns", "claimed",
            "claims", "insisted", "insists", "wrote", "writes", "added", "believes", "believed", "thinks", "declared",
            "declares", "charged", "charges");
    static final Set<String> CALLING = Set.of("called", "calls", "calling", "branded", "brands", "labeled",
            "labelled", "dubbed");
    /** Nouns of reported criticism or praise: "X faced criticism from Y". */
    static final Set<String> REPORTED_CRITICISM = Set.of("criticism", "fire", "condemnation", "rebuke", "rebukes",
            "attacks", "scorn", "backlash");
    static final Set<String> REPORTED_PRAISE = Set.of("praise", "plaudits");
    static final Set<String> RECEIVING = Set.of("faced", "faces", "facing", "drew", "draws", "drawn", "drawing",
            "received", "receives", "attracted", "attracts", "earned", "earns", "won", "wins", "under");

    /** Between a subject and its verb: auxiliaries, adverbs and times ("has repeatedly", "on Tuesday"). */
    private static final Set<String> SUBJECT_GAP = Set.of("has", "have", "had", "also", "again", "repeatedly",
            "already", "then", "later", "once", "even", "often", "on", "last", "this", "earlier", "week", "night",
            "month", "year", "weekend", "yesterday", "today", "tonight", "monday", "tuesday", "wednesday", "thursday",
            "friday", "saturday", "sunday", "himself", "herself", "itself", "themselves");
    /** Between a verb and its object: determiners and titles ("criticized rival Sen. Smith"). */
    private static final Set<String> OBJECT_GAP = Set.of("the", "former", "fellow", "rival", "presidential",
            "republican", "democratic", "gop", "candidate", "nominee", "frontrunner", "front-runner", "opponent",
            "president", "sen", "senator", "rep", "gov", "governor", "mr", "mrs", "ms", "dr", "his", "her", "their",
            "both", "secretary", "vice", "house", "speaker", "leader", "majority", "minority", "challenger",
            "businessman", "billionaire", "incumbent", "mogul");
    /** Between a copula and its predicate: articles and intensifiers, never a negator or "too". */
    private static final Set<String> PREDICATE_GAP = Set.of("a", "an", "the", "very", "so", "really", "extremely",
            "totally", "completely", "just", "simply", "clearly", "utterly", "truly", "deeply", "fundamentally",
            "genuinely", "incredibly", "absolutely", "such", "complete", "total", "real", "pathological", "serious",
            "major", "huge", "big", "most", "more", "dangerously", "being", "become", "becoming", "obviously",
            "certainly", "proven", "biggest", "greatest", "bigger", "greater", "habitual", "compulsive", "national",
            "true", "genuine", "unmitigated");

    private StanceWords() {}

    /** The polarity of an evaluative verb, or null. */
    static Polarity verb(String lower) {
        return CRITICAL_VERBS.contains(lower) ? Polarity.CRITICAL
                : SUPPORTIVE_VERBS.contains(lower) ? Polarity.SUPPORTIVE : null;
    }

    /** The polarity of a predicate adjective or noun, or null. */
    static Polarity predicate(String lower) {
        return CRITICAL_ADJECTIVES.contains(lower) || CRITICAL_NOUNS.contains(lower) ? Polarity.CRITICAL
                : SUPPORTIVE_PREDICATES.contains(lower) ? Polarity.SUPPORTIVE : null;
    }

    /** The polarity of a possessed property ("X's dishonesty"), or null; attributive critical adjectives count. */
    static Polarity property(String lower) {
        return CRITICAL_PROPERTIES.contains(lower) || CRITICAL_ADJECTIVES.contains(lower) ? Polarity.CRITICAL
                : SUPPORTIVE_PROPERTIES.contains(lower) ? Polarity.SUPPORTIVE : null;
    }

    static boolean subjectGap(String lower) {
        return SUBJECT_GAP.contains(lower) || adverb(lower);
    }

    static boolean objectGap(String lower) {
        return OBJECT_GAP.contains(lower.endsWith(".") ? lower.substring(0, lower.length() - 1) : lower);
    }

    static boolean predicateGap(String lower) {
        return PREDICATE_GAP.contains(lower);
    }

    /** A manner adverb ("sharply", "publicly"); "only" and "early" are not. */
    private static boolean adverb(String lower) {
        return lower.length() > 4 && lower.endsWith("ly") && !lower.equals("early") && !lower.equals("only");
    }
}

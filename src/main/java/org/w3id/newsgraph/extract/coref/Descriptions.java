package org.w3id.newsgraph.extract.coref;

import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

import org.w3id.newsgraph.model.EntityType;

/**
 * The head nouns of definite descriptions and what they may refer to: "the company" a company, "the agency" a
 * government body, "the senator" a person. Shared by coreference and the steps that read descriptions next to a
 * verb or a title.
 */
public final class Descriptions {
    /** Nouns that describe a person by a post, a party or a trade ("the senator", "the Republican"). */
    static final Set<String> PERSON_NOUNS = Set.of("senator", "governor", "congressman", "congresswoman",
            "representative", "lawmaker", "president", "candidate", "nominee", "frontrunner", "front-runner",
            "republican", "democrat", "billionaire", "businessman", "businesswoman", "mogul", "mayor", "minister",
            "secretary", "chancellor", "premier", "leader", "chairman", "chairwoman", "chief", "executive",
            "founder", "spokesman", "spokeswoman", "speaker", "official", "ambassador", "judge", "justice",
            "attorney", "lawyer", "prosecutor", "general", "commander", "coach", "manager", "actor", "actress",
            "singer", "author", "economist", "analyst", "professor", "scientist", "director", "king", "queen",
            "prince", "princess", "pope", "hopeful", "contender", "incumbent", "challenger", "star", "host",
            "anchor", "commentator", "activist", "veteran", "politician", "diplomat", "envoy", "sheriff");

    private Descriptions() {}

    /** The entity types a definite description such as "the company" can refer to, or null if not one. */
    public static Predicate<EntityType> kindOf(String noun) {
        String n = noun.toLowerCase(Locale.ROOT);
        switch (n) {
            case "company", "firm", "group", "giant", "operator", "carrier", "vendor", "manufacturer", "maker",
                    "business", "corporation", "retailer", "bank", "lender", "insurer", "supplier", "provider",
                    "startup", "conglomerate", "airline", "automaker", "chipmaker" -> {
                return t -> t == EntityType.COMPANY || t == EntityType.ORGANIZATION;
            }
            case "agency", "regulator", "watchdog", "department", "ministry", "government", "authority",
                    "centre", "center", "body", "panel", "committee", "commission", "administration", "council",
                    "court", "tribunal", "force", "service" -> {
                return t -> t == EntityType.GOVERNMENT_BODY || t == EntityType.ORGANIZATION;
            }
            case "organisation", "organization", "institution", "union", "charity", "university", "campaign" -> {
                return EntityType::isOrganization;
            }
            case "newspaper", "paper", "broadcaster", "outlet", "network", "publication" -> {
                return t -> t == EntityType.MEDIA_ORGANIZATION;
            }
            case "country", "nation" -> {
                return t -> t == EntityType.COUNTRY;
            }
            case "party" -> {
                return t -> t == EntityType.POLITICAL_ORGANIZATION;
            }
            default -> {
                return null;
            }
        }
    }

    /** True when {@code noun} describes a person ("senator", "Republican", "billionaire"). */
    public static boolean describesPerson(String noun) {
        return PERSON_NOUNS.contains(noun.toLowerCase(Locale.ROOT));
    }
}

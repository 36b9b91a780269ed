package org.w3id.newsgraph.model;

/** The relation vocabulary: each constant is one ng: object property (its local name) under ng:relatedTo. */
public enum RelationType {
    BASED_IN("basedIn", "is based in"),
    COMES_FROM("comesFrom", "comes from"),
    LOCATED_IN("locatedIn", "is located in"),
    OPERATES_IN("operatesIn", "operates in"),
    WORKS_WITH("worksWith", "works with"),
    SUPPLIES("supplies", "supplies"),
    DEAL_WITH("dealWith", "has a deal with"),
    ACCUSES("accuses", "accuses"),
    RESTRICTS("restricts", "bans or restricts"),
    OVERSEES("oversees", "oversees or monitors"),
    INVESTIGATES("investigates", "investigates"),
    PRESSURES("pressures", "puts pressure on"),
    MEETS_WITH("meetsWith", "meets with"),
    SPOKE_TO("spokeTo", "spoke to"),
    PART_OF("partOf", "is part of"),
    ACQUIRES("acquires", "acquires"),
    MERGES_WITH("mergesWith", "merges with"),
    ADVISES("advises", "advises"),
    SUES("suesOrChallenges", "sues or challenges in court"),
    RULES_AGAINST("rulesAgainst", "rules against"),
    FINES("fines", "fines"),
    DEFEATS("defeats", "defeats"),
    REPRESENTS("represents", "represents as an elected member"),
    HOLDS_STAKE_IN("holdsStakeIn", "holds a stake in"),
    VISITS("visits", "visits"),
    COMPETES_WITH("competesWith", "competes with"),
    HOLDS_ROLE_IN("holdsRoleIn", "holds a role in");

    private final String localName;
    private final String label;

    RelationType(String localName, String label) {
        this.localName = localName;
        this.label = label;
    }

    public String localName() {
        return localName;
    }

    /** English label, as rdfs:label in the ontology. */
    public String label() {
        return label;
    }
}

package org.w3id.newsgraph.rdf;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.w3id.newsgraph.model.EntityType;
import org.w3id.newsgraph.model.RelationType;

/**
 * The terms of the newsgraph ontology ({@code ontology/newsgraph.ttl}), one constant per ng: class or property,
 * so code never spells an ontology IRI by hand. VocabularyTest keeps this class and the ontology in step; the
 * Javadoc of each constant repeats its rdfs:label and rdfs:comment.
 */
public final class NG {
    /** The ontology IRI, also the name of the graph holding the ontology in the store. */
    public static final String ONTOLOGY = "https://w3id.org/newsgraph/ontology";

    /** The namespace of the ontology's terms (prefix {@code ng:}). */
    public static final String NS = ONTOLOGY + "#";

    private NG() {}

    private static Node term(String localName) {
        return NodeFactory.createURI(NS + localName);
    }

    /** The ng: class of an entity type, e.g. ng:GovernmentBody for {@link EntityType#GOVERNMENT_BODY}. */
    public static Node entityClass(EntityType type) {
        return term(type.localName());
    }

    /** The ng: property of a relation type, e.g. ng:basedIn for {@link RelationType#BASED_IN}. */
    public static Node relation(RelationType type) {
        return term(type.localName());
    }

    // ---- classes

    /** Person: A human being named in an article. */
    public static final Node Person = term("Person");
    /**
     * Organization: An organisation named in an article whose more specific kind is unknown or not one of the
     * subclasses.
     */
    public static final Node Organization = term("Organization");
    /** Company: A business: a company, corporation or group of companies. */
    public static final Node Company = term("Company");
    /** Government body: A government, ministry, agency, regulator, parliament or other public body. */
    public static final Node GovernmentBody = term("GovernmentBody");
    /** Media organization: A news outlet, broadcaster, publisher or news agency. */
    public static final Node MediaOrganization = term("MediaOrganization");
    /** Political organization: A political party, movement or parliamentary group. */
    public static final Node PoliticalOrganization = term("PoliticalOrganization");
    /**
     * Place: A geographic place named in an article whose more specific kind is unknown or not one of the subclasses.
     */
    public static final Node Place = term("Place");
    /** Country: A sovereign state or country. */
    public static final Node Country = term("Country");
    /** City: A city or town. */
    public static final Node City = term("City");
    /** Region: A region below or across countries: a state, province, county or a named supranational area. */
    public static final Node Region = term("Region");
    /** News article: One input article; its IRI also names the graph holding everything extracted from it. */
    public static final Node NewsArticle = term("NewsArticle");
    /** Quote: A direct quote in an article, with its speaker when the text attributes it, and its evidence span. */
    public static final Node Quote = term("Quote");
    /**
     * Role assignment: A person holding a post (org:role) in an organisation or country, as an article states it; a
     * W3C ORG membership with the title as written and its evidence.
     */
    public static final Node RoleAssignment = term("RoleAssignment");
    /**
     * Relation statement: A reification of one direct relation triple (rdf:subject, rdf:predicate, rdf:object)
     * recording the cue words and the sentence that state it.
     */
    public static final Node RelationStatement = term("RelationStatement");

    // ---- properties

    /**
     * related to: The most general relation between two entities extracted from an article; every relation property is
     * a subproperty.
     */
    public static final Node relatedTo = term("relatedTo");
    /** is based in: An organisation or person has its seat or home in a place. */
    public static final Node basedIn = term("basedIn");
    /** is located in: A place lies within another place, such as a city in a country. */
    public static final Node locatedIn = term("locatedIn");
    /** operates in: An organisation does business or runs networks or services in a place. */
    public static final Node operatesIn = term("operatesIn");
    /** works with: Two parties cooperate or work together. */
    public static final Node worksWith = term("worksWith");
    /** supplies: A party provides equipment, products or services to another party. */
    public static final Node supplies = term("supplies");
    /** has a deal with: Two parties have a contract, agreement or deal. */
    public static final Node dealWith = term("dealWith");
    /** accuses: A party accuses, blames or alleges wrongdoing by another party. */
    public static final Node accuses = term("accuses");
    /** bans or restricts: A party bans, blocks, blacklists or limits another party. */
    public static final Node restricts = term("restricts");
    /** oversees or monitors: A party supervises, monitors, audits or regulates another party. */
    public static final Node oversees = term("oversees");
    /** investigates: A party investigates, probes or examines another party. */
    public static final Node investigates = term("investigates");
    /** puts pressure on: A party urges, lobbies or puts pressure on another party. */
    public static final Node pressures = term("pressures");
    /** meets with: Two parties meet or hold talks. */
    public static final Node meetsWith = term("meetsWith");
    /** spoke to: A party spoke to, told or wrote to another party. */
    public static final Node spokeTo = term("spokeTo");
    /** acquires: A party buys, takes over or agrees to buy another party. */
    public static final Node acquires = term("acquires");
    /** merges with: Two parties merge or agree or propose to merge. */
    public static final Node mergesWith = term("mergesWith");
    /** advises: A bank, law firm or consultancy advises a party, as on a deal. */
    public static final Node advises = term("advises");
    /** sues or challenges in court: A party sues another party or brings a legal challenge against its decision. */
    public static final Node suesOrChallenges = term("suesOrChallenges");
    /** rules against: A court or judge dismisses or rejects a party's claim, challenge or appeal. */
    public static final Node rulesAgainst = term("rulesAgainst");
    /** fines: A regulator, court or authority imposes a fine on a party. */
    public static final Node fines = term("fines");
    /** defeats: A player, team or candidate beats another in a match or contest. */
    public static final Node defeats = term("defeats");
    /**
     * represents as an elected member: A politician represents a constituency, ward or region as its elected
     * member.
     */
    public static final Node represents = term("represents");
    /** holds a stake in: An investor builds, buys or holds a shareholding in a company without taking it over. */
    public static final Node holdsStakeIn = term("holdsStakeIn");
    /** visits: A person or delegation visits a place or an organisation. */
    public static final Node visits = term("visits");
    /** competes with: Two companies are rivals or competitors in a market. */
    public static final Node competesWith = term("competesWith");
    /**
     * is part of: An entity is a unit, subsidiary or component of another, such as an agency of a government or a
     * brand of a group.
     */
    public static final Node partOf = term("partOf");
    /**
     * holds a role in: A person holds a post in an organisation or country; the shortcut of an ng:RoleAssignment
     * (org:member, org:organization).
     */
    public static final Node holdsRoleIn = term("holdsRoleIn");
    /** text: The NIF context holding the full text of the article, into which all evidence offsets point. */
    public static final Node text = term("text");
    /** body begin: Offset in the full text where the article body starts; text before it is page furniture. */
    public static final Node bodyBegin = term("bodyBegin");
    /** body end: Offset in the full text where the article body ends (exclusive); text after it is page furniture. */
    public static final Node bodyEnd = term("bodyEnd");
    /** evidence: The text span (a NIF string, usually a sentence) that states a role, quote or relation. */
    public static final Node evidence = term("evidence");
    /**
     * title: The title of a post as written in the article, without determiners, such as "Chancellor" or "CEO of BT's
     * consumer brands".
     */
    public static final Node title = term("title");
    /**
     * speaker: The person or organisation the article attributes a quote to; for words of an unnamed spokesperson, the
     * organisation.
     */
    public static final Node speaker = term("speaker");
    /** via: The unnamed channel through which the speaker spoke, such as "spokesperson", "letter" or "statement". */
    public static final Node via = term("via");
    /** reporting verb: The verb attributing a quote, as written, such as "said", "told" or "added". */
    public static final Node reportingVerb = term("reportingVerb");
    /** cue: The words of the evidence that express a relation, such as "blocked" or "worked closely with". */
    public static final Node cue = term("cue");
}

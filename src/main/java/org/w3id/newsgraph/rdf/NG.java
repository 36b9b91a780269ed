package org.w3id.newsgraph.rdf;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.w3id.newsgraph.model.EntityType;
import org.w3id.newsgraph.model.EventType;
import org.w3id.newsgraph.model.Polarity;
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

    /** Event: Something that happened as an article reports it, found from a trigger word; see the subclasses. */
    public static final Node Event = term("Event");
    /** Meeting: A meeting, talks or a summit between parties. */
    public static final Node Meeting = term("Meeting");
    /** Deal: A deal, agreement, contract, procurement, acquisition, takeover or merger. */
    public static final Node Deal = term("Deal");
    /** Ban: A ban, block, restriction or blacklisting. */
    public static final Node Ban = term("Ban");
    /** Hearing: A hearing, testimony, inquiry or committee session. */
    public static final Node Hearing = term("Hearing");
    /** Public statement: A statement, announcement or letter made public. */
    public static final Node PublicStatement = term("PublicStatement");
    /** Court ruling: A court's ruling, verdict or sentence. */
    public static final Node CourtRuling = term("CourtRuling");
    /** Election: An election or referendum. */
    public static final Node Election = term("Election");
    /** Stance: The attitude a party expresses towards another in an article, with its cue words and evidence. */
    public static final Node Stance = term("Stance");
    /** Polarity: The attitude of a stance: critical, supportive or neutral. */
    public static final Node Polarity = term("Polarity");

    /** Written form: One way an entity is written across the archive (accents kept), with the number of articles that use it. */
    public static final Node WrittenForm = term("WrittenForm");
    /** Co-mention: Two entities mentioned in the same articles; ng:articleCount is the number of articles they share. */
    public static final Node CoMention = term("CoMention");
    /**
     * Relation weight: One relation triple between two entities (ng:relationSubject, ng:relationProperty,
     * ng:relationObject) as the archive states it; ng:articleCount is the number of articles stating it.
     */
    public static final Node RelationWeight = term("RelationWeight");
    /**
     * Type vote: The mentions, across all articles, whose article gave the entity one class
     * (itsrdf:taClassRef of a nif:Phrase); the votes choose the entity's one rdf:type in the summary.
     */
    public static final Node TypeVote = term("TypeVote");

    // ---- individuals

    /** critical: The holder speaks against the target: concern, risk, threat, accusation, ban. */
    public static final Node Critical = term("Critical");
    /** supportive: The holder speaks for the target: trust, benefit, reliability, no evidence of risk. */
    public static final Node Supportive = term("Supportive");
    /** neutral: The holder's cue words about the target point both ways in equal number. */
    public static final Node Neutral = term("Neutral");

    // ---- properties

    /**
     * related to: The most general relation between two entities extracted from an article; every relation property is
     * a subproperty.
     */
    public static final Node relatedTo = term("relatedTo");
    /** is based in: An organisation has its seat in a place. */
    public static final Node basedIn = term("basedIn");
    /**
     * comes from: A person lives in, comes from or is a national of a place, as the article gives it ("Jane Roe, of
     * Leeds", "Australia's Jane Roe").
     */
    public static final Node comesFrom = term("comesFrom");
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
    /**
     * SHA-256: The SHA-256 of the bytes the article was read from, 64 lower-case hex digits; the article IRI ends with
     * its first 12, and with dcterms:source it tells an edited file from the stored one.
     */
    public static final Node sha256 = term("sha256");
    /** body begin: Offset in the full text where the article body starts; text before it is page furniture. */
    public static final Node bodyBegin = term("bodyBegin");
    /** body end: Offset in the full text where the article body ends (exclusive); text after it is page furniture. */
    public static final Node bodyEnd = term("bodyEnd");
    /**
     * evidence: The text span (a NIF string, usually a sentence) that states a role, quote, relation, event, amount or
     * stance.
     */
    public static final Node evidence = term("evidence");
    /**
     * title: The title of a post as written in the article, without determiners, such as "Chancellor" or "CEO of Acme's
     * retail arm".
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
    /**
     * cue: The words of the evidence that express a relation or a stance, such as "blocked", "worked closely with" or
     * "no … risk".
     */
    public static final Node cue = term("cue");
    /** The probability a learned classifier gave a statement. */
    public static final Node confidence = term("confidence");
    /** trigger: The word of the evidence that names an event, such as "meeting" or "banned". */
    public static final Node trigger = term("trigger");
    /** amount: The sum of money an event involves, a schema:MonetaryAmount. */
    public static final Node amount = term("amount");
    /** mentions amount: A sum of money named in the article, a schema:MonetaryAmount. */
    public static final Node mentionsAmount = term("mentionsAmount");
    /** per unit: The unit a sum is a rate per, as written ("hour", "year", "square foot", "share"). */
    public static final Node perUnit = term("perUnit");
    /** holder: The party that holds a stance. */
    public static final Node holder = term("holder");
    /** target: The party a stance is about. */
    public static final Node target = term("target");
    /** polarity: Whether a stance is critical, supportive or neutral (an ng:Polarity). */
    public static final Node polarity = term("polarity");
    /** about: The quote or relation statement a stance was read from. */
    public static final Node about = term("about");
    /** criticizes: The subject is critical of the object in an article; the shortcut of a critical ng:Stance. */
    public static final Node criticizes = term("criticizes");
    /** supports: The subject speaks in favour of the object in an article; the shortcut of a supportive ng:Stance. */
    public static final Node supports = term("supports");

    /** The ng: class of an event type, e.g. ng:Deal for {@link EventType#DEAL}. */
    public static Node eventClass(EventType type) {
        return term(type.localName());
    }

    /** The ng:Polarity individual of a polarity, e.g. ng:Critical. */
    public static Node polarity(Polarity p) {
        return term(p.localName());
    }

    // ---- the entity summary (graph ngid:graph/entities)

    /** Written form: A form in which the articles write the entity. */
    public static final Node writtenForm = term("writtenForm");
    /** Type vote: The votes of the articles' mentions for one class of the entity. */
    public static final Node typeVote = term("typeVote");
    /** Voted class: The entity class a type vote counts mentions for (the itsrdf:taClassRef the mentions carry). */
    public static final Node votedClass = term("votedClass");
    /** Form: The text of a written form, exactly as the articles write it. */
    public static final Node form = term("form");
    /**
     * Name count: The number of articles that give this form as the entity's name; the form with the most is the
     * entity's rdfs:label.
     */
    public static final Node nameCount = term("nameCount");
    /**
     * Mention count: The number of mentions (nif:Phrase) of the entity in all articles; on a type vote, those that
     * gave the entity the voted class.
     */
    public static final Node mentionCount = term("mentionCount");
    /**
     * Article count: The number of articles that mention the entity, use the written form, mention both entities
     * of the co-mention, or state the relation of the relation weight.
     */
    public static final Node articleCount = term("articleCount");
    /**
     * List page: The page (of 1,000, from 0) on which an entity stands in the list of all entities ordered by
     * name, class and IRI, or a co-mention in the list of the 10,000 pairs shared by the most articles; kept at
     * build time so that a list query reads only the pages it returns.
     */
    public static final Node listPage = term("listPage");
    /**
     * Kind page: The page (of 1,000, from 0) on which the entity stands in the list of the people, the
     * organisations or the places, ordered by name, class and IRI.
     */
    public static final Node kindPage = term("kindPage");
    /**
     * Article page: The page (of 1,000 articles, from 0) on which a news article stands when the articles are
     * ordered by their source; the lists of quotes, roles, relations, events, amounts and statements, ordered by
     * article first, read only the pages a request needs.
     */
    public static final Node articlePage = term("articlePage");
    /**
     * Mention rank: The place (from 0) of the entity among the 1,000 entities with the most mentions
     * (ng:mentionCount, then entity IRI); kept at build time so that the graph view's most-mentioned entities are
     * read without ranking every entity.
     */
    public static final Node mentionRank = term("mentionRank");
    /**
     * Relation rank: On a relation weight between two of the entities that have an ng:mentionRank, the larger of
     * their two ranks: the relations among the first n ranked entities are those whose relation rank is below n.
     */
    public static final Node relationRank = term("relationRank");
    /**
     * Lists paged: True on the entity summary graph while every entity and co-mention carries its current
     * ng:listPage and ng:kindPage, every article its ng:articlePage and the most-mentioned entities their
     * ng:mentionRank; a write that changes the summary removes it until the pages are recomputed.
     */
    public static final Node listsPaged = term("listsPaged");
    /** Co-mention of: One of the two entities of a co-mention. */
    public static final Node coMentionOf = term("coMentionOf");
    /** Relation subject: The entity the weighed relation goes from. */
    public static final Node relationSubject = term("relationSubject");
    /** Relation property: The ng: relation property of the weighed relation, such as ng:worksWith. */
    public static final Node relationProperty = term("relationProperty");
    /** Relation object: The entity the weighed relation goes to. */
    public static final Node relationObject = term("relationObject");
}

package org.w3id.newsgraph.rdf;

import java.util.Locale;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.w3id.newsgraph.model.Slugs;
import org.w3id.newsgraph.model.Span;

/**
 * Deterministic IRIs for everything the mapper creates (docs/DESIGN.md, "RDF shape"). IRIs depend only on the
 * content, never on counters or run order, so re-loading an article replaces its graph with identical nodes and
 * the same entity key in two articles is one node.
 *
 * <p>Hashed IRIs use the first 16 hex digits of the SHA-1 of the parts' strings (IRIs for nodes, decimal for
 * offsets, "" for an absent part) joined with U+001F (unit separator), which no part contains.
 */
public final class Ids {
    private static final Pattern SAFE_KEY = Pattern.compile("[A-Za-z0-9._~-]+");

    private Ids() {}

    /**
     * A lower-case ASCII slug: accents dropped, every run of other characters turned into one hyphen, no hyphen
     * at either end ("Société Générale" gives "societe-generale"). Empty when nothing alphanumeric is left.
     */
    public static String slug(String s) {
        return Slugs.slug(s);
    }

    /** How many hex digits of the content hash end an article IRI: 48 bits, no collision in any real archive. */
    static final int ARTICLE_HASH_DIGITS = 12;

    /**
     * The article IRI: ngid:article/{slug of the file name without its extension}-{first 12 hex digits of the
     * SHA-256 of its bytes}. The same bytes under the same name give the same IRI (a rebuild replaces the article);
     * two different texts give two articles, whatever their names.
     *
     * @param source the source path or name ({@code a/story.txt}); only its last segment counts
     * @param sha256 the content hash in hex ({@link org.w3id.newsgraph.model.ContentHash})
     */
    public static Node article(String source, String sha256) {
        if (sha256.length() < ARTICLE_HASH_DIGITS) {
            throw new IllegalArgumentException("not a SHA-256 in hex: " + sha256);
        }
        String name = source.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        if (dot > 0) {
            name = name.substring(0, dot);
        }
        return NodeFactory.createURI(Prefixes.NGID + "article/" + nonEmpty(slug(name), name) + "-"
                + sha256.substring(0, ARTICLE_HASH_DIGITS).toLowerCase(Locale.ROOT));
    }

    /**
     * The entity IRI: ngid:entity/{key}. Keys are slugs or gazetteer ids already; a key with characters that
     * are not safe in an IRI path segment becomes a name key ({@link Slugs#nameKey}).
     */
    public static Node entity(String key) {
        String segment = SAFE_KEY.matcher(key).matches() ? key : Slugs.nameKey(key);
        return NodeFactory.createURI(Prefixes.NGID + "entity/" + segment);
    }

    /** The NIF string IRI of a span: {article}#char={begin},{end} (RFC 5147). */
    public static Node span(Node article, Span span) {
        return NodeFactory.createURI(article.getURI() + "#char=" + span.begin() + "," + span.end());
    }

    /** The role assignment IRI: ngid:role/{hash of article, person, title, organisation (or "")}. */
    public static Node role(Node article, Node person, String title, Node organization) {
        return NodeFactory.createURI(Prefixes.NGID + "role/"
                + hash(article.getURI(), person.getURI(), title, organization == null ? "" : organization.getURI()));
    }

    /**
     * The role type (org:Role) IRI: ngid:role-type/{exact key of the lower-cased title}, which is its label: two
     * titles that slug alike but read differently ("minister of ?", "minister of د") are two role types.
     */
    public static Node roleType(String title) {
        return NodeFactory.createURI(Prefixes.NGID + "role-type/" + Slugs.exactKey(title.toLowerCase(Locale.ROOT)));
    }

    /** The quote IRI: ngid:quote/{hash of article, begin, end}. */
    public static Node quote(Node article, Span span) {
        return NodeFactory.createURI(Prefixes.NGID + "quote/"
                + hash(article.getURI(), Integer.toString(span.begin()), Integer.toString(span.end())));
    }

    /** The relation statement IRI: ngid:statement/{hash of article, subject, property, object, evidence begin}. */
    public static Node statement(Node article, Node subject, Node property, Node object, Span evidence) {
        return NodeFactory.createURI(Prefixes.NGID + "statement/" + hash(article.getURI(), subject.getURI(),
                property.getURI(), object.getURI(), Integer.toString(evidence.begin())));
    }

    /** The event IRI: ngid:event/{hash of article, event class, trigger begin, trigger end}. */
    public static Node event(Node article, Node eventClass, Span trigger) {
        return NodeFactory.createURI(Prefixes.NGID + "event/" + hash(article.getURI(), eventClass.getURI(),
                Integer.toString(trigger.begin()), Integer.toString(trigger.end())));
    }

    /** The monetary amount IRI: ngid:amount/{hash of article, begin, end}. */
    public static Node amount(Node article, Span span) {
        return NodeFactory.createURI(Prefixes.NGID + "amount/"
                + hash(article.getURI(), Integer.toString(span.begin()), Integer.toString(span.end())));
    }

    /** The stance IRI: ngid:stance/{hash of article, holder, target, evidence begin, evidence end}. */
    public static Node stance(Node article, Node holder, Node target, Span evidence) {
        return NodeFactory.createURI(Prefixes.NGID + "stance/" + hash(article.getURI(), holder.getURI(),
                target.getURI(), Integer.toString(evidence.begin()), Integer.toString(evidence.end())));
    }

    /** The named graph of the store-level entity summary (labels, counts, co-mentions): ngid:graph/entities. */
    public static final Node ENTITIES_GRAPH = NodeFactory.createURI(Prefixes.NGID + "graph/entities");

    /** A written form of an entity in the summary: ngid:form/{hash of entity, form}. */
    public static Node form(Node entity, String form) {
        return NodeFactory.createURI(Prefixes.NGID + "form/" + hash(entity.getURI(), form));
    }

    /** An entity's vote for one class in the summary: ngid:type-vote/{hash of entity, class}. */
    public static Node typeVote(Node entity, Node entityClass) {
        return NodeFactory.createURI(Prefixes.NGID + "type-vote/" + hash(entity.getURI(), entityClass.getURI()));
    }

    /** The co-mention of two entities, the same in either order: ngid:co-mention/{hash of the two, sorted}. */
    public static Node coMention(Node a, Node b) {
        boolean ordered = a.getURI().compareTo(b.getURI()) <= 0;
        return NodeFactory.createURI(Prefixes.NGID + "co-mention/"
                + hash(ordered ? a.getURI() : b.getURI(), ordered ? b.getURI() : a.getURI()));
    }

    /** The weight of one relation triple in the summary: ngid:relation-weight/{hash of subject, property, object}. */
    public static Node relationWeight(Node subject, Node property, Node object) {
        return NodeFactory.createURI(Prefixes.NGID + "relation-weight/"
                + hash(subject.getURI(), property.getURI(), object.getURI()));
    }

    /** The Wikidata entity IRI of a QID such as "Q183". */
    public static Node wikidata(String qid) {
        return NodeFactory.createURI(Prefixes.WD + qid.strip());
    }

    /** The first 16 hex digits of the SHA-1 of the parts joined with U+001F. */
    static String hash(String... parts) {
        return Slugs.sha1Hex(String.join("\u001f", parts), 16);
    }

    /** Falls back to a hash when a slug is empty (a name of punctuation or a non-Latin script). */
    private static String nonEmpty(String slug, String original) {
        return slug.isEmpty() ? "x" + hash(original) : slug;
    }
}

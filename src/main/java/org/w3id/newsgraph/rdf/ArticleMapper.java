package org.w3id.newsgraph.rdf;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sys.JenaSystem;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.w3id.newsgraph.model.Amount;
import org.w3id.newsgraph.model.ArticleFacts;
import org.w3id.newsgraph.model.ContentHash;
import org.w3id.newsgraph.model.Entity;
import org.w3id.newsgraph.model.Event;
import org.w3id.newsgraph.model.Mention;
import org.w3id.newsgraph.model.Quote;
import org.w3id.newsgraph.model.Relation;
import org.w3id.newsgraph.model.Role;
import org.w3id.newsgraph.model.Sentence;
import org.w3id.newsgraph.model.Span;
import org.w3id.newsgraph.model.Stance;

/**
 * Turns one article's extracted facts into its RDF graph, following the shape contract of docs/DESIGN.md. The
 * only place where facts become triples, so the store, the exports and the shapes all see the same shape.
 *
 * <p>Pure: the output depends only on the input (all IRIs from {@link Ids}), holds no state and is safe to use
 * from many threads.
 */
public final class ArticleMapper {
    static {
        // Jena must initialise before its vocabulary classes (RDF, RDFS) are first touched, or class
        // initialisation fails when this class is the program's first use of Jena (Jena 6.0.0, GH-3877).
        JenaSystem.init();
    }

    private static final Node TYPE = RDF.Nodes.type;
    private static final Node LABEL = RDFS.Nodes.label;

    /**
     * Maps the facts of one article to a new graph (carrying the {@link Prefixes}).
     *
     * @param sha256 the SHA-256 (hex) of the bytes the article was read from: with the source it makes the article
     *               IRI ({@link Ids#article}) and is recorded as {@code ng:sha256}
     */
    public Graph map(ArticleFacts facts, String sha256) {
        return new Run(facts, sha256).map();
    }

    /** Maps facts whose text was never bytes on disk (hand-built facts in tests): the text is hashed as UTF-8. */
    public Graph map(ArticleFacts facts) {
        return map(facts, ContentHash.sha256(facts.text().getBytes(StandardCharsets.UTF_8)));
    }

    /** The state of mapping one article: the graph being built and the nodes shared by its parts. */
    private static final class Run {
        private final ArticleFacts facts;
        private final String sha256;
        private final Graph g = GraphFactory.createDefaultGraph();
        private final Node article;
        private final Node context;
        private final Map<Integer, Sentence> sentencesByIndex = new HashMap<>();
        private final Set<Span> sentenceSpans = new TreeSet<>();

        Run(ArticleFacts facts, String sha256) {
            this.facts = facts;
            this.sha256 = sha256.toLowerCase(Locale.ROOT);
            this.article = Ids.article(facts.source(), this.sha256);
            this.context = Ids.span(article, new Span(0, facts.text().length()));
            for (Sentence s : facts.sentences()) {
                sentencesByIndex.put(s.index(), s);
                sentenceSpans.add(s.span());
            }
        }

        Graph map() {
            g.getPrefixMapping().setNsPrefixes(Prefixes.MAPPING);
            article();
            facts.sentences().forEach(this::sentence);
            facts.entities().forEach(this::entity);
            facts.roles().forEach(this::role);
            facts.quotes().forEach(this::quote);
            facts.relations().forEach(this::relation);
            facts.amounts().forEach(this::amount);
            facts.events().forEach(this::event);
            facts.stances().forEach(this::stance);
            return g;
        }

        private void article() {
            String text = facts.text();
            add(article, TYPE, Schema.NewsArticle);
            add(article, TYPE, NG.NewsArticle);
            add(article, DCTerms.source.asNode(), str(facts.source()));
            add(article, NG.sha256, str(sha256));
            add(article, NG.text, context);
            add(context, TYPE, Nif.Context);
            add(context, Nif.isString, str(text));
            add(context, Nif.beginIndex, integer(0));
            add(context, Nif.endIndex, integer(text.length()));
            if (facts.body() != null) {
                add(context, NG.bodyBegin, integer(facts.body().begin()));
                add(context, NG.bodyEnd, integer(facts.body().end()));
            }
            if (facts.date() != null) {
                add(article, Schema.datePublished, date(facts.date()));
            }
        }

        private void sentence(Sentence s) {
            Node node = offsets(s.span());
            add(node, TYPE, Nif.Sentence);
        }

        private void entity(Entity e) {
            Node node = Ids.entity(e.key());
            add(article, Schema.mentions, node);
            // The class this article gives the entity goes on its own mentions: the entity node is shared by every
            // article, and its one rdf:type is voted in the entity summary (store.TypeVotes).
            Node type = NG.entityClass(e.type());
            // The article's own spelling; the store's one rdfs:label per entity is in the entity summary.
            add(node, Schema.name, str(e.name()));
            for (String alias : e.aliases()) {
                add(node, Schema.alternateName, str(alias));
            }
            if (e.wikidata() != null && !e.wikidata().isBlank()) {
                add(node, OWL.sameAs.asNode(), Ids.wikidata(e.wikidata()));
            }
            for (Mention m : e.mentions()) {
                Node phrase = offsets(m.span());
                add(phrase, TYPE, Nif.Phrase);
                add(phrase, ItsRdf.taIdentRef, node);
                add(phrase, ItsRdf.taClassRef, type);
                Node sentence = sentenceOf(m);
                if (sentence != null) {
                    add(phrase, Nif.sentence, sentence);
                }
            }
        }

        private void role(Role r) {
            Node person = Ids.entity(r.personKey());
            Node organization = r.organizationKey() == null ? null : Ids.entity(r.organizationKey());
            Node node = Ids.role(article, person, r.title(), organization);
            if (r.isMembership()) {
                // no post named: a W3C ORG membership without org:role, and its shortcut org:memberOf
                add(node, TYPE, ORG.Membership.asNode());
                add(node, ORG.member.asNode(), person);
                add(node, ORG.organization.asNode(), organization);
                add(person, ORG.memberOf.asNode(), organization);
                confidence(node, r.confidence());
                evidence(node, r.evidence());
                return;
            }
            Node roleType = Ids.roleType(r.title());
            add(node, TYPE, NG.RoleAssignment);
            add(node, ORG.member.asNode(), person);
            if (organization != null) {
                add(node, ORG.organization.asNode(), organization);
                add(person, NG.holdsRoleIn, organization);
            }
            add(node, ORG.role.asNode(), roleType);
            add(node, NG.title, str(r.title()));
            evidence(node, r.evidence());
            add(roleType, TYPE, ORG.Role.asNode());
            add(roleType, LABEL, str(r.title().toLowerCase(Locale.ROOT)));
        }

        private void quote(Quote q) {
            Node node = Ids.quote(article, q.span());
            add(node, TYPE, NG.Quote);
            add(node, Schema.text, str(q.text()));
            if (q.speakerKey() != null) {
                add(node, NG.speaker, Ids.entity(q.speakerKey()));
            }
            if (q.verb() != null) {
                add(node, NG.reportingVerb, str(q.verb()));
            }
            if (q.via() != null) {
                add(node, NG.via, str(q.via()));
            }
            for (String key : q.mentionedKeys()) {
                add(node, Schema.mentions, Ids.entity(key));
            }
            // The evidence of a quote is the quoted span itself; it points up to the sentence(s) of its attribution.
            Node span = evidence(node, q.span());
            if (q.evidence() != null && !q.evidence().equals(q.span()) && q.evidence().contains(q.span())) {
                add(span, Nif.superString, span(q.evidence()));
            }
        }

        private void relation(Relation r) {
            Node subject = Ids.entity(r.subjectKey());
            Node property = NG.relation(r.type());
            Node object = Ids.entity(r.objectKey());
            add(subject, property, object);
            Node node = Ids.statement(article, subject, property, object, r.evidence());
            add(node, TYPE, NG.RelationStatement);
            add(node, RDF.Nodes.subject, subject);
            add(node, RDF.Nodes.predicate, property);
            add(node, RDF.Nodes.object, object);
            if (r.cue() != null && !r.cue().isBlank()) {
                add(node, NG.cue, str(r.cue()));
            }
            confidence(node, r.confidence());
            evidence(node, r.evidence());
        }

        /** A statement's confidence, to three places: the classifier's probability or the rule family's precision. */
        private void confidence(Node node, Double confidence) {
            if (confidence != null) {
                add(node, NG.confidence, NodeFactory.createLiteralDT(
                        String.format(Locale.ROOT, "%.3f", confidence), XSDDatatype.XSDdouble));
            }
        }

        /** A sum of money: a schema:MonetaryAmount linked from the article, its evidence the amount's own span. */
        private Node amount(Amount a) {
            Node node = Ids.amount(article, a.span());
            add(article, NG.mentionsAmount, node);
            add(node, TYPE, Schema.MonetaryAmount);
            if (a.isRange()) {
                add(node, Schema.minValue, decimal(a.value()));
                add(node, Schema.maxValue, decimal(a.maxValue()));
            } else {
                add(node, Schema.value, decimal(a.value()));
            }
            if (a.per() != null) {
                add(node, NG.perUnit, str(a.per()));
            }
            add(node, Schema.currency, str(a.currency()));
            Node span = evidence(node, a.span());
            Sentence s = sentencesByIndex.get(a.sentence());
            if (s != null && !s.span().equals(a.span()) && s.span().contains(a.span())) {
                add(span, Nif.superString, span(s.span()));
            }
            return node;
        }

        private static Node decimal(java.math.BigDecimal v) {
            return NodeFactory.createLiteralDT(v.toPlainString(), XSDDatatype.XSDdecimal);
        }

        /** An event: ng:Event and its subclass, trigger, participants, place, date, amount; evidence the sentence. */
        private void event(Event e) {
            Node type = NG.eventClass(e.type());
            Node node = Ids.event(article, type, e.span());
            add(node, TYPE, NG.Event);
            add(node, TYPE, type);
            add(node, NG.trigger, str(e.trigger()));
            for (String key : e.participants()) {
                add(node, Schema.participant, Ids.entity(key));
            }
            if (e.placeKey() != null) {
                add(node, Schema.location, Ids.entity(e.placeKey()));
            }
            if (e.date() != null) {
                add(node, Schema.startDate, date(e.date()));
            }
            if (e.amount() != null) {
                add(node, NG.amount, amount(e.amount()));
            }
            Sentence s = sentencesByIndex.get(e.sentence());
            evidence(node, s != null && s.span().contains(e.span()) ? s.span() : e.span());
        }

        /** A stance, its cues and source, plus the direct ng:criticizes or ng:supports triple. */
        private void stance(Stance s) {
            Node holder = Ids.entity(s.holderKey());
            Node target = Ids.entity(s.targetKey());
            Node node = Ids.stance(article, holder, target, s.span());
            add(node, TYPE, NG.Stance);
            add(node, NG.holder, holder);
            add(node, NG.target, target);
            add(node, NG.polarity, NG.polarity(s.polarity()));
            for (String cue : s.cues()) {
                add(node, NG.cue, str(cue));
            }
            if (s.quote() != null) {
                add(node, NG.about, Ids.quote(article, s.quote().span()));
            } else if (s.relation() != null) {
                Relation r = s.relation();
                add(node, NG.about, Ids.statement(article, Ids.entity(r.subjectKey()), NG.relation(r.type()),
                        Ids.entity(r.objectKey()), r.evidence()));
            }
            evidence(node, s.span());
            switch (s.polarity()) {
                case CRITICAL -> add(holder, NG.criticizes, target);
                case SUPPORTIVE -> add(holder, NG.supports, target);
                default -> { }
            }
        }

        /** Links a derived node to its evidence span and its article; returns the span node. */
        private Node evidence(Node node, Span evidence) {
            Node span = span(evidence);
            add(node, NG.evidence, span);
            add(node, Prov.wasDerivedFrom, article);
            return span;
        }

        /** The NIF node of a span: a sentence's node when it is one, else a nif:String of its own. */
        private Node span(Span span) {
            Node node = offsets(span);
            if (!sentenceSpans.contains(span)) {
                add(node, TYPE, Nif.String);
            }
            return node;
        }

        /** The offsets, anchor and context of a span's NIF node. */
        private Node offsets(Span span) {
            Node node = Ids.span(article, span);
            add(node, Nif.beginIndex, integer(span.begin()));
            add(node, Nif.endIndex, integer(span.end()));
            add(node, Nif.anchorOf, str(span.of(facts.text())));
            add(node, Nif.referenceContext, context);
            return node;
        }

        private Node sentenceOf(Mention m) {
            Sentence s = sentencesByIndex.get(m.sentence());
            if (s == null || !s.span().contains(m.span())) {
                s = facts.sentences().stream().filter(x -> x.span().contains(m.span())).findFirst().orElse(null);
            }
            return s == null ? null : Ids.span(article, s.span());
        }

        private void add(Node s, Node p, Node o) {
            g.add(s, p, o);
        }
    }

    private static Node str(String s) {
        return NodeFactory.createLiteralString(s);
    }

    private static Node date(LocalDate d) {
        return NodeFactory.createLiteralDT(d.toString(), XSDDatatype.XSDdate);
    }

    private static Node integer(int n) {
        return NodeFactory.createLiteralDT(Integer.toString(n), XSDDatatype.XSDnonNegativeInteger);
    }
}

package org.w3id.newsgraph.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.InputStream;
import java.io.StringWriter;
import java.util.List;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.ORG;
import org.junit.jupiter.api.Test;
import org.w3id.newsgraph.model.ArticleFacts;
import org.w3id.newsgraph.model.Quote;
import org.w3id.newsgraph.model.Relation;
import org.w3id.newsgraph.model.RelationType;
import org.w3id.newsgraph.model.Role;
import org.w3id.newsgraph.model.Span;

class ArticleMapperTest {
    private final ArticleMapper mapper = new ArticleMapper();

    @Test
    void goldenArticleMapsToExpectedGraph() throws Exception {
        Graph actual = mapper.map(GoldenFacts.facts());
        Graph expected = GraphFactory.createDefaultGraph();
        try (InputStream in = getClass().getResourceAsStream("/mapping/basic/expected.ttl")) {
            RDFParser.source(in).lang(Lang.TURTLE).parse(expected);
        }
        if (!IsoMatcher.isomorphic(expected, actual)) {
            List<Triple> missing = expected.find().filterDrop(actual::contains).toList();
            List<Triple> unexpected = actual.find().filterDrop(expected::contains).toList();
            StringWriter out = new StringWriter();
            RDFDataMgr.write(out, actual, RDFFormat.TURTLE_PRETTY);
            fail("mapped graph differs from expected.ttl\nmissing:\n" + lines(missing) + "unexpected:\n"
                    + lines(unexpected) + "actual graph:\n" + out);
        }
    }

    @Test
    void mappingTwiceGivesEqualGraphs() {
        Graph first = mapper.map(GoldenFacts.facts());
        Graph second = new ArticleMapper().map(GoldenFacts.facts());
        assertEquals(first.size(), second.size());
        assertTrue(first.find().filterDrop(second::contains).toList().isEmpty(), "same triples, no blank nodes");
        assertTrue(first.isIsomorphicWith(second));
    }

    @Test
    void offsetsAreNonNegativeIntegersAndAnchorsMatchTheText() {
        Graph g = mapper.map(GoldenFacts.facts());
        Node quoteSpan = NodeFactory.createURI("https://w3id.org/newsgraph/id/article/golden-article-566b766ffe7f#char=66,87");
        assertTrue(g.contains(quoteSpan, Nif.beginIndex,
                NodeFactory.createLiteralDT("66", XSDDatatype.XSDnonNegativeInteger)));
        assertTrue(g.contains(quoteSpan, Nif.anchorOf,
                NodeFactory.createLiteralString("\u201cOur plans are safe,\u201d")));
        assertEquals(4, g.find(Node.ANY, RDF.Nodes.type, Nif.Sentence).toList().size());
        assertEquals(8, g.find(Node.ANY, RDF.Nodes.type, Nif.Phrase).toList().size());
    }

    @Test
    void roleWithoutOrganizationAndQuoteWithoutSpeakerStillConform() {
        ArticleFacts f = GoldenFacts.facts();
        Role role = new Role("jane-doe", "CEO", null, f.roles().get(0).evidence());
        Quote q = f.quotes().get(0);
        Quote unattributed = new Quote(q.text(), q.span(), null, "statement", null, List.of("acme"), q.evidence());
        ArticleFacts changed = new ArticleFacts(f.source(), f.text(), f.body(), f.boilerplate(), f.sentences(),
                f.entities(), List.of(role), List.of(unattributed), List.of());
        Graph g = mapper.map(changed);

        assertTrue(g.find(Node.ANY, NG.holdsRoleIn, Node.ANY).toList().isEmpty());
        assertTrue(g.find(Node.ANY, ORG.organization.asNode(), Node.ANY).toList().isEmpty());
        Node article = g.find(Node.ANY, RDF.Nodes.type, NG.NewsArticle).next().getSubject();
        Node quote = Ids.quote(article, q.span());
        assertTrue(g.find(quote, NG.speaker, Node.ANY).toList().isEmpty());
        assertTrue(g.contains(quote, NG.via, NodeFactory.createLiteralString("statement")));
        assertTrue(g.contains(quote, Schema.mentions, Ids.entity("acme")));
        assertEquals(List.of(), new ShapeValidator().validate(g).messages());
    }

    @Test
    void membershipIsAnOrgMembershipWithMemberOfAndNoPost() {
        ArticleFacts f = GoldenFacts.facts();
        Role member = Role.membership("jane-doe", "acme", f.sentences().get(0).span());
        ArticleFacts changed = new ArticleFacts(f.source(), f.text(), f.body(), f.boilerplate(), f.sentences(),
                f.entities(), List.of(member), f.quotes(), List.of());
        Graph g = mapper.map(changed);
        Node article = g.find(Node.ANY, RDF.Nodes.type, NG.NewsArticle).next().getSubject();
        Node node = Ids.role(article, Ids.entity("jane-doe"), "", Ids.entity("acme"));
        assertEquals(List.of(Triple.create(Ids.entity("jane-doe"), ORG.memberOf.asNode(), Ids.entity("acme"))),
                g.find(Node.ANY, ORG.memberOf.asNode(), Node.ANY).toList());
        assertTrue(g.contains(node, RDF.Nodes.type, ORG.Membership.asNode()));
        assertTrue(g.contains(node, ORG.member.asNode(), Ids.entity("jane-doe")));
        assertTrue(g.contains(node, ORG.organization.asNode(), Ids.entity("acme")));
        assertTrue(g.contains(node, Prov.wasDerivedFrom, article));
        assertTrue(g.find(Node.ANY, RDF.Nodes.type, NG.RoleAssignment).toList().isEmpty(), "no post");
        assertTrue(g.find(node, NG.title, Node.ANY).toList().isEmpty());
        assertTrue(g.find(node, ORG.role.asNode(), Node.ANY).toList().isEmpty());
        assertTrue(g.find(Node.ANY, NG.holdsRoleIn, Node.ANY).toList().isEmpty());
        ValidationResult v = new ShapeValidator().validate(g);
        assertTrue(v.conforms(), v.messages().toString());
    }

    @Test
    void learnedStatementsCarryTheirConfidenceAndRulesNone() {
        ArticleFacts f = GoldenFacts.facts();
        Span sentence = f.sentences().get(0).span();
        Role member = new Role("jane-doe", "", "acme", sentence, 0.4567);
        Relation learned = new Relation("acme", RelationType.BASED_IN, "jane-doe", "", sentence, 0.81);
        Relation rule = new Relation("jane-doe", RelationType.SPOKE_TO, "acme", "told", sentence);
        ArticleFacts changed = new ArticleFacts(f.source(), f.text(), f.body(), f.boilerplate(), f.sentences(),
                f.entities(), List.of(member), f.quotes(), List.of(learned, rule));
        Graph g = mapper.map(changed);
        List<String> values = g.find(Node.ANY, NG.confidence, Node.ANY).toList().stream()
                .map(t -> t.getObject().getLiteralLexicalForm() + " " + t.getObject().getLiteralDatatypeURI())
                .sorted().toList();
        assertEquals(List.of("0.457 " + XSDDatatype.XSDdouble.getURI(), "0.810 " + XSDDatatype.XSDdouble.getURI()),
                values);
        Node article = g.find(Node.ANY, RDF.Nodes.type, NG.NewsArticle).next().getSubject();
        Node membership = Ids.role(article, Ids.entity("jane-doe"), "", Ids.entity("acme"));
        assertEquals(1, g.find(membership, NG.confidence, Node.ANY).toList().size());
        ValidationResult v = new ShapeValidator().validate(g);
        assertTrue(v.conforms(), v.messages().toString());
    }

    private static String lines(List<Triple> triples) {
        StringBuilder sb = new StringBuilder();
        triples.forEach(t -> sb.append("  ").append(t).append('\n'));
        return sb.toString();
    }

    @Test
    void twoTitlesThatSlugAlikeAreTwoRoleTypesAndTheGraphKeepsItsShape() {
        // Issue 9: "minister of ?" and "minister of د" minted one role type with two labels: the article broke the
        // shapes and was dropped whole.
        ArticleFacts f = GoldenFacts.facts();
        Role a = new Role("jane-doe", "minister of ?", "acme", f.sentences().get(0).span());
        Role b = new Role("jane-doe", "minister of د", "acme", f.sentences().get(0).span());
        ArticleFacts both = new ArticleFacts(f.source(), f.text(), f.body(), f.boilerplate(), f.sentences(),
                f.entities(), List.of(a, b), f.quotes(), f.relations(), f.date(), f.amounts(), f.dates(), f.events(),
                f.stances());
        Graph g = mapper.map(both);
        assertEquals(2, g.find(Node.ANY, RDF.Nodes.type, ORG.Role.asNode()).toList().size());
        ValidationResult v = new ShapeValidator().validate(g);
        assertTrue(v.conforms(), v.messages().toString());
    }
}

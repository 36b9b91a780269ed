package org.w3id.newsgraph.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;

class ShapeValidatorTest {
    private static final ShapeValidator VALIDATOR = new ShapeValidator();
    private static final String ID = "https://w3id.org/newsgraph/id/";

    @Test
    void goldenGraphConforms() {
        ValidationResult result = VALIDATOR.validate(new ArticleMapper().map(GoldenFacts.facts()));
        assertEquals(List.of(), result.messages());
        assertTrue(result.conforms());
    }

    @Test
    void missingLabelAndTwoSpeakersAreReported() {
        Graph g = new ArticleMapper().map(GoldenFacts.facts());
        Node acme = NodeFactory.createURI(ID + "entity/acme");
        Node france = NodeFactory.createURI(ID + "entity/france");
        g.delete(acme, Schema.name, NodeFactory.createLiteralString("Acme"));
        Node quote = g.find(Node.ANY, NG.speaker, Node.ANY).next().getSubject();
        g.add(quote, NG.speaker, france);

        ValidationResult result = VALIDATOR.validate(g);

        assertFalse(result.conforms());
        assertEquals(List.of(
                "ngid:entity/acme: an entity needs a schema:name (string), the article's spelling (schema:name)",
                "ngid:quote/111c20a63c18d112: a quote has at most one ng:speaker, an entity (ng:speaker)"),
                result.messages());
    }

    @Test
    void subclassTargetsNeedTheOntology() {
        // ng:Company is checked by the ng:Organization shape through rdfs:subClassOf from the ontology.
        Graph g = new ArticleMapper().map(GoldenFacts.facts());
        Node acme = NodeFactory.createURI(ID + "entity/acme");
        // two rdfs:labels: the union graph may hold only the entity summary's one
        g.add(acme, RDFS.Nodes.label, NodeFactory.createLiteralString("Acme Inc."));
        g.add(acme, RDFS.Nodes.label, NodeFactory.createLiteralString("Acme"));
        assertEquals(List.of("ngid:entity/acme: an entity has at most one rdfs:label (string), the entity summary's"
                + " (rdfs:label)"),
                VALIDATOR.validate(g).messages());
    }

    @Test
    void relationPredicateMustBeARelation() {
        Graph g = new ArticleMapper().map(GoldenFacts.facts());
        Node statement = g.find(Node.ANY, org.apache.jena.vocabulary.RDF.Nodes.predicate, Node.ANY).next().getSubject();
        g.delete(statement, org.apache.jena.vocabulary.RDF.Nodes.predicate, NG.basedIn);
        g.add(statement, org.apache.jena.vocabulary.RDF.Nodes.predicate, NG.title);
        assertEquals(List.of("ngid:statement/5cfd21ce331c1679: the rdf:predicate of a relation statement must be a "
                + "relation (rdfs:subPropertyOf ng:relatedTo) (rdf:predicate)"), VALIDATOR.validate(g).messages());
    }
}

package org.w3id.newsgraph.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.w3id.newsgraph.model.EntityType;
import org.w3id.newsgraph.model.EventType;
import org.w3id.newsgraph.model.Polarity;
import org.w3id.newsgraph.model.RelationType;

class VocabularyTest {
    private final Graph ontology = Ontology.ontology();

    @Test
    void everyConstantIsDeclaredWithLabelAndComment() throws Exception {
        Map<String, Node> constants = constants();
        assertEquals(97, constants.size(), "28 classes, 3 individuals and 66 properties");
        for (Map.Entry<String, Node> c : constants.entrySet()) {
            Node term = c.getValue();
            assertEquals(NG.NS + c.getKey(), term.getURI(), "constant name is the local name");
            assertTrue(ontology.contains(term, RDF.Nodes.type, Node.ANY), c.getKey() + " declared");
            assertEquals(1, ontology.find(term, RDFS.Nodes.label, Node.ANY).toList().size(), c.getKey() + " label");
            assertEquals(1, ontology.find(term, RDFS.Nodes.comment, Node.ANY).toList().size(), c.getKey() + " comment");
        }
    }

    @Test
    void everyOntologyTermHasAConstant() throws Exception {
        Set<String> declared = new TreeSet<>();
        ontology.find(Node.ANY, RDF.Nodes.type, Node.ANY)
                .mapWith(Triple::getSubject)
                .filterKeep(n -> n.isURI() && n.getURI().startsWith(NG.NS))
                .forEach(n -> declared.add(n.getURI().substring(NG.NS.length())));
        assertEquals(declared, constants().keySet());
    }

    @Test
    void entityAndRelationTypesAreOntologyTerms() {
        for (EntityType t : EntityType.values()) {
            assertTrue(ontology.contains(NG.entityClass(t), RDF.Nodes.type, OWL.Class.asNode()), t.name());
            Node expectedSuper = switch (t.coarse()) {
                case PERSON -> null;
                case ORGANIZATION -> NG.Organization;
                default -> NG.Place;
            };
            if (t.coarse() != t) {
                assertTrue(ontology.contains(NG.entityClass(t), RDFS.Nodes.subClassOf, expectedSuper), t.name());
            }
        }
        for (RelationType t : RelationType.values()) {
            Node p = NG.relation(t);
            assertTrue(ontology.contains(p, RDF.Nodes.type, OWL.ObjectProperty.asNode()), t.name());
            assertTrue(ontology.contains(p, RDFS.Nodes.subPropertyOf, NG.relatedTo), t.name());
            Node label = NodeFactory.createLiteralLang(t.label(), "en");
            assertTrue(ontology.contains(p, RDFS.Nodes.label, label), t.name());
        }
    }

    @Test
    void classesReachTheirSchemaOrgSuperclasses() {
        Map<Node, Node> expected = Map.ofEntries(
                Map.entry(NG.Person, Schema.Person),
                Map.entry(NG.Organization, Schema.Organization),
                Map.entry(NG.Company, Schema.Corporation),
                Map.entry(NG.GovernmentBody, Schema.GovernmentOrganization),
                Map.entry(NG.MediaOrganization, Schema.NewsMediaOrganization),
                Map.entry(NG.PoliticalOrganization, Schema.Organization),
                Map.entry(NG.Place, Schema.Place),
                Map.entry(NG.Country, Schema.Country),
                Map.entry(NG.City, Schema.City),
                Map.entry(NG.Region, Schema.AdministrativeArea),
                Map.entry(NG.NewsArticle, Schema.NewsArticle),
                Map.entry(NG.Quote, Schema.Quotation));
        expected.forEach((c, s) -> assertTrue(reaches(c, s), c + " ⊑* " + s));
        for (EntityType t : EntityType.values()) {
            Node top = switch (t.coarse()) {
                case PERSON -> Schema.Person;
                case ORGANIZATION -> Schema.Organization;
                default -> Schema.Place;
            };
            assertTrue(reaches(NG.entityClass(t), top), t + " ⊑* " + top);
        }
        assertFalse(reaches(NG.Company, Schema.Place));
        assertTrue(reaches(NG.RoleAssignment, NodeFactory.createURI("http://www.w3.org/ns/org#Membership")));
        assertTrue(reaches(NG.RelationStatement, RDF.Nodes.Statement));
        assertTrue(reaches(NG.RelationStatement, Prov.Entity));
        assertTrue(reaches(NG.Event, Schema.Event));
        assertTrue(reaches(NG.Event, Prov.Entity));
        assertTrue(reaches(NG.Stance, Prov.Entity));
        for (EventType t : EventType.values()) {
            assertTrue(ontology.contains(NG.eventClass(t), RDFS.Nodes.subClassOf, NG.Event), t.name());
            assertTrue(reaches(NG.eventClass(t), Schema.Event), t.name());
        }
    }

    @Test
    void membershipsAlignWithW3cOrg() {
        // a post holder is a member too; a membership without a post is org:memberOf (issue 11)
        assertTrue(ontology.contains(NG.holdsRoleIn, RDFS.Nodes.subPropertyOf,
                org.apache.jena.vocabulary.ORG.memberOf.asNode()));
        assertTrue(ontology.contains(NG.holdsRoleIn, RDFS.Nodes.subPropertyOf, NG.relatedTo));
        assertTrue(reaches(NG.RoleAssignment, org.apache.jena.vocabulary.ORG.Membership.asNode()));
    }

    @Test
    void stanceTermsArePolaritiesAndRelations() {
        for (Polarity p : Polarity.values()) {
            assertTrue(ontology.contains(NG.polarity(p), RDF.Nodes.type, NG.Polarity), p.name());
        }
        assertTrue(ontology.contains(NG.criticizes, RDFS.Nodes.subPropertyOf, NG.relatedTo));
        assertTrue(ontology.contains(NG.supports, RDFS.Nodes.subPropertyOf, NG.relatedTo));
        assertFalse(ontology.contains(NG.cue, RDFS.Nodes.domain, Node.ANY), "ng:cue serves relations and stances");
    }

    @Test
    void subclassPathQueryOfTheContractWorks() {
        String query = Prefixes.sparql() + """
                SELECT ?c WHERE { ?c rdfs:subClassOf* schema:Organization FILTER(STRSTARTS(STR(?c), STR(ng:))) }
                ORDER BY ?c""";
        var model = ModelFactory.createModelForGraph(ontology);
        Set<String> found = new TreeSet<>();
        try (var qe = QueryExecutionFactory.create(query, model)) {
            qe.execSelect().forEachRemaining(row -> found.add(row.getResource("c").getLocalName()));
        }
        assertEquals(Set.of("Company", "GovernmentBody", "MediaOrganization", "Organization", "PoliticalOrganization"),
                found);
    }

    @Test
    void prefixesCoverTheContract() {
        assertEquals(NG.NS, Prefixes.MAPPING.getNsPrefixURI("ng"));
        assertEquals("http://schema.org/", Prefixes.MAPPING.getNsPrefixURI("schema"));
        assertEquals(Set.of("ng", "ngid", "schema", "org", "prov", "nif", "itsrdf", "dcterms", "skos", "owl", "rdf",
                "rdfs", "xsd", "wd", "sh"), Prefixes.MAPPING.getNsPrefixMap().keySet());
    }

    private boolean reaches(Node c, Node superclass) {
        Set<Node> seen = new java.util.HashSet<>();
        java.util.Deque<Node> todo = new java.util.ArrayDeque<>(Set.of(c));
        while (!todo.isEmpty()) {
            Node n = todo.pop();
            if (n.equals(superclass)) {
                return true;
            }
            if (seen.add(n)) {
                ontology.find(n, RDFS.Nodes.subClassOf, Node.ANY).mapWith(Triple::getObject).forEach(todo::push);
            }
        }
        return false;
    }

    private static Map<String, Node> constants() throws IllegalAccessException {
        Map<String, Node> out = new TreeMap<>();
        for (Field f : NG.class.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == Node.class) {
                out.put(f.getName(), (Node) f.get(null));
            }
        }
        return out;
    }
}

package org.w3id.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.newsgraph.rdf.ArchiveShapes;
import org.w3id.newsgraph.rdf.Ids;
import org.w3id.newsgraph.rdf.NG;
import org.w3id.newsgraph.rdf.ValidationResult;
import org.w3id.newsgraph.store.NewsStore;

/**
 * One node per entity across the archive: a store built from the seeds and the development part holds, in its
 * union default graph, one coarse type and one label per entity, and {@code build} says it conforms to
 * ontology/archive-shapes.ttl; a store where they disagree does not, and {@code build} says so in one line.
 */
class ArchiveShapesTest {
    static final String ENTITY = "https://w3id.org/newsgraph/id/entity/";

    @TempDir
    static Path dir;
    static Path store;
    static Cli built;

    @BeforeAll
    static void buildSeedsAndTheDevelopmentPart() {
        store = dir.resolve("store");
        built = Cli.run("build", "--store", store.toString(), "seeds", "src/test/resources/devset/dev");
    }

    static long count(DatasetGraph d, String select) {
        String q = """
                PREFIX ng: <https://w3id.org/newsgraph/ontology#>
                PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                PREFIX schema: <http://schema.org/>
                """ + select;
        return Txn.calculateRead(d, () -> {
            var rs = QueryExec.dataset(d).query(q).select();
            return Long.parseLong(rs.next().get("n").getLiteralLexicalForm());
        });
    }

    @Test
    void theBuiltUnionHasOneTypeAndOneLabelPerEntity() {
        assertEquals(0, built.exit(), built.err());
        assertTrue(built.out().contains("  shapes:    the union graph conforms to ontology/archive-shapes.ttl"),
                built.out());
        try (NewsStore s = NewsStore.open(store)) {
            DatasetGraph d = s.dataset();
            long entities = count(d, "SELECT (COUNT(DISTINCT ?e) AS ?n) { ?a schema:mentions ?e }");
            assertTrue(entities > 250, entities + " entities");
            assertEquals(0, count(d, """
                    SELECT (COUNT(DISTINCT ?e) AS ?n) {
                      VALUES (?x ?y) { (ng:Person ng:Organization) (ng:Person ng:Place) (ng:Organization ng:Place) }
                      ?e a ?c1 . ?c1 rdfs:subClassOf* ?x . ?e a ?c2 . ?c2 rdfs:subClassOf* ?y . }"""));
            assertEquals(entities, count(d, """
                    SELECT (COUNT(*) AS ?n) { SELECT ?e { ?a schema:mentions ?e . ?e a ?c .
                      FILTER(STRSTARTS(STR(?c), STR(ng:))) } GROUP BY ?e HAVING (COUNT(DISTINCT ?c) = 1) }"""),
                    "every mentioned entity has exactly one ng: class");
            assertEquals(entities, count(d, """
                    SELECT (COUNT(*) AS ?n) { SELECT ?e { ?a schema:mentions ?e . ?e rdfs:label ?l . }
                      GROUP BY ?e HAVING (COUNT(DISTINCT ?l) = 1) }"""), "every mentioned entity has one label");
            ValidationResult r = Txn.calculateRead(d, () -> new ArchiveShapes().validate(d.getUnionGraph()));
            assertTrue(r.conforms(), String.join("\n", r.messages()));
        }
    }

    /** A store known to conform has only the entities a build changed checked; a write around it undoes that. */
    @Test
    void aBuildOnAConformingStoreChecksTheEntitiesItChanged() throws IOException {
        Path copy = dir.resolve("scoped");
        Cli first = Cli.run("build", "--store", copy.toString(), "seeds");
        assertTrue(first.out().contains("  shapes:    the union graph conforms to"), first.out());
        Path more = Files.writeString(dir.resolve("scoped.txt"), BadInputTest.GOOD, StandardCharsets.UTF_8);
        Cli again = Cli.run("build", "--store", copy.toString(), more.toString());
        assertEquals(0, again.exit(), again.err());
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(
                "  shapes:    the (\\d+) entit(y|ies) this build changed conforms? to ontology/archive-shapes\\.ttl")
                .matcher(again.out());
        assertTrue(m.find(), again.out());
        long mentioned;
        try (NewsStore s = NewsStore.open(copy)) {
            Node article = s.articles().stream().filter(a -> a.getURI().contains("scoped")).findFirst().orElseThrow();
            mentioned = Txn.calculateRead(s.dataset(), () -> org.apache.jena.atlas.iterator.Iter.count(
                    s.dataset().find(article, article, org.w3id.newsgraph.rdf.Schema.mentions, Node.ANY)));
        }
        assertTrue(mentioned > 0);
        assertEquals(mentioned, Long.parseLong(m.group(1)), "the new article's entities, and no other: " + again.out());
    }

    @Test
    void aSecondCoarseTypeOrLabelBreaksTheShapesAndTheBuildSaysSo() throws IOException {
        Path copy = dir.resolve("broken");
        Cli first = Cli.run("build", "--store", copy.toString(), "seeds");
        assertEquals(0, first.exit(), first.err());
        Node person;
        Node other;
        try (NewsStore s = NewsStore.open(copy)) {
            DatasetGraph d = s.dataset();
            person = Txn.calculateRead(d, () -> d.find(Ids.ENTITIES_GRAPH, Node.ANY, RDF.Nodes.type, NG.Person)
                    .next().getSubject());
            other = Txn.calculateRead(d, () -> d.find(Ids.ENTITIES_GRAPH, Node.ANY, RDF.Nodes.type, NG.Country)
                    .next().getSubject());
            Node graph = NodeFactory.createURI("https://w3id.org/newsgraph/id/graph/hand-made");
            Txn.executeWrite(d, () -> {
                // what an article graph of the old shape asserted, and a second label, both written around build
                d.add(graph, person, RDF.Nodes.type, NG.Organization);
                d.add(graph, other, RDFS.Nodes.label, NodeFactory.createLiteralString("A Second Label"));
            });
            ValidationResult r = Txn.calculateRead(d, () -> new ArchiveShapes().validate(d.getUnionGraph()));
            assertFalse(r.conforms());
            String p = person.getURI().substring(ENTITY.length());
            String o = other.getURI().substring(ENTITY.length());
            assertTrue(r.messages().stream().anyMatch(m -> m.contains(p) && m.contains("disjoint coarse types")),
                    String.join("\n", r.messages()));
            assertTrue(r.messages().stream().anyMatch(m -> m.contains(p) && m.contains("one entity class")),
                    String.join("\n", r.messages()));
            assertTrue(r.messages().stream().anyMatch(m -> m.contains(o) && m.contains("one rdfs:label")),
                    String.join("\n", r.messages()));
            assertEquals(3, r.messages().size(), String.join("\n", r.messages()));
        }
        Path more = Files.writeString(dir.resolve("more.txt"), BadInputTest.GOOD, StandardCharsets.UTF_8);
        Cli again = Cli.run("build", "--store", copy.toString(), more.toString());
        assertEquals(1, again.exit(), again.out());
        List<String> lines = again.err().lines().filter(l -> l.startsWith("newsgraph:")).toList();
        assertEquals(1, lines.size(), again.err());
        assertTrue(lines.get(0).startsWith("newsgraph: the union graph breaks ontology/archive-shapes.ttl in 3 places;"
                + " the first: "), lines.get(0));
        assertFalse(again.err().contains("\tat "), "no stack trace");
    }
}

package org.w3id.newsgraph.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.atlas.iterator.Iter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.newsgraph.store.NewsStore;

class ExporterTest {
    static final String ID = "https://w3id.org/newsgraph/id/";
    static final Node ART_A = NodeFactory.createURI(ID + "article/a");
    static final Node ART_B = NodeFactory.createURI(ID + "article/b");
    static final String PREFIXES = """
            @prefix schema: <http://schema.org/> .
            @prefix ng: <https://w3id.org/newsgraph/ontology#> .
            @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
            @prefix nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#> .
            @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
            """;
    static final String A = PREFIXES + """
            <https://w3id.org/newsgraph/id/article/a> a schema:NewsArticle ;
                schema:mentions <https://w3id.org/newsgraph/id/entity/bt> ;
                ng:text <https://w3id.org/newsgraph/id/article/a#char=0,12> .
            <https://w3id.org/newsgraph/id/article/a#char=0,12> a nif:Context ;
                nif:isString "BT said \\"no\\"\\nthen é." ; nif:beginIndex 0 ; nif:endIndex 12 .
            <https://w3id.org/newsgraph/id/entity/bt> a ng:Company ; rdfs:label "BT"@en , "B.T." .
            """;
    static final String B = PREFIXES + """
            <https://w3id.org/newsgraph/id/article/b> a schema:NewsArticle ;
                schema:mentions <https://w3id.org/newsgraph/id/entity/bt> .
            <https://w3id.org/newsgraph/id/entity/bt> a ng:Company ; rdfs:label "BT"@en .
            [] a ng:Quote ; schema:text "We are fine" .
            """;
    static final String ONTO = PREFIXES + """
            ng:Company rdfs:subClassOf schema:Organization ; rdfs:label "Company" .
            """;

    @TempDir
    Path tmp;
    NewsStore store;
    Graph a;
    Graph b;
    Graph onto;

    static Graph parse(String ttl) {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(ttl, Lang.TURTLE).parse(g);
        return g;
    }

    @BeforeEach
    void setUp() {
        store = NewsStore.open(tmp.resolve("db"));
        a = parse(A);
        b = parse(B);
        onto = parse(ONTO);
        store.replaceArticle(ART_A, a);
        store.replaceArticle(ART_B, b);
        store.replaceGraph(NewsStore.ONTOLOGY_GRAPH, onto);
    }

    @AfterEach
    void tearDown() {
        store.close();
    }

    Graph union() {
        Graph u = GraphFactory.createDefaultGraph();
        for (Graph g : List.of(a, b, onto)) {
            g.find().forEach(u::add);
        }
        return u;
    }

    String export(ExportFormat f) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Exporter.write(store.dataset(), f, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void graphFormatsRoundTripToTheUnionGraph() {
        Graph expected = union();
        assertEquals(16, expected.size(), "the union merges the shared entity triples");
        for (ExportFormat f : List.of(ExportFormat.TURTLE, ExportFormat.NTRIPLES, ExportFormat.JSONLD)) {
            String text = export(f);
            Graph back = GraphFactory.createDefaultGraph();
            RDFParser.fromString(text, f.lang()).parse(back);
            assertTrue(IsoMatcher.isomorphic(expected, back), f + " did not round-trip:\n" + text);
            if (f == ExportFormat.JSONLD) {
                assertTrue(text.contains("\"@context\"") && text.contains("\"ng\": \"https://w3id.org/newsgraph/ontology#\""),
                        text);
            }
        }
    }

    @Test
    void turtleUsesTheProjectPrefixes() {
        String ttl = export(ExportFormat.TURTLE);
        assertTrue(ttl.matches("(?s).*PREFIX ng: +<https://w3id\\.org/newsgraph/ontology#>.*"), ttl);
        assertTrue(ttl.matches("(?s).*PREFIX nif: +<http://persistence\\.uni-leipzig\\.org/nlp2rdf/ontologies/nif-core#>.*"), ttl);
        assertTrue(ttl.contains("ng:Company"), ttl);
        assertTrue(ttl.contains("schema:NewsArticle"), ttl);
    }

    @Test
    void datasetFormatsKeepEveryNamedGraph() {
        for (ExportFormat f : List.of(ExportFormat.TRIG, ExportFormat.NQUADS)) {
            String text = export(f);
            DatasetGraph back = DatasetGraphFactory.createTxnMem();
            RDFParser.fromString(text, f.lang()).parse(back);
            Set<Node> names = Iter.toSet(back.listGraphNodes());
            assertEquals(Set.of(ART_A, ART_B, NewsStore.ONTOLOGY_GRAPH), names, f.toString());
            assertTrue(IsoMatcher.isomorphic(a, back.getGraph(ART_A)), f + ":\n" + text);
            assertTrue(IsoMatcher.isomorphic(b, back.getGraph(ART_B)), f + ":\n" + text);
            assertTrue(IsoMatcher.isomorphic(onto, back.getGraph(NewsStore.ONTOLOGY_GRAPH)), f + ":\n" + text);
            assertEquals(0, back.getDefaultGraph().size(), f + ": nothing in the default graph");
        }
    }

    @Test
    void formatNamesAndExtensions() {
        assertEquals("turtle|trig|jsonld|nquads|ntriples|graphml|gexf|dot|cytoscape", ExportFormat.names());
        assertEquals(List.of("ttl", "trig", "jsonld", "nq", "nt", "graphml", "gexf", "dot", "cyjs"),
                List.of(ExportFormat.values()).stream().map(ExportFormat::extension).collect(Collectors.toList()));
        assertEquals(ExportFormat.NQUADS, ExportFormat.parse("NQuads"));
        assertEquals(ExportFormat.TURTLE, ExportFormat.parse("ttl"));
        assertEquals(ExportFormat.GEXF, ExportFormat.parse("GEXF"));
        assertEquals(ExportFormat.CYTOSCAPE, ExportFormat.parse("cyjs"));
        assertEquals(List.of("text/turtle", "application/ld+json", "application/graphml+xml", "application/gexf+xml",
                "text/vnd.graphviz", "application/json"),
                List.of(ExportFormat.TURTLE, ExportFormat.JSONLD, ExportFormat.GRAPHML, ExportFormat.GEXF,
                        ExportFormat.DOT, ExportFormat.CYTOSCAPE).stream().map(ExportFormat::mediaType).toList());
        assertEquals(List.of(ExportFormat.GRAPHML, ExportFormat.GEXF, ExportFormat.DOT, ExportFormat.CYTOSCAPE),
                List.of(ExportFormat.values()).stream().filter(ExportFormat::isGraph).toList());
        assertEquals("unknown export format 'rdfxml'; known: turtle|trig|jsonld|nquads|ntriples|graphml|gexf|dot|cytoscape",
                assertThrows(IllegalArgumentException.class, () -> ExportFormat.parse("rdfxml")).getMessage());
    }
}

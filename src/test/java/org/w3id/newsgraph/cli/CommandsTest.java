package org.w3id.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.vocabulary.RDFS;
import org.w3id.newsgraph.rdf.Ids;
import org.w3id.newsgraph.rdf.NG;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The commands end to end, in-process, on a real TDB2 store in a temporary folder. */
class CommandsTest {
    @TempDir
    Path dir;

    private String store() {
        return dir.resolve("store").toString();
    }

    private static Graph turtle(String text) {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(text, Lang.TURTLE).parse(g);
        return g;
    }

    @Test
    void extractPrintsTheArticleGraphAndTouchesNoStore() {
        Cli r = Cli.run("extract", "seeds/004_25da5277dcdc13c7.txt");
        assertEquals(0, r.exit(), r.err());
        Graph g = turtle(r.out());
        assertTrue(g.contains(NodeFactory.createURI("https://w3id.org/newsgraph/id/entity/christopher-wray"),
                RDFS.label.asNode(), NodeFactory.createLiteralString("Christopher Wray")));
        assertTrue(r.out().startsWith("PREFIX") || r.out().startsWith("@prefix"), "readable Turtle with prefixes");
    }

    @ParameterizedTest(name = "extract --format {0}")
    @CsvSource({"trig, TRIG", "nquads, NQUADS", "ntriples, NTRIPLES", "jsonld, JSONLD"})
    void extractWritesEveryRdfFormat(String format, String lang) {
        Cli r = Cli.run("extract", "seeds/004_25da5277dcdc13c7.txt", "--format", format);
        assertEquals(0, r.exit(), r.err());
        DatasetGraph d = DatasetGraphFactory.createGeneral();
        RDFParser.fromString(r.out(), RDFLanguages.nameToLang(lang)).parse(d);
        Node wray = NodeFactory.createURI("https://w3id.org/newsgraph/id/entity/christopher-wray");
        assertTrue(d.contains(Node.ANY, wray, RDFS.label.asNode(), NodeFactory.createLiteralString("Christopher Wray")),
                r.out());
    }

    @Test
    void streamedNQuadsAreTheInMemoryDataset() {
        // N-Quads stream article by article with the summary's counts only; TriG goes through the in-memory path
        Cli quads = Cli.run("extract", "seeds", "--format", "nquads");
        Cli trig = Cli.run("extract", "seeds", "--format", "trig");
        assertEquals(0, quads.exit(), quads.err());
        assertEquals(0, trig.exit(), trig.err());
        DatasetGraph streamed = DatasetGraphFactory.createGeneral();
        RDFParser.fromString(quads.out(), RDFLanguages.NQUADS).parse(streamed);
        DatasetGraph held = DatasetGraphFactory.createGeneral();
        RDFParser.fromString(trig.out(), RDFLanguages.TRIG).parse(held);
        assertEquals(3, streamed.size(), "two article graphs and the entity summary");
        assertTrue(IsoMatcher.isomorphic(held, streamed), quads.out());
        assertTrue(streamed.contains(Ids.ENTITIES_GRAPH, Node.ANY, NG.mentionCount, Node.ANY), "the summary is written");
    }

    @Test
    void buildPrintsASummaryAndRebuildingReplaces() {
        Cli first = Cli.run("build", "--store", store());
        assertEquals(0, first.exit(), first.err());
        assertTrue(first.out().startsWith("Built 2 articles into"), first.out());
        assertTrue(first.out().contains("roles:     5"), first.out());
        String triples = first.out().lines().filter(l -> l.contains("triples:")).findFirst().orElseThrow();
        Cli second = Cli.run("build", "--store", store());
        assertEquals(0, second.exit(), second.err());
        assertTrue(second.out().contains(triples), "same triple count after a rebuild: " + second.out());
        assertTrue(first.err().contains("[1/2] seeds/000_dda217fced0dccb5.txt"), "plain progress lines: " + first.err());
    }

    @Test
    void queryRunsAPreparedQueryWithAParameter() {
        assertEquals(0, Cli.run("build", "--store", store()).exit());
        Cli r = Cli.run("query", "roles", "--store", store(), "--format", "csv");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().startsWith("personName,role,organizationName,article"), r.out());
        assertTrue(r.out().contains("Theresa May,Prime Minister,United Kingdom,seeds/004_25da5277dcdc13c7.txt"), r.out());
        Cli p = Cli.run("query", "who-said-about", "--param", "entity=China", "--store", store(), "--format", "tsv");
        assertEquals(0, p.exit(), p.err());
        assertTrue(p.out().contains("Angela Merkel"), p.out());
        Cli table = Cli.run("query", "roles", "--store", store(), "--format", "table");
        assertEquals(0, table.exit(), table.err());
        assertTrue(table.out().contains("| \"Theresa May\""), table.out());
        Cli json = Cli.run("query", "roles", "--store", store(), "--format", "json");
        assertEquals(0, json.exit(), json.err());
        assertTrue(json.out().contains("\"vars\"") && json.out().contains("\"personName\""), json.out());
        assertTrue(json.out().contains("\"value\": \"Theresa May\"") || json.out().contains("\"value\":\"Theresa May\""),
                json.out());
    }

    @Test
    void queriesListsEveryPreparedQuery() {
        Cli r = Cli.run("queries");
        assertEquals(0, r.exit());
        assertTrue(r.out().lines().count() >= 10, r.out());
        assertTrue(r.out().lines().anyMatch(l -> l.startsWith("roles ")), r.out());
        assertTrue(r.out().lines().anyMatch(l -> l.startsWith("entity ") && l.contains("--param entity=")), r.out());
    }

    @Test
    void exportWritesTheWholeGraphToAFile() throws Exception {
        assertEquals(0, Cli.run("build", "--store", store()).exit());
        Path out = dir.resolve("graph.ttl");
        Cli r = Cli.run("export", "--store", store(), "-o", out.toString());
        assertEquals(0, r.exit(), r.err());
        Graph g = turtle(Files.readString(out));
        assertTrue(g.contains(NodeFactory.createURI("https://w3id.org/newsgraph/id/entity/huawei"), RDFS.label.asNode(),
                NodeFactory.createLiteralString("Huawei")));
        assertTrue(g.size() > 1000, "whole graph: " + g.size());
    }

    @Test
    void evaluatePrintsTheScores() {
        Cli r = Cli.run("evaluate", "seeds", "--gold", "src/test/resources/seeds-gold");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("entities (typed)    1.000  1.000  1.000   28    0    0"), r.out());
    }

    @Test
    void evaluateWritesTheQualityTableInMarkdown() {
        Cli r = Cli.run("evaluate", "seeds", "--gold", "src/test/resources/seeds-gold", "--markdown");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().startsWith("| article | entities (typed) F1 (TP/FP/FN) | roles F1 (TP/FP/FN) |"), r.out());
        assertTrue(r.out().contains("| 004_25da5277dcdc13c7.txt | 1.000 (17/0/0) | 1.000 (3/0/0) | 1.000 (6/0/0) |"),
                r.out());
        assertTrue(r.out().contains("| **total** | **1.000 (28/0/0)** | **1.000 (5/0/0)** | **1.000 (14/0/0)** |"),
                r.out());
    }

    @Test
    void versionAndHelp() {
        assertTrue(Cli.run("--version").out().startsWith("newsgraph "));
        Cli help = Cli.run("build", "--help");
        assertEquals(0, help.exit());
        assertTrue(help.out().contains("--store=DIR") && help.out().contains("--max-size"), help.out());
    }
}

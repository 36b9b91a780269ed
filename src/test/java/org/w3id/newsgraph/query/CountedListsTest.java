package org.w3id.newsgraph.query;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.w3id.newsgraph.query.ListRows.same;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.newsgraph.model.EntityType;
import org.w3id.newsgraph.rdf.Ids;
import org.w3id.newsgraph.rdf.NG;
import org.w3id.newsgraph.rdf.Ontology;
import org.w3id.newsgraph.store.ListPages;
import org.w3id.newsgraph.store.NewsStore;

/**
 * The lists that hold some entities of each entity page ({@code aliases}, {@code offices} by country,
 * {@code quote-mentions} by speaker; {@link CountedPaging}) give exactly the rows of the same query read whole, on
 * 3,003 made-up entities: four of each name (two countries, a government body, a person, with IRIs in the opposite
 * order of their classes), so that a name stands on both sides of every page cut, with aliases, quotes and posts.
 */
class CountedListsTest {
    private static final int NAMES = 750;
    private static final int LEAD = 3; // entities before the first name: every cut falls after a name's first country
    private static final List<String> QUERIES = List.of("aliases", "offices", "quote-mentions");
    /** Each list's first sort key: the name the rows are ordered by. */
    private static final Map<String, String> KEYS = Map.of("aliases", "label", "offices", "countryName",
            "quote-mentions", "speakerName");
    private static final String ID = "https://w3id.org/newsgraph/id/";
    private static final String SCHEMA = "http://schema.org/";
    private static final String ORG = "http://www.w3.org/ns/org#";
    private static final Node DERIVED = uri("http://www.w3.org/ns/prov#wasDerivedFrom");

    @TempDir
    static Path tmp;
    private static NewsStore store;

    @BeforeAll
    static void entities() {
        store = NewsStore.open(tmp.resolve("store"));
        store.replaceGraph(NewsStore.ONTOLOGY_GRAPH, Ontology.ontology());
        DatasetGraph d = store.dataset();
        Random random = new Random(5);
        Txn.executeWrite(d, () -> {
            List<Node> people = new ArrayList<>();
            List<Node> countries = new ArrayList<>();
            List<Node> bodies = new ArrayList<>();
            List<Node> all = new ArrayList<>();
            for (int i = 0; i < LEAD; i++) {
                people.add(entity(d, "z-lead" + i, "Lead " + i, EntityType.PERSON, random));
            }
            for (int j = 0; j < NAMES; j++) {
                String name = String.format("Name %04d", j);
                // listed Country c, Country d, GovernmentBody b, Person a; by IRI a, b, c, d
                countries.add(entity(d, "c" + j, name, EntityType.COUNTRY, random));
                countries.add(entity(d, "d" + j, name, EntityType.COUNTRY, random));
                Node body = entity(d, "b" + j, name, EntityType.GOVERNMENT_BODY, random);
                bodies.add(body);
                people.add(entity(d, "a" + j, name, EntityType.PERSON, random));
                d.add(Ids.ENTITIES_GRAPH, body, random.nextBoolean() ? NG.basedIn : NG.locatedIn,
                        pick(countries, random));
            }
            all.addAll(people);
            all.addAll(countries);
            all.addAll(bodies);
            for (int i = 0; i < 1500; i++) {
                article(d, i, random, all, people, countries, bodies);
            }
        });
    }

    private static Node entity(DatasetGraph d, String key, String name, EntityType type, Random random) {
        Node e = uri(ID + "entity/" + key);
        Node g = Ids.ENTITIES_GRAPH;
        d.add(g, e, RDFS.Nodes.label, str(name));
        d.add(g, e, RDF.Nodes.type, NG.entityClass(type));
        for (int k = 1 + random.nextInt(2); k > 0; k--) {
            d.add(g, e, SKOS.altLabel.asNode(), str("alias " + random.nextInt(50)));
        }
        return e;
    }

    @AfterAll
    static void close() {
        store.close();
    }

    private static void article(DatasetGraph d, int i, Random random, List<Node> all, List<Node> people,
            List<Node> countries, List<Node> bodies) {
        Node a = uri(ID + "article/a" + i);
        d.add(a, a, RDF.Nodes.type, NG.NewsArticle);
        d.add(a, a, DCTerms.source.asNode(), str("s" + random.nextInt(500) + "/" + i));
        for (int k = random.nextInt(4); k > 0; k--) {
            Node q = uri(ID + "quote/a" + i + "-" + k);
            d.add(a, q, RDF.Nodes.type, NG.Quote);
            d.add(a, q, NG.speaker, pick(all, random));
            for (int m = random.nextInt(3); m > 0; m--) {
                d.add(a, q, uri(SCHEMA + "mentions"), pick(all, random));
            }
            d.add(a, q, DERIVED, a);
        }
        for (int k = random.nextInt(4); k > 0; k--) {
            Node r = uri(ID + "role/a" + i + "-" + k);
            d.add(a, r, RDF.Nodes.type, NG.RoleAssignment);
            d.add(a, r, uri(ORG + "member"), pick(people, random));
            d.add(a, r, uri(ORG + "organization"), pick(random.nextBoolean() ? countries : bodies, random));
            d.add(a, r, NG.title, str(random.nextBoolean() ? "minister" : "envoy")); // repeated rows: DISTINCT
            d.add(a, r, DERIVED, a);
        }
    }

    private static Node pick(List<Node> nodes, Random random) {
        return nodes.get(random.nextInt(nodes.size()));
    }

    @Test
    void everyRequestGivesTheRowsOfTheWholeList() {
        DatasetGraph d = store.dataset();
        Txn.executeWrite(d, () -> ListPages.refresh(d));
        QueryRunner runner = new QueryRunner(d, Duration.ofSeconds(60));
        Random random = new Random(3);
        for (String name : QUERIES) {
            PreparedQuery q = PagingTest.CATALOG.get(name);
            int total = whole(q, Map.of("limit", "100000")).size();
            assertTrue(total >= 1000, name + " has rows on several pages: " + total);
            List<Map<String, String>> requests = new ArrayList<>(List.of(Map.of(), Map.of("limit", "10"),
                    Map.of("limit", "5", "offset", Integer.toString(total - 3)),
                    Map.of("offset", Integer.toString(total)), Map.of("limit", "100000"),
                    Map.of("limit", "1", "offset", Integer.toString(total / 3)),
                    Map.of("limit", "1", "offset", Integer.toString(2 * total / 3))));
            for (int i = 0; i < 6; i++) {
                requests.add(Map.of("limit", Integer.toString(1 + random.nextInt(400)),
                        "offset", Integer.toString(random.nextInt(total))));
            }
            requests.addAll(acrossCuts(whole(q, Map.of("limit", "100000")), KEYS.get(name)));
            for (Map<String, String> params : requests) {
                same(whole(q, params), runner.select(q, params), name + " " + params);
            }
        }
    }

    /** Requests that start, end or lie within the rows of a name standing on both sides of a page cut. */
    private static List<Map<String, String>> acrossCuts(List<Map<String, Node>> rows, String key) {
        List<Map<String, String>> out = new ArrayList<>();
        for (int j : new int[] {249, 499, 749}) {
            String name = String.format("Name %04d", j);
            int first = -1;
            int last = -1;
            for (int i = 0; i < rows.size(); i++) {
                if (name.equals(rows.get(i).get(key).getLiteralLexicalForm())) {
                    first = first < 0 ? i : first;
                    last = i;
                }
            }
            if (first < 0) {
                continue; // no quote of a speaker of that name
            }
            for (int[] r : new int[][] {{first - 1, 2}, {first, 1}, {last, 1}, {(first + last) / 2, 3},
                    {Math.max(0, first - 5), 10}, {last + 1, 1}}) {
                out.add(Map.of("offset", Integer.toString(r[0]), "limit", Integer.toString(r[1])));
            }
        }
        assertFalse(out.isEmpty(), key + " has rows of a name across a cut");
        return out;
    }

    @Test
    void aRequestNamesItsPagesOnly() {
        DatasetGraph d = store.dataset();
        Txn.executeWrite(d, () -> ListPages.refresh(d));
        for (String name : QUERIES) {
            PreparedQuery q = PagingTest.CATALOG.get(name);
            String first = Txn.calculateRead(d, () -> Paging.apply(q, Map.of("limit", "10"), q.parsed(),
                    storePages()).toString());
            assertFalse(first.contains("UNDEF"), name + " names pages: " + first);
            assertTrue(first.contains("VALUES ?page { 0"), name + " reads from the first page: " + first);
        }
    }

    @Test
    void aLabelOnBothSidesOfACutIsTakenWhole() {
        DatasetGraph d = store.dataset();
        Txn.executeWrite(d, () -> ListPages.refresh(d));
        PageStore pages = storePages();
        assertTrue(Txn.calculateRead(d, () -> pages.labelCrosses(1) && pages.labelCrosses(2)),
                "the made-up names cross every cut");
        assertFalse(Txn.calculateRead(d, () -> pages.labelCrosses(0)), "no page before the first");
    }

    private static PageStore storePages() {
        return new RunnerPages((query, b) -> QueryExec.dataset(store.dataset()).query(query).substitution(b).build(),
                Runnable::run, BindingFactory.empty());
    }

    private static Node uri(String s) {
        return NodeFactory.createURI(s);
    }

    private static Node str(String s) {
        return NodeFactory.createLiteralString(s);
    }

    private static List<Map<String, Node>> whole(PreparedQuery q, Map<String, String> params) {
        return ListRows.whole(store.dataset(), q, params);
    }
}

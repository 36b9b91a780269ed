package org.w3id.newsgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.newsgraph.rdf.Ids;
import org.w3id.newsgraph.rdf.NG;

/**
 * The entity summary kept by the store's writes equals the one computed from scratch, after every step of a
 * sequence of adds, replacements (in place and of an edited source) and deletes, and holds the expected labels,
 * counts and co-mention weights.
 */
class EntitySummaryTest {
    static final String ID = "https://w3id.org/newsgraph/id/";

    @TempDir
    Path tmp;

    /** The prefixes of a made-up article graph and its article node. */
    static StringBuilder header(String article, String source) {
        return new StringBuilder("""
                @prefix schema: <http://schema.org/> .
                @prefix ng: <https://w3id.org/newsgraph/ontology#> .
                @prefix nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#> .
                @prefix itsrdf: <http://www.w3.org/2005/11/its/rdf#> .
                @prefix dcterms: <http://purl.org/dc/terms/> .
                """).append(article).append(" a ng:NewsArticle ; dcterms:source \"").append(source).append("\" .\n");
    }

    /** An article graph as an older mapper wrote it (entities typed in it): entities with schema:name, aliases and N mentions each. */
    static Graph article(String name, String source, String... entities) {
        String a = "<" + ID + "article/" + name + ">";
        StringBuilder ttl = header(a, source);
        int offset = 0;
        for (String spec : entities) { // key|name|alias,alias|mentions
            String[] f = spec.split("\\|", -1);
            String e = "<" + ID + "entity/" + f[0] + ">";
            ttl.append(a).append(" schema:mentions ").append(e).append(" .\n");
            ttl.append(e).append(" a ng:Company ; schema:name \"").append(f[1]).append("\" .\n");
            for (String alias : f[2].isEmpty() ? new String[0] : f[2].split(",")) {
                ttl.append(e).append(" schema:alternateName \"").append(alias).append("\" .\n");
            }
            for (int m = 0; m < Integer.parseInt(f[3]); m++, offset += 10) {
                ttl.append("<").append(ID).append("article/").append(name).append("#char=").append(offset).append(",")
                        .append(offset + 5).append("> a nif:Phrase ; itsrdf:taIdentRef ").append(e).append(" .\n");
            }
        }
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(ttl.toString(), Lang.TURTLE).parse(g);
        return g;
    }

    /**
     * An article graph as the mapper writes it now: entities untyped, each mention with the class the article
     * gives it ({@code itsrdf:taClassRef}). Spec: key|name|Class*n,Class*n.
     */
    static Graph typedArticle(String name, String source, String... entities) {
        String a = "<" + ID + "article/" + name + ">";
        StringBuilder ttl = header(a, source);
        int offset = 0;
        for (String spec : entities) {
            String[] f = spec.split("\\|", -1);
            String e = "<" + ID + "entity/" + f[0] + ">";
            ttl.append(a).append(" schema:mentions ").append(e).append(" .\n");
            ttl.append(e).append(" schema:name \"").append(f[1]).append("\" .\n");
            for (String vote : f[2].split(",")) {
                String[] cn = vote.split("\\*");
                for (int m = 0; m < Integer.parseInt(cn[1]); m++, offset += 10) {
                    ttl.append("<").append(ID).append("article/").append(name).append("#char=").append(offset)
                            .append(",").append(offset + 5).append("> a nif:Phrase ; itsrdf:taIdentRef ").append(e)
                            .append(" ; itsrdf:taClassRef ng:").append(cn[0]).append(" .\n");
                }
            }
        }
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(ttl.toString(), Lang.TURTLE).parse(g);
        return g;
    }

    /** Every rdf:type of the entity in the union default graph, by local name. */
    static List<String> types(DatasetGraph d, String key) {
        return rows(d, "SELECT ?t { <" + ID + "entity/" + key + "> a ?t } ORDER BY ?t").stream()
                .map(t -> t.substring(t.indexOf('#') + 1)).toList();
    }

    static Node art(String name) {
        return NodeFactory.createURI(ID + "article/" + name);
    }

    /** The summary graph's quads, as text, sorted; not the pages and ranks (ListPages), which follow once per build. */
    static Set<String> summary(DatasetGraph d) {
        Set<String> out = new TreeSet<>();
        Set<Node> pages = Set.of(NG.listPage, NG.kindPage, NG.articlePage, NG.listsPaged, NG.mentionRank,
                NG.relationRank);
        Txn.executeRead(d, () -> d.find(Ids.ENTITIES_GRAPH, Node.ANY, Node.ANY, Node.ANY)
                .forEachRemaining(q -> {
                    if (!pages.contains(q.getPredicate())) {
                        out.add(q.asTriple().toString());
                    }
                }));
        return out;
    }

    /** Keeps the summary as the writes left it, rebuilds it from scratch and checks both are the same. */
    static void assertSameAsRebuilt(NewsStore store, String step) {
        Set<String> kept = summary(store.dataset());
        store.write("rebuilding the summary", EntitySummary::rebuild);
        assertEquals(kept, summary(store.dataset()), step);
    }

    static List<String> rows(DatasetGraph d, String select) {
        String q = """
                PREFIX ng: <https://w3id.org/newsgraph/ontology#>
                PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
                """ + select;
        return Txn.calculateRead(d, () -> {
            List<String> out = new java.util.ArrayList<>();
            var rs = QueryExec.dataset(d).query(q).select();
            rs.forEachRemaining(b -> {
                StringBuilder sb = new StringBuilder();
                rs.getResultVars().forEach(v -> sb.append(sb.isEmpty() ? "" : " ").append(b.get(v).isLiteral()
                        ? b.get(v).getLiteralLexicalForm() : b.get(v).getURI().replace(ID, "")));
                out.add(sb.toString());
            });
            return out;
        });
    }

    static List<String> entities(DatasetGraph d) {
        return rows(d, "SELECT ?e ?label ?m ?a { ?e rdfs:label ?label ; ng:mentionCount ?m ; ng:articleCount ?a }"
                + " ORDER BY ?e");
    }

    static List<String> pairs(DatasetGraph d) {
        return rows(d, "SELECT ?x ?y ?n { ?p a ng:CoMention ; ng:coMentionOf ?x , ?y ; ng:articleCount ?n"
                + " FILTER(STR(?x) < STR(?y)) } ORDER BY ?x ?y");
    }

    @Test
    void writesKeepTheSummaryEqualToARebuild() {
        try (NewsStore store = NewsStore.open(tmp.resolve("store"))) {
            DatasetGraph d = store.dataset();
            store.replaceArticle(art("a"), article("a", "a.txt", "tel|Telefónica Deutschland||2", "bt|BT|British Telecom|1"));
            assertSameAsRebuilt(store, "after adding a");
            store.replaceArticle(art("b"), article("b", "b.txt", "tel|Telefonica Deutschland|Telefónica|1", "bt|BT||3"));
            store.replaceArticle(art("c"), article("c", "c.txt", "tel|Telefónica Deutschland||1", "o2|O2||1"));
            assertSameAsRebuilt(store, "after adding b and c");
            assertEquals(List.of("entity/bt BT 4 2", "entity/o2 O2 1 1", "entity/tel Telefónica Deutschland 4 3"),
                    entities(d));
            assertEquals(List.of("Telefonica Deutschland", "Telefónica"),
                    rows(d, "SELECT ?alt { <" + ID + "entity/tel> skos:altLabel ?alt } ORDER BY ?alt"));
            assertEquals(List.of("entity/bt entity/tel 2", "entity/o2 entity/tel 1"), pairs(d));

            // c edited: a new article for the same source, the old version retired in the same transaction
            ArticleVersions.replace(store, art("c2"), article("c2", "c.txt", "tel|Telefonica Deutschland||5"),
                    "c.txt", Set.of());
            assertSameAsRebuilt(store, "after replacing c by c2");
            // one vote each now: the tie goes to the form more articles use (the unaccented one is also an alias)
            assertEquals(List.of("entity/bt BT 4 2", "entity/tel Telefonica Deutschland 8 3"), entities(d));
            assertEquals(List.of("entity/bt entity/tel 2"), pairs(d));

            // the same article again changes nothing
            Set<String> before = summary(d);
            store.replaceArticle(art("b"), article("b", "b.txt", "tel|Telefonica Deutschland|Telefónica|1", "bt|BT||3"));
            assertEquals(before, summary(d));

            assertTrue(store.deleteArticle(art("b")));
            assertSameAsRebuilt(store, "after deleting b");
            assertEquals(List.of("entity/bt BT 1 1", "entity/tel Telefonica Deutschland 7 2"), entities(d));
            assertEquals(List.of("Telefónica Deutschland"),
                    rows(d, "SELECT ?alt { <" + ID + "entity/tel> skos:altLabel ?alt } ORDER BY ?alt"));

            store.deleteArticle(art("a"));
            store.deleteArticle(art("c2"));
            assertEquals(Set.of(), summary(d), "no article, no summary");
        }
    }

    @Test
    void oneLabelPerEntityInTheUnion() {
        try (NewsStore store = NewsStore.open(tmp.resolve("store"))) {
            store.replaceArticle(art("a"), article("a", "a.txt", "rubio|Marco Rubio||1"));
            store.replaceArticle(art("b"), article("b", "b.txt", "rubio|Marco Rubio—||1"));
            store.replaceArticle(art("c"), article("c", "c.txt", "rubio|Marco Rubio||1"));
            assertEquals(List.of("Marco Rubio"), rows(store.dataset(),
                    "SELECT ?l { <" + ID + "entity/rubio> rdfs:label ?l }"));
            assertEquals(List.of("Marco Rubio—"), rows(store.dataset(),
                    "SELECT ?l { <" + ID + "entity/rubio> skos:altLabel ?l }"));
        }
    }

    @Test
    void everyMentionVotesForTheOneTypeTheUnionHolds() {
        try (NewsStore store = NewsStore.open(tmp.resolve("store"))) {
            DatasetGraph d = store.dataset();
            store.replaceArticle(art("a"), typedArticle("a", "a.txt", "sanders|Ben Sandelmann|Person*3",
                    "acme|Acme|Organization*2,Company*1", "afghanistan|Afghanistan|Person*1"));
            store.replaceArticle(art("b"), typedArticle("b", "b.txt", "sanders|Ben Sandelmann|Company*1,Place*1",
                    "acme|Acme|GovernmentBody*1", "afghanistan|Afghanistan|Country*1", "zed|Zed Ortal|Place*2"));
            store.replaceArticle(art("c"), typedArticle("c", "c.txt", "zed|Zed Ortal|Person*2"));
            assertSameAsRebuilt(store, "after adding a, b and c");
            // 3 Person against 1 Organization and 1 Place: the Company vote's subtype does not survive
            assertEquals(List.of("Person"), types(d, "sanders"));
            // 4 Organization mentions; under it Company and GovernmentBody tie, the first by name wins
            assertEquals(List.of("Company"), types(d, "acme"));
            // 1 Person, 1 Place: the gazetteer's Country breaks the tie, and the Country vote gives the subtype
            assertEquals(List.of("Country"), types(d, "afghanistan"));
            // no gazetteer entry: a tie goes to Person before Organization before Place
            assertEquals(List.of("Person"), types(d, "zed"));

            assertTrue(store.deleteArticle(art("a")));
            assertSameAsRebuilt(store, "after deleting a");
            assertEquals(List.of("Company"), types(d, "sanders"), "1 Organization (a Company) against 1 Place");
            assertEquals(List.of("GovernmentBody"), types(d, "acme"));

            // b edited: its mentions now call Zed Ortal a person, so the Place votes go with the old version
            ArticleVersions.replace(store, art("b2"), typedArticle("b2", "b.txt", "zed|Zed Ortal|Person*1",
                    "sanders|Ben Sandelmann|Place*2"), "b.txt", Set.of());
            assertSameAsRebuilt(store, "after replacing b by b2");
            assertEquals(List.of("Place"), types(d, "sanders"));
            assertEquals(List.of("3"), rows(d, "SELECT ?n { ?v ng:votedClass ng:Person ; ng:mentionCount ?n ."
                    + " <" + ID + "entity/zed> ng:typeVote ?v }"));
            assertEquals(List.of(), rows(d, "SELECT ?v { ?v ng:votedClass ng:Place . <" + ID
                    + "entity/zed> ng:typeVote ?v }"), "a vote whose mentions are gone goes");

            Set<String> before = summary(d);
            store.replaceArticle(art("c"), typedArticle("c", "c.txt", "zed|Zed Ortal|Person*2"));
            assertEquals(before, summary(d), "the same article again changes nothing");
            store.deleteArticle(art("b2"));
            store.deleteArticle(art("c"));
            assertEquals(Set.of(), summary(d), "no article, no votes");
        }
    }

    @Test
    void articlesLoadedBesideTheWritePathGetTheirSummaryAtTheNextOpen() {
        Path dir = tmp.resolve("bulk");
        // what Jena's bulk loader leaves from the Spark job's shards: article graphs and no summary
        org.apache.jena.sparql.core.DatasetGraph raw = org.apache.jena.tdb2.DatabaseMgr
                .connectDatasetGraph(dir.toString());
        Txn.executeWrite(raw, () -> {
            raw.addGraph(art("a"), article("a", "a.txt", "bt|BT||2"));
            raw.addGraph(art("b"), article("b", "b.txt", "bt|BT||1"));
        });
        org.apache.jena.tdb2.sys.TDBInternal.expel(raw);
        try (NewsStore store = NewsStore.open(dir)) {
            assertEquals(List.of(art("a"), art("b")), store.articles());
            assertEquals(List.of("BT"), rows(store.dataset(), "SELECT ?l { <" + ID + "entity/bt> rdfs:label ?l }"));
            assertEquals(List.of("3"), rows(store.dataset(),
                    "SELECT ?n { <" + ID + "entity/bt> <https://w3id.org/newsgraph/ontology#mentionCount> ?n }"));
            assertSameAsRebuilt(store, "after the first open");
        }
    }

    @Test
    void quadsOfOtherGraphsAreNotCounted() {
        try (NewsStore store = NewsStore.open(tmp.resolve("store"))) {
            store.replaceGraph(NewsStore.ONTOLOGY_GRAPH, article("x", "x.txt", "bt|BT||1"));
            assertEquals(Set.of(), summary(store.dataset()), "the ontology graph is not an article");
            store.replaceArticle(art("a"), article("a", "a.txt", "bt|BT||1"));
            assertEquals(List.of("entity/bt BT 1 1"), entities(store.dataset()));
            assertTrue(Txn.calculateRead(store.dataset(), () -> store.dataset()
                    .contains(Quad.create(Ids.ENTITIES_GRAPH, NodeFactory.createURI(ID + "entity/bt"),
                            org.w3id.newsgraph.rdf.NG.articleCount, NodeFactory.createLiteralDT("1",
                                    org.apache.jena.datatypes.xsd.XSDDatatype.XSDinteger)))));
        }
    }

    /** {@link #article} plus relation triples "subject|property|object" (keys and ng: local names). */
    static Graph related(Graph g, String... relations) {
        for (String spec : relations) {
            String[] f = spec.split("\\|");
            g.add(NodeFactory.createURI(ID + "entity/" + f[0]),
                    NodeFactory.createURI("https://w3id.org/newsgraph/ontology#" + f[1]),
                    NodeFactory.createURI(ID + "entity/" + f[2]));
        }
        return g;
    }

    static List<String> weights(DatasetGraph d) {
        return rows(d, "SELECT ?s ?p ?o ?n { ?w a ng:RelationWeight ; ng:relationSubject ?s ; ng:relationProperty ?p ;"
                + " ng:relationObject ?o ; ng:articleCount ?n } ORDER BY ?s ?p ?o");
    }

    @Test
    void relationWeightsCountTheArticlesStatingEachRelation() {
        String ng = "https://w3id.org/newsgraph/ontology#";
        try (NewsStore store = NewsStore.open(tmp.resolve("store"))) {
            DatasetGraph d = store.dataset();
            store.replaceArticle(art("a"), related(article("a", "a.txt", "tel|Tel||1", "bt|BT||1", "o2|O2||1"),
                    "tel|worksWith|bt", "tel|basedIn|o2", "bt|worksWith|bt"));
            store.replaceArticle(art("b"), related(article("b", "b.txt", "tel|Tel||1", "bt|BT||1"),
                    "tel|worksWith|bt", "bt|dealWith|tel"));
            assertSameAsRebuilt(store, "after adding a and b");
            // a relation of an entity to itself is no edge, so it has no weight
            assertEquals(List.of("entity/bt " + ng + "dealWith entity/tel 1",
                    "entity/tel " + ng + "basedIn entity/o2 1", "entity/tel " + ng + "worksWith entity/bt 2"),
                    weights(d));

            // b edited: one relation kept, one dropped, one new
            ArticleVersions.replace(store, art("b2"), related(article("b2", "b.txt", "tel|Tel||1", "bt|BT||1"),
                    "tel|worksWith|bt", "bt|basedIn|tel"), "b.txt", Set.of());
            assertSameAsRebuilt(store, "after replacing b by b2");
            assertEquals(List.of("entity/bt " + ng + "basedIn entity/tel 1",
                    "entity/tel " + ng + "basedIn entity/o2 1", "entity/tel " + ng + "worksWith entity/bt 2"),
                    weights(d));

            assertTrue(store.deleteArticle(art("a")));
            assertSameAsRebuilt(store, "after deleting a");
            assertEquals(List.of("entity/bt " + ng + "basedIn entity/tel 1",
                    "entity/tel " + ng + "worksWith entity/bt 1"), weights(d));
            store.deleteArticle(art("b2"));
            assertEquals(List.of(), weights(d));
            assertEquals(Set.of(), summary(d), "no article, no weight left behind");
        }
    }
}

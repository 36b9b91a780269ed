package org.w3id.newsgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.util.NodeFactoryExtra;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.w3id.newsgraph.model.RelationType;
import org.w3id.newsgraph.rdf.Ids;
import org.w3id.newsgraph.rdf.NG;

/** The view's ranked page in the entity summary ({@link RankPages}), on summaries written by hand. */
class RankPagesTest {
    private static final Node G = Ids.ENTITIES_GRAPH;
    private static final String ENTITY = "https://w3id.org/newsgraph/id/entity/";

    private static Node entity(DatasetGraph d, String key, long mentions) {
        Node e = NodeFactory.createURI(ENTITY + key);
        d.add(G, e, RDF.Nodes.type, NG.Person);
        d.add(G, e, RDFS.Nodes.label, NodeFactory.createLiteralString(key));
        d.add(G, e, NG.mentionCount, NodeFactoryExtra.intToNode(mentions));
        return e;
    }

    private static Node weight(DatasetGraph d, Node s, Node o) {
        Node p = NG.relation(RelationType.values()[0]);
        Node w = Ids.relationWeight(s, p, o);
        d.add(G, w, RDF.Nodes.type, NG.RelationWeight);
        d.add(G, w, NG.relationSubject, s);
        d.add(G, w, NG.relationProperty, p);
        d.add(G, w, NG.relationObject, o);
        d.add(G, w, NG.articleCount, NodeFactoryExtra.intToNode(1));
        return w;
    }

    /** Each subject's value of {@code property} in the summary, by the subject's IRI. */
    private static Map<String, Long> values(DatasetGraph d, Node property) {
        Map<String, Long> out = new TreeMap<>();
        Txn.executeRead(d, () -> d.find(G, Node.ANY, property, Node.ANY).forEachRemaining(q ->
                out.put(q.getSubject().getURI().replace(ENTITY, ""),
                        ((Number) q.getObject().getLiteralValue()).longValue())));
        return out;
    }

    @Test
    void theMostMentionedEntitiesAreRankedByMentionsThenIri() {
        DatasetGraph d = DatasetGraphFactory.createTxnMem();
        Txn.executeWrite(d, () -> {
            entity(d, "b", 5);
            entity(d, "a", 5);
            entity(d, "c", 9);
            entity(d, "d", 1);
            // a type vote carries a mention count too, but it is no entity
            Node vote = NodeFactory.createURI("https://w3id.org/newsgraph/id/vote/x");
            d.add(G, vote, RDF.Nodes.type, NG.TypeVote);
            d.add(G, vote, NG.mentionCount, NodeFactoryExtra.intToNode(99));
            RankPages.refresh(d);
        });
        assertEquals(Map.of("c", 0L, "a", 1L, "b", 2L, "d", 3L), values(d, NG.mentionRank));
    }

    @Test
    void onlyTheFirstThousandAreRanked() {
        DatasetGraph d = DatasetGraphFactory.createTxnMem();
        Txn.executeWrite(d, () -> {
            for (int i = 0; i < RankPages.SIZE + 5; i++) {
                entity(d, String.format("e%04d", i), 10_000 - i);
            }
            RankPages.refresh(d);
        });
        Map<String, Long> ranks = values(d, NG.mentionRank);
        assertEquals(RankPages.SIZE, ranks.size());
        assertEquals(999L, ranks.get("e0999"));
        assertFalse(ranks.containsKey("e1000"));
    }

    @Test
    void aRelationBetweenTwoRankedEntitiesCarriesTheLargerRank() {
        DatasetGraph d = DatasetGraphFactory.createTxnMem();
        List<Node> w = new ArrayList<>();
        Txn.executeWrite(d, () -> {
            for (int i = 0; i < RankPages.SIZE + 2; i++) {
                entity(d, String.format("e%04d", i), 10_000 - i);
            }
            Node top = NodeFactory.createURI(ENTITY + "e0000");
            w.add(weight(d, NodeFactory.createURI(ENTITY + "e0007"), top)); // ranks 7 and 0
            w.add(weight(d, top, NodeFactory.createURI(ENTITY + "e0003"))); // ranks 0 and 3
            w.add(weight(d, top, NodeFactory.createURI(ENTITY + "e1001"))); // its object is not ranked
            RankPages.refresh(d);
        });
        Map<String, Long> ranks = values(d, NG.relationRank);
        assertEquals(Map.of(w.get(0).getURI(), 7L, w.get(1).getURI(), 3L), ranks);
    }

    @Test
    void ranksThatChangeAreRewrittenAndAStoreWithoutRanksIsStale() {
        DatasetGraph d = DatasetGraphFactory.createTxnMem();
        Txn.executeWrite(d, () -> {
            Node a = entity(d, "a", 5);
            entity(d, "b", 3);
            d.add(G, G, NG.listsPaged, NodeFactory.createLiteralDT("true",
                    org.apache.jena.datatypes.xsd.XSDDatatype.XSDboolean));
            assertTrue(RankPages.missing(d), "paged before ranks were kept");
            RankPages.refresh(d);
            assertFalse(RankPages.missing(d));
            d.delete(G, a, NG.mentionCount, NodeFactoryExtra.intToNode(5));
            d.add(G, a, NG.mentionCount, NodeFactoryExtra.intToNode(1));
            RankPages.refresh(d);
        });
        assertEquals(Map.of("b", 0L, "a", 1L), values(d, NG.mentionRank));
        List<Quad> all = Txn.calculateRead(d, () -> org.apache.jena.atlas.iterator.Iter.toList(
                d.find(G, Node.ANY, NG.mentionRank, Node.ANY)));
        assertEquals(2, all.size(), "one rank per entity, the old ones gone");
    }
}

package org.w3id.newsgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.TreeSet;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.api.Test;

/** Pair counts through temporary files equal the counts kept in a map, whatever the size of the buffer. */
class PairCountsTest {
    @Test
    void countsOnDiskAreTheCountsInMemory() {
        Random random = new Random(3);
        List<List<Node>> articles = new ArrayList<>();
        for (int a = 0; a < 300; a++) {
            TreeSet<Node> entities = new TreeSet<>(NodeOrder.IRI);
            int n = random.nextInt(12);
            for (int i = 0; i < n; i++) {
                // a few frequent entities and many rare ones, as in news
                int e = random.nextInt(4) == 0 ? random.nextInt(5) : random.nextInt(400);
                entities.add(NodeFactory.createURI("urn:e:" + e));
            }
            articles.add(new ArrayList<>(entities));
        }
        Map<String, Long> expected = new TreeMap<>();
        for (List<Node> es : articles) {
            for (int i = 0; i < es.size(); i++) {
                for (int j = i + 1; j < es.size(); j++) {
                    expected.merge(es.get(i).getURI() + " " + es.get(j).getURI(), 1L, Long::sum);
                }
            }
        }
        for (int chunk : new int[] {1, 7, 1000, 1 << 20}) {
            PairCounts counts = new PairCounts(chunk);
            articles.forEach(counts::add);
            Map<String, Long> got = new TreeMap<>();
            counts.forEach((first, second, n) -> {
                assertTrue(first.getURI().compareTo(second.getURI()) < 0, "first before second by IRI");
                assertEquals(null, got.put(first.getURI() + " " + second.getURI(), n), "each pair once");
            });
            assertEquals(expected, got, "buffer of " + chunk);
        }
        assertTrue(expected.values().stream().anyMatch(n -> n > 5), "some pairs repeat across many articles");
    }
}

package org.w3id.newsgraph.export;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jgrapht.Graph;
import org.jgrapht.graph.DirectedWeightedPseudograph;
import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.DefaultAttribute;

/**
 * An {@link EntityGraph} as a JGraphT graph, with the attribute maps the jgrapht-io exporters write. A directed
 * pseudograph, because two entities may be joined by several relations and by a co-mention; edge weights are the
 * graph's own weights, which every exporter writes in its format's native slot.
 */
final class JGraphModel {
    /** Node attribute names, in the order they are declared. */
    static final String NAME = "name";
    static final String TYPE = "type";
    static final String MENTIONS = "mentions";
    static final String ARTICLES = "articles";
    static final String WIKIDATA = "wikidata";
    /** Edge attribute names (the weight travels as the edge weight). */
    static final String RELATION = "relation";
    static final String LABEL = "label";
    static final String EVIDENCE = "evidence";
    static final String ARTICLE = "article";

    private final Graph<EntityNode, EntityEdge> graph;
    private final Map<EntityEdge, String> edgeIds = new HashMap<>();

    JGraphModel(EntityGraph eg) {
        graph = new DirectedWeightedPseudograph<>(null, null);
        Map<String, EntityNode> byIri = new HashMap<>();
        for (EntityNode n : eg.nodes()) {
            graph.addVertex(n);
            byIri.put(n.iri(), n);
        }
        int i = 0;
        for (EntityEdge e : eg.edges()) {
            graph.addEdge(byIri.get(e.source()), byIri.get(e.target()), e);
            graph.setEdgeWeight(e, e.weight());
            edgeIds.put(e, "e" + i++);
        }
    }

    Graph<EntityNode, EntityEdge> graph() {
        return graph;
    }

    /** A stable edge id, {@code e0}, {@code e1}, … in the entity graph's order. */
    String edgeId(EntityEdge e) {
        return edgeIds.get(e);
    }

    /** The node attributes: name, type, mentions, articles, wikidata. */
    static Map<String, Attribute> nodeAttributes(EntityNode n) {
        Map<String, Attribute> m = new LinkedHashMap<>();
        m.put(NAME, DefaultAttribute.createAttribute(n.name()));
        m.put(TYPE, DefaultAttribute.createAttribute(n.type()));
        m.put(MENTIONS, DefaultAttribute.createAttribute(n.mentions()));
        m.put(ARTICLES, DefaultAttribute.createAttribute(n.articles()));
        m.put(WIKIDATA, DefaultAttribute.createAttribute(n.wikidata()));
        return m;
    }

    /** The edge attributes: relation, label, evidence, article. */
    static Map<String, Attribute> edgeAttributes(EntityEdge e) {
        Map<String, Attribute> m = new LinkedHashMap<>();
        m.put(RELATION, DefaultAttribute.createAttribute(e.relation()));
        m.put(LABEL, DefaultAttribute.createAttribute(e.label()));
        m.put(EVIDENCE, DefaultAttribute.createAttribute(e.evidence()));
        m.put(ARTICLE, DefaultAttribute.createAttribute(e.article()));
        return m;
    }
}

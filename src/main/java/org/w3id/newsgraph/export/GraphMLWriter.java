package org.w3id.newsgraph.export;

import java.io.Writer;

import org.jgrapht.nio.AttributeType;
import org.jgrapht.nio.graphml.GraphMLExporter;
import org.jgrapht.nio.graphml.GraphMLExporter.AttributeCategory;

/**
 * GraphML (Gephi, Cytoscape, yEd): every attribute is declared as a {@code <key>} with its {@code attr.type}, so
 * the tools show typed columns; the edge weight is the {@code weight} key (double). GraphML ids are XML name
 * tokens, which IRIs are not, so nodes are {@code n0}, {@code n1}, … (by IRI) with the IRI in the {@code iri} key.
 */
final class GraphMLWriter {
    /** The node key holding the entity IRI. */
    static final String IRI = "iri";

    private GraphMLWriter() {
    }

    static void write(EntityGraph eg, Writer out) {
        JGraphModel model = new JGraphModel(eg);
        java.util.Map<EntityNode, String> ids = new java.util.HashMap<>();
        for (EntityNode n : eg.nodes()) {
            ids.put(n, "n" + ids.size());
        }
        GraphMLExporter<EntityNode, EntityEdge> ex = new GraphMLExporter<>(ids::get);
        ex.setEdgeIdProvider(model::edgeId);
        ex.registerAttribute(IRI, AttributeCategory.NODE, AttributeType.STRING);
        ex.registerAttribute(JGraphModel.NAME, AttributeCategory.NODE, AttributeType.STRING);
        ex.registerAttribute(JGraphModel.TYPE, AttributeCategory.NODE, AttributeType.STRING);
        ex.registerAttribute(JGraphModel.MENTIONS, AttributeCategory.NODE, AttributeType.INT);
        ex.registerAttribute(JGraphModel.ARTICLES, AttributeCategory.NODE, AttributeType.INT);
        ex.registerAttribute(JGraphModel.WIKIDATA, AttributeCategory.NODE, AttributeType.STRING);
        ex.registerAttribute(JGraphModel.RELATION, AttributeCategory.EDGE, AttributeType.STRING);
        ex.registerAttribute(JGraphModel.LABEL, AttributeCategory.EDGE, AttributeType.STRING);
        ex.registerAttribute(JGraphModel.EVIDENCE, AttributeCategory.EDGE, AttributeType.STRING);
        ex.registerAttribute(JGraphModel.ARTICLE, AttributeCategory.EDGE, AttributeType.STRING);
        ex.setExportEdgeWeights(true);
        ex.setVertexAttributeProvider(n -> {
            var m = new java.util.LinkedHashMap<String, org.jgrapht.nio.Attribute>();
            m.put(IRI, org.jgrapht.nio.DefaultAttribute.createAttribute(n.iri()));
            m.putAll(JGraphModel.nodeAttributes(n));
            return m;
        });
        ex.setEdgeAttributeProvider(JGraphModel::edgeAttributes);
        ex.exportGraph(model.graph(), out);
    }
}

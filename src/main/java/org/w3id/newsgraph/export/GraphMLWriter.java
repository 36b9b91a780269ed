package org.w3id.newsgraph.export;

import java.io.Writer;

import org.jgrapht.nio.AttributeType;
import org.jgrapht.nio.graphml.GraphMLExporter;
import org.jgrapht.nio.graphml.GraphMLExporter.AttributeCategory;

/**
 * GraphML (Gephi, Cytoscape, yEd): every attribute is declared as a {@code <key>} with its {@code attr.type}, so
 * the tools show typed columns; the edge weight is the {@code weight} key (double).
 */
final class GraphMLWriter {
    private GraphMLWriter() {
    }

    static void write(EntityGraph eg, Writer out) {
        JGraphModel model = new JGraphModel(eg);
        GraphMLExporter<EntityNode, EntityEdge> ex = new GraphMLExporter<>(EntityNode::iri);
        ex.setEdgeIdProvider(model::edgeId);
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
        ex.setVertexAttributeProvider(JGraphModel::nodeAttributes);
        ex.setEdgeAttributeProvider(JGraphModel::edgeAttributes);
        ex.exportGraph(model.graph(), out);
    }
}

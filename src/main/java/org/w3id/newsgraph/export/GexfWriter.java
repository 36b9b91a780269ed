package org.w3id.newsgraph.export;

import java.io.Writer;

import org.jgrapht.nio.gexf.GEXFAttributeType;
import org.jgrapht.nio.gexf.GEXFExporter;
import org.jgrapht.nio.gexf.GEXFExporter.AttributeCategory;
import org.jgrapht.nio.gexf.GEXFExporter.Parameter;

/**
 * GEXF 1.2 (Gephi): node labels are the entity names, edge labels the relation labels, the weight is GEXF's own
 * edge weight, and the other attributes are declared in {@code <attributes>} so Gephi shows typed columns.
 */
final class GexfWriter {
    private GexfWriter() {
    }

    static void write(EntityGraph eg, Writer out) {
        JGraphModel model = new JGraphModel(eg);
        GEXFExporter<EntityNode, EntityEdge> ex = new GEXFExporter<>(EntityNode::iri, model::edgeId);
        ex.registerAttribute(JGraphModel.TYPE, AttributeCategory.NODE, GEXFAttributeType.STRING);
        ex.registerAttribute(JGraphModel.MENTIONS, AttributeCategory.NODE, GEXFAttributeType.INTEGER);
        ex.registerAttribute(JGraphModel.ARTICLES, AttributeCategory.NODE, GEXFAttributeType.INTEGER);
        ex.registerAttribute(JGraphModel.WIKIDATA, AttributeCategory.NODE, GEXFAttributeType.STRING);
        ex.registerAttribute(JGraphModel.RELATION, AttributeCategory.EDGE, GEXFAttributeType.STRING);
        ex.registerAttribute(JGraphModel.EVIDENCE, AttributeCategory.EDGE, GEXFAttributeType.STRING);
        ex.registerAttribute(JGraphModel.ARTICLE, AttributeCategory.EDGE, GEXFAttributeType.STRING);
        ex.setParameter(Parameter.EXPORT_EDGE_WEIGHTS, true);
        ex.setParameter(Parameter.EXPORT_EDGE_LABELS, true);
        ex.setParameter(Parameter.EXPORT_META, true);
        ex.setCreator("newsgraph");
        ex.setDescription("Entities of the news graph and the relations between them");
        ex.setVertexAttributeProvider(n -> {
            var m = JGraphModel.nodeAttributes(n);
            m.put("label", m.remove(JGraphModel.NAME));
            return m;
        });
        ex.setEdgeAttributeProvider(JGraphModel::edgeAttributes);
        ex.exportGraph(model.graph(), out);
    }
}

package org.w3id.newsgraph.export;

import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.DefaultAttribute;
import org.jgrapht.nio.dot.DOTExporter;
import org.w3id.newsgraph.model.EntityType;

/**
 * Graphviz DOT: nodes labelled with names and styled by type (people ellipses, organisations boxes, places
 * hexagons; one fill colour per class), typed relations as labelled arrows with the relation weight, co-mentions
 * as grey dashed lines without arrowheads.
 */
final class DotWriter {
    private DotWriter() {
    }

    /** The node style of one class: Graphviz shape and fill colour. */
    record Style(String shape, String color) {
        static Style of(String type) {
            EntityType t;
            try {
                t = EntityType.fromLocalName(type);
            } catch (IllegalArgumentException e) {
                return new Style("ellipse", "white");
            }
            return switch (t) {
                case PERSON -> new Style("ellipse", "lightskyblue");
                case ORGANIZATION -> new Style("box", "lightgrey");
                case COMPANY -> new Style("box", "gold");
                case GOVERNMENT_BODY -> new Style("box", "lightsalmon");
                case MEDIA_ORGANIZATION -> new Style("box", "plum");
                case POLITICAL_ORGANIZATION -> new Style("box", "palegreen");
                case PLACE -> new Style("hexagon", "honeydew");
                case COUNTRY -> new Style("hexagon", "darkseagreen2");
                case CITY -> new Style("octagon", "aquamarine");
                case REGION -> new Style("hexagon", "khaki");
            };
        }
    }

    static void write(EntityGraph eg, Writer out) {
        JGraphModel model = new JGraphModel(eg);
        DOTExporter<EntityNode, EntityEdge> ex = new DOTExporter<>(n -> quoted(n.iri()));
        ex.setGraphIdProvider(() -> "newsgraph");
        ex.setGraphAttributeProvider(() -> {
            Map<String, Attribute> m = new LinkedHashMap<>();
            m.put("overlap", DefaultAttribute.createAttribute("false"));
            m.put("fontname", DefaultAttribute.createAttribute("Helvetica"));
            return m;
        });
        ex.setVertexAttributeProvider(n -> {
            Style s = Style.of(n.type());
            Map<String, Attribute> m = new LinkedHashMap<>();
            m.put("label", DefaultAttribute.createAttribute(n.name()));
            m.put("shape", DefaultAttribute.createAttribute(s.shape()));
            m.put("style", DefaultAttribute.createAttribute("filled"));
            m.put("fillcolor", DefaultAttribute.createAttribute(s.color()));
            m.put("fontname", DefaultAttribute.createAttribute("Helvetica"));
            m.put("tooltip", DefaultAttribute.createAttribute(n.type() + ": " + n.mentions() + " mentions in "
                    + n.articles() + " articles"));
            JGraphModel.nodeAttributes(n).forEach((k, v) -> {
                if (!k.equals(JGraphModel.NAME)) {
                    m.put(k, v);
                }
            });
            return m;
        });
        ex.setEdgeAttributeProvider(e -> {
            Map<String, Attribute> m = new LinkedHashMap<>();
            if (e.isCoMention()) {
                m.put("style", DefaultAttribute.createAttribute("dashed"));
                m.put("color", DefaultAttribute.createAttribute("grey60"));
                m.put("dir", DefaultAttribute.createAttribute("none"));
            } else {
                m.put("label", DefaultAttribute.createAttribute(e.label()));
                m.put("fontname", DefaultAttribute.createAttribute("Helvetica"));
                m.put("fontsize", DefaultAttribute.createAttribute(10));
            }
            m.put("weight", DefaultAttribute.createAttribute(e.weight()));
            m.put("penwidth", DefaultAttribute.createAttribute(Math.min(6, e.weight())));
            m.put("relation", DefaultAttribute.createAttribute(e.relation()));
            if (!e.evidence().isEmpty()) {
                m.put("tooltip", DefaultAttribute.createAttribute(e.evidence()));
                m.put("evidence", DefaultAttribute.createAttribute(e.evidence()));
                m.put("article", DefaultAttribute.createAttribute(e.article()));
            }
            return m;
        });
        ex.exportGraph(model.graph(), out);
    }

    /** A DOT quoted ID (the IRI), so any characters are allowed. */
    private static String quoted(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}

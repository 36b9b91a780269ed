package org.w3id.newsgraph.server.view;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;

import org.apache.jena.graph.Node;
import org.w3id.newsgraph.model.RelationType;

/** One relation the view may draw: its triple and the number of articles stating it. */
record RelationRow(Node subject, Node property, Node object, long weight) {
    /** Heaviest first, then subject, property and object IRIs (as ARQ orders IRIs: as Java compares strings). */
    static final Comparator<RelationRow> ORDER = Comparator.comparingLong(RelationRow::weight).reversed()
            .thenComparing(r -> r.subject().getURI()).thenComparing(r -> r.property().getURI())
            .thenComparing(r -> r.object().getURI());

    /** The {@code max} strongest rows as edges, in {@link #ORDER}. */
    static List<ViewEdge> strongest(Collection<RelationRow> rows, int max) {
        return rows.stream().sorted(ORDER).limit(max).map(RelationRow::edge).toList();
    }

    ViewEdge edge() {
        RelationType t = EntityGraph.relationType(property);
        return new ViewEdge(EntityGraph.key(subject), EntityGraph.key(object), t.localName(), t.label(), weight);
    }
}

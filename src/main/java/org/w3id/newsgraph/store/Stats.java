package org.w3id.newsgraph.store;

import java.util.Collections;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeMap;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;

/**
 * A summary of what a store holds, for the {@code stats} command and logs.
 *
 * @param articles   named graphs that are articles (every named graph except the ontology and entity summary)
 * @param quads      all quads in all named graphs
 * @param entities   distinct entities mentioned by some article ({@code schema:mentions})
 * @param entityTypes those entities by most specific ontology class ({@link EntityTypeCounts}), sorted by name
 * @param roles      role assignments ({@code ng:RoleAssignment})
 * @param quotes     attributed quotes ({@code ng:Quote})
 * @param relations  relation statements ({@code ng:RelationStatement})
 * @param ontology   whether the ontology graph is loaded
 */
public record Stats(long articles, long quads, long entities, Map<String, Long> entityTypes, long roles, long quotes,
                    long relations, boolean ontology) {
    public Stats {
        entityTypes = Collections.unmodifiableMap(new TreeMap<>(entityTypes));
    }

    /** The figures of a store's dataset (inside a read transaction). */
    static Stats of(DatasetGraph d) {
        long articles = 0;
        boolean ontology = false;
        Iterator<Node> it = d.listGraphNodes();
        while (it.hasNext()) {
            Node g = it.next();
            if (g.equals(NewsStore.ONTOLOGY_GRAPH)) {
                ontology = true;
            } else if (EntitySummary.isArticleGraph(g)) {
                articles++;
            }
        }
        EntityTypeCounts entities = EntityTypeCounts.of(d);
        return new Stats(articles, Iter.count(d.find()), entities.entities(), entities.byType(),
                countType(d, "RoleAssignment"), countType(d, "Quote"), countType(d, "RelationStatement"), ontology);
    }

    private static long countType(DatasetGraph d, String localName) {
        String query = "SELECT (COUNT(DISTINCT ?x) AS ?n) { ?x a <https://w3id.org/newsgraph/ontology#" + localName
                + "> }";
        return QueryExec.dataset(d).query(query).select().next().get("n").getLiteralValue() instanceof Number n
                ? n.longValue() : 0L;
    }
}

package org.w3id.newsgraph.store;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

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
}

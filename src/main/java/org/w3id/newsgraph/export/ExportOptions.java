package org.w3id.newsgraph.export;

import java.util.Set;

/**
 * What a visualisation export includes. RDF formats ignore these and write the whole graph.
 *
 * @param types         only entities of these ontology class local names (and their subclasses), e.g.
 *                      {@code Person}, {@code Company}; empty means all
 * @param relationsOnly only typed relations between entities, no co-mention edges
 * @param minWeight     drop co-mention edges shared by fewer articles than this
 */
public record ExportOptions(Set<String> types, boolean relationsOnly, int minWeight) {
    public static final ExportOptions ALL = new ExportOptions(Set.of(), false, 1);

    public ExportOptions {
        types = Set.copyOf(types);
        if (minWeight < 1) {
            throw new IllegalArgumentException("minimum weight must be at least 1, not " + minWeight);
        }
    }
}

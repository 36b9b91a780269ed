package org.w3id.newsgraph.ingest;

import java.util.List;
import java.util.Map;

import org.w3id.newsgraph.store.RefusedInputs;

/**
 * Totals of one ingest run.
 *
 * @param articles      articles stored (each input stored once: every one is in the store afterwards)
 * @param duplicates    inputs with the same text and name slug as an article stored earlier in the run
 * @param unchanged     inputs whose article the store held already from the same source, byte for byte: skipped
 * @param failures      one-line messages of inputs that were not stored
 * @param refused       the inputs among them refused for what they are (see {@link RefusedInputs})
 * @param entitiesByType entity count per ontology class local name (an entity named in two articles counts once
 *                       per article)
 */
public record IngestReport(int articles, int duplicates, int unchanged, List<String> failures,
        List<RefusedInputs.Refusal> refused, Map<String, Integer> entitiesByType, int roles, int quotes, int relations,
        double seconds) {
    public IngestReport {
        failures = List.copyOf(failures);
        refused = List.copyOf(refused);
        entitiesByType = Map.copyOf(entitiesByType);
    }

    public int entities() {
        return entitiesByType.values().stream().mapToInt(Integer::intValue).sum();
    }
}

package org.w3id.newsgraph.store;

import java.nio.file.Path;
import java.util.function.Consumer;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;

/**
 * The store's own write path: one write transaction whose changes the derived state follows in step. In the same
 * transaction the entity summary follows every article change ({@link EntitySummary#tracking}) and the list pages
 * are marked stale; the figures true when it began are carried over its changes ({@link StatsDelta}, remembered
 * by {@link StatsCache} after the commit, no other writer coming between); the entities whose summary changed are
 * noted for the build's shapes check ({@link SummaryChanges}), once committed.
 */
final class WritePath {
    private WritePath() {}

    static void run(GuardedDataset gate, Path dir, SummaryChanges changes, Consumer<DatasetGraph> action) {
        gate.serialWriters(() -> {
            Stats[] figures = {null};
            SummaryChanges.Recorder[] noted = {null};
            Txn.executeWrite(gate, () -> {
                Stats known = StatsCache.cached(dir);
                StatsDelta delta = known == null ? null : new StatsDelta(gate);
                SummaryChanges.Recorder d = changes.watch(delta == null ? gate : delta);
                if (EntitySummary.tracking(d, action)) {
                    ListPages.markStale(d); // until repage(): the list queries read every entity meanwhile
                }
                figures[0] = delta == null ? null : delta.applyTo(known);
                noted[0] = d;
            });
            changes.committed(noted[0]);
            if (figures[0] != null) {
                StatsCache.remember(dir, figures[0]);
            }
        });
    }
}

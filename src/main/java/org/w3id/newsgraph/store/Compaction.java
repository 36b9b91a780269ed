package org.w3id.newsgraph.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.jena.tdb2.DatabaseMgr;

/**
 * Compacts a store. TDB2 never overwrites a block in place: every write transaction appends new copies of the
 * index blocks it touches, so rebuilding articles leaves their old blocks behind and the store only grows.
 * Compaction ({@link DatabaseMgr#compact(org.apache.jena.sparql.core.DatasetGraph, boolean)}) copies the live data
 * into a new {@code Data-NNNN} generation, switches the open dataset to it and deletes the old one.
 *
 * <p>The store's own dataset is compacted (TDB2 allows one connection per directory, held by this process through
 * its lock file), and {@link NewsStore#dataset()} stays valid: TDB2 swaps the generation inside the same
 * switchable dataset that the store's gate wraps. Writers wait meanwhile, readers go on. A kill cannot lose data, by TDB2's design
 * ({@code org.apache.jena.tdb2.sys.DatabaseOps.compact}): the copy is written to {@code Data-NNNN-tmp} and renamed
 * into place (an atomic rename) only when complete; a {@code -tmp} folder left by a kill is deleted the next time
 * the store opens, and until the rename the old generation is the live one. The old generation is deleted only
 * after the switch, and an older generation is never read again, so a kill then only leaves disk space.
 */
public final class Compaction {
    private static final Pattern GENERATION = Pattern.compile("Data-\\d+");

    private Compaction() {}

    /** Sizes on disk ({@link StoreSize}), in bytes, before and after. */
    public record Result(long before, long after) {}

    /**
     * Compacts the open store, deletes any older generation left behind (by {@code tdb2.tdbcompact} without
     * {@code --deleteOld}, or a kill while TDB2 was deleting one; TDB2 only ever uses the newest) and records the
     * new size for {@link CompactionPolicy}.
     */
    public static Result run(NewsStore store) {
        Path dir = store.directory();
        long before = StoreSize.onDisk(dir);
        store.pinned(database -> {
            Stats known = StatsCache.cached(dir);
            try {
                DatabaseMgr.compact(database, true);
            } catch (RuntimeException e) {
                throw new StoreException("store " + dir + ": compaction failed (" + NewsStore.oneLine(e) + ")", e);
            }
            if (known != null) { // the same quads in new files: the figures hold, no writer came between
                StatsCache.remember(dir, known);
            }
        });
        deleteOlderGenerations(dir);
        long after = StoreSize.onDisk(dir);
        CompactionPolicy.record(dir, after);
        return new Result(before, after);
    }

    private static void deleteOlderGenerations(Path dir) {
        List<Path> generations;
        try (Stream<Path> s = Files.list(dir)) {
            generations = s.filter(p -> GENERATION.matcher(p.getFileName().toString()).matches())
                    .filter(Files::isDirectory)
                    .sorted(Comparator.comparingInt(p -> Integer.parseInt(p.getFileName().toString().substring(5))))
                    .toList();
        } catch (IOException e) {
            throw new StoreException("cannot list store directory " + dir + ": " + e.getMessage(), e);
        }
        for (Path old : generations.subList(0, Math.max(0, generations.size() - 1))) {
            deleteTree(old);
        }
    }

    private static void deleteTree(Path root) {
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new StoreException("compacted, but could not delete the old generation " + root + ": "
                    + e.getMessage(), e);
        }
    }
}

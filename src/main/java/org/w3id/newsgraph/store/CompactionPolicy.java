package org.w3id.newsgraph.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.OptionalLong;
import java.util.Properties;

/**
 * When {@code build} compacts the store: when its size on disk ({@link StoreSize}) is over
 * {@value #GROWTH} times its size right after the last compaction, that is when the blocks left behind by
 * rebuilt articles (dead data) outweigh the live data. The size after the last compaction is the one cheap and
 * exact measure of the live data TDB2 offers; it is kept in a small file in the store directory, {@value #MARKER}.
 *
 * <p>Without that file: a store that a build creates records its size at the end of that build (a first build,
 * having rebuilt nothing, is mostly live data); a store that already held articles, built before newsgraph
 * recorded sizes, is compacted once to measure it. When the store is smaller than recorded (compacted by another
 * tool), the smaller size is recorded. A lost or damaged file costs at most one compaction.
 */
public final class CompactionPolicy {
    /** The file in the store directory holding the size after the last compaction. */
    public static final String MARKER = "newsgraph-compaction.properties";
    /** Compact when the store is over this many times its size after the last compaction. */
    public static final double GROWTH = 2.0;
    private static final String KEY = "sizeOnDiskAfterCompaction";

    private final Path dir;
    private final OptionalLong baseline;
    private final boolean heldArticles;

    private CompactionPolicy(Path dir, OptionalLong baseline, boolean heldArticles) {
        this.dir = dir;
        this.baseline = baseline;
        this.heldArticles = heldArticles;
    }

    /** Reads the policy's state at the start of a build, before anything is written. */
    public static CompactionPolicy of(NewsStore store) {
        return new CompactionPolicy(store.directory(), read(store.directory()), store.hasArticles());
    }

    /** The size recorded after the last compaction, if any. */
    public OptionalLong baseline() {
        return baseline;
    }

    /** Whether a store now {@code size} bytes on disk should be compacted. */
    public boolean due(long size) {
        return baseline.isEmpty() ? heldArticles : size > GROWTH * baseline.getAsLong();
    }

    /** After a build that did not compact: records the size when none is recorded or the store has shrunk. */
    public void settle(long size) {
        if (baseline.isEmpty() || size < baseline.getAsLong()) {
            record(dir, size);
        }
    }

    static OptionalLong read(Path dir) {
        Path marker = dir.resolve(MARKER);
        if (!Files.isRegularFile(marker)) {
            return OptionalLong.empty();
        }
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(marker)) {
            p.load(in);
            long size = Long.parseLong(p.getProperty(KEY, "").strip());
            return size > 0 ? OptionalLong.of(size) : OptionalLong.empty();
        } catch (IOException | IllegalArgumentException e) {
            return OptionalLong.empty(); // damaged: decide as if it were absent
        }
    }

    /** Writes the marker atomically (a temporary file renamed over it), so a kill leaves the old one or the new. */
    static void record(Path dir, long size) {
        Properties p = new Properties();
        p.setProperty(KEY, Long.toString(size));
        Path tmp = dir.resolve(MARKER + ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(tmp)) {
                p.store(out, "newsgraph: the store's size on disk (bytes) after its last compaction or first build;"
                        + " build compacts it when it grows past " + GROWTH + " times this");
            }
            Files.move(tmp, dir.resolve(MARKER), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            // Not fatal: without the file the next build decides again (see the class comment).
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException ignored) {
                // nothing more to do
            }
        }
    }
}

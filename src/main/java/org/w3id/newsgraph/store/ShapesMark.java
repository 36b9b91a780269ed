package org.w3id.newsgraph.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Remembers, beside the store ({@value #FILE}), the fingerprint of its data files ({@link StatsCache#fingerprint})
 * when its union last conformed to the archive shapes. While the files are as they were then, the store still
 * conforms, and a build that writes only through the store's own path needs to check only the entities it
 * changed ({@link SummaryChanges}); any other write (a SPARQL Update, a hand-made graph) changes the files, and
 * the next build checks every entity again. A lost or damaged file costs one whole check.
 */
public final class ShapesMark {
    /** The file in the store directory. */
    public static final String FILE = "newsgraph-shapes.fingerprint";

    private ShapesMark() {}

    /** Whether the store's files are as they were when its union last conformed. */
    public static boolean holds(Path dir) {
        String now = StatsCache.fingerprint(dir);
        try {
            return now != null && Files.isRegularFile(dir.resolve(FILE))
                    && now.equals(Files.readString(dir.resolve(FILE)));
        } catch (IOException e) {
            return false;
        }
    }

    /** Notes that the union conforms with the data files as they are now; a failure only costs a whole check. */
    public static void record(Path dir) {
        String now = StatsCache.fingerprint(dir);
        Path tmp = dir.resolve(FILE + ".tmp");
        try {
            if (now == null) {
                Files.deleteIfExists(dir.resolve(FILE));
                return;
            }
            Files.writeString(tmp, now);
            Files.move(tmp, dir.resolve(FILE), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException ignored) {
                // the next build checks every entity
            }
        }
    }

    /** Forgets the mark (the union broke the shapes): the next build checks every entity. */
    public static void forget(Path dir) {
        try {
            Files.deleteIfExists(dir.resolve(FILE));
        } catch (IOException e) {
            // a stale mark holds only while the files are unchanged, and a failed check changed nothing
        }
    }
}

package org.w3id.newsgraph.store;

import java.nio.file.Path;

/** Child-process helper for {@link CompactionKillTest}: opens a store, says READY, compacts it until killed. */
public final class CompactionLoop {
    private CompactionLoop() {
    }

    public static void main(String[] args) {
        try (NewsStore store = NewsStore.open(Path.of(args[0]))) {
            System.out.println("READY");
            System.out.flush();
            for (int i = 1; ; i++) {
                Compaction.run(store);
                System.out.println("compacted " + i);
                System.out.flush();
            }
        }
    }
}

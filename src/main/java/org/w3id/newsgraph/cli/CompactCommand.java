package org.w3id.newsgraph.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.w3id.newsgraph.store.Compaction;
import org.w3id.newsgraph.store.NewsStore;
import org.w3id.newsgraph.text.Printable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code compact}: TDB2 compaction of the store ({@link Compaction}), old generations deleted, sizes on disk
 * before and after in one line. The store must not be open in another process (its lock says so in one line).
 */
@Command(name = "compact", mixinStandardHelpOptions = true,
        description = "Compact the TDB2 store: copy its live data to a new generation and delete the old one.")
final class CompactCommand implements Callable<Integer> {
    @Mixin
    StoreOption store;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Path dir = store.dir().toAbsolutePath().normalize();
        if (!Files.isDirectory(dir)) {
            spec.commandLine().getErr().println("newsgraph: no store at " + Printable.escape(dir.toString()));
            return Main.FAILED;
        }
        try (NewsStore s = NewsStore.open(dir)) {
            Compaction.Result r = Compaction.run(s);
            spec.commandLine().getOut().println("Compacted " + Printable.escape(s.directory().toString()) + ": "
                    + sizes(r));
            spec.commandLine().getOut().flush();
        }
        return Main.OK;
    }

    /** "235.2 MiB -> 201.7 MiB on disk". */
    static String sizes(Compaction.Result r) {
        return mib(r.before()) + " -> " + mib(r.after()) + " on disk";
    }

    private static String mib(long bytes) {
        return String.format(Locale.ROOT, "%.1f MiB", bytes / (1024.0 * 1024.0));
    }
}

package org.w3id.newsgraph.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * {@link NewsStore#stats()} remembered beside the store, {@value #FILE}, with a fingerprint of the TDB2 data files
 * (every file's name, size and modification time, but the lock file's): while the files are as they were, the figures are too. Counting
 * every quad of a large store takes longer than a re-run that finds every input unchanged, so a re-run reads the
 * figures instead. Any commit rewrites the B+tree state files, so any write (a build, a SPARQL Update, a
 * compaction) makes the next call count again, except a write of the store's own write path, which carries the
 * figures over its changes ({@link StatsDelta}). A lost or damaged file costs one count.
 */
public final class StatsCache {
    /** The file in the store directory. */
    public static final String FILE = "newsgraph-stats.properties";
    private static final String TYPE = "type.";

    private StatsCache() {}

    /** The store's figures: remembered when its data files are unchanged since they were counted, else counted. */
    public static Stats stats(NewsStore store) {
        Path dir = store.directory();
        String before = fingerprint(dir);
        Stats known = before == null ? null : read(dir, before);
        if (known != null) {
            return known;
        }
        Stats counted = store.stats();
        String after = fingerprint(dir);
        if (after != null && after.equals(before)) { // nothing committed while counting
            write(dir, after, counted);
        }
        return counted;
    }

    /** The remembered figures when the data files are as they were when they were remembered, else null. */
    static Stats cached(Path dir) {
        String now = fingerprint(dir);
        return now == null ? null : read(dir, now);
    }

    /**
     * Remembers {@code s} as the figures of the data files as they are now: the caller knows them to be true
     * (a write that followed its own changes, {@link StatsDelta}) and keeps other writers out meanwhile.
     */
    static void remember(Path dir, Stats s) {
        String now = fingerprint(dir);
        if (now != null) {
            write(dir, now, s);
        }
    }

    /** Names, sizes and times of the files of every {@code Data-*} directory, or null when unreadable. */
    static String fingerprint(Path dir) {
        TreeSet<String> parts = new TreeSet<>();
        try (DirectoryStream<Path> data = Files.newDirectoryStream(dir, "Data-*")) {
            for (Path d : data) {
                try (Stream<Path> files = Files.list(d)) {
                    for (Path f : (Iterable<Path>) files::iterator) {
                        if (f.getFileName().toString().equals("tdb.lock")) {
                            continue; // rewritten by every process that opens the store, which changes no data
                        }
                        parts.add(d.getFileName() + "/" + f.getFileName() + ":" + Files.size(f) + ":"
                                + Files.getLastModifiedTime(f).toMillis());
                    }
                }
            }
        } catch (IOException e) {
            return null;
        }
        return parts.isEmpty() ? null : String.join(" ", parts);
    }

    private static Stats read(Path dir, String fingerprint) {
        Path file = dir.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return null;
        }
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            p.load(in);
            if (!fingerprint.equals(p.getProperty("fingerprint"))) {
                return null;
            }
            Map<String, Long> types = new TreeMap<>();
            for (String k : p.stringPropertyNames()) {
                if (k.startsWith(TYPE)) {
                    types.put(k.substring(TYPE.length()), Long.parseLong(p.getProperty(k)));
                }
            }
            return new Stats(num(p, "articles"), num(p, "quads"), num(p, "entities"), types, num(p, "roles"),
                    num(p, "quotes"), num(p, "relations"), Boolean.parseBoolean(p.getProperty("ontology")));
        } catch (IOException | RuntimeException e) {
            return null; // damaged: count again
        }
    }

    private static long num(Properties p, String key) {
        return Long.parseLong(p.getProperty(key).strip());
    }

    private static void write(Path dir, String fingerprint, Stats s) {
        Properties p = new Properties();
        p.setProperty("fingerprint", fingerprint);
        p.setProperty("articles", Long.toString(s.articles()));
        p.setProperty("quads", Long.toString(s.quads()));
        p.setProperty("entities", Long.toString(s.entities()));
        s.entityTypes().forEach((t, n) -> p.setProperty(TYPE + t, Long.toString(n)));
        p.setProperty("roles", Long.toString(s.roles()));
        p.setProperty("quotes", Long.toString(s.quotes()));
        p.setProperty("relations", Long.toString(s.relations()));
        p.setProperty("ontology", Boolean.toString(s.ontology()));
        Path tmp = dir.resolve(FILE + ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(tmp)) {
                p.store(out, "newsgraph: the store's figures while its data files are as fingerprinted");
            }
            Files.move(tmp, dir.resolve(FILE), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException ignored) {
                // the next call counts again
            }
        }
    }
}

package org.w3id.newsgraph.query;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The prepared queries, by name (file name without {@code .rq}). Immutable.
 *
 * <p><b>Where they come from.</b> {@link #standard(Path)} uses the {@code queries/} directory under the given
 * working directory when there is one (users can edit or add queries there), otherwise the {@code queries/}
 * folder on the class path, which the build copies into the jar. The class-path folder is found by listing:
 * every class-path entry holding {@code queries/} is scanned, whether a directory ({@code target/classes}) or a
 * jar (its entries under {@code queries/} are read, so no index file has to be kept in step and jars without
 * directory entries work too, through the jar this class was loaded from). Only {@code *.rq} files directly in
 * the folder count. When two class-path entries hold the same name, the first one wins.
 */
public final class QueryCatalog {
    /** The folder name, on disk and on the class path. */
    public static final String FOLDER = "queries";

    private final Map<String, PreparedQuery> queries;
    private final String origin;

    private QueryCatalog(Map<String, PreparedQuery> queries, String origin) {
        this.queries = Map.copyOf(queries);
        this.origin = origin;
    }

    /** {@code workingDir/queries} if it is a directory, else the class-path folder {@code queries/}. */
    public static QueryCatalog standard(Path workingDir) {
        Path dir = workingDir.resolve(FOLDER);
        return Files.isDirectory(dir) ? fromDirectory(dir) : fromClassPath(QueryCatalog.class.getClassLoader(), FOLDER);
    }

    /** All {@code *.rq} files directly in {@code dir}. */
    public static QueryCatalog fromDirectory(Path dir) {
        Map<String, PreparedQuery> map = new TreeMap<>();
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.filter(p -> p.getFileName().toString().endsWith(".rq") && Files.isRegularFile(p))
                    .sorted().toList()) {
                PreparedQuery q = PreparedQuery.fromFile(p);
                map.put(q.name(), q);
            }
        } catch (IOException e) {
            throw new QueryException("cannot list queries in " + dir + ": " + e.getMessage(), e);
        }
        return new QueryCatalog(map, dir.toString());
    }

    /** All {@code *.rq} files directly in the class-path folder {@code folder} (e.g. {@code queries}). */
    public static QueryCatalog fromClassPath(ClassLoader loader, String folder) {
        String prefix = folder.replaceAll("^/+|/+$", "") + "/";
        Map<String, PreparedQuery> map = new TreeMap<>();
        try {
            Enumeration<URL> roots = loader.getResources(prefix);
            while (roots.hasMoreElements()) {
                scan(roots.nextElement(), prefix, map);
            }
            if (map.isEmpty()) {
                // A jar written without directory entries: getResources finds no folder, so read the jar itself.
                CodeSource cs = QueryCatalog.class.getProtectionDomain().getCodeSource();
                if (cs != null && cs.getLocation() != null && cs.getLocation().getPath().endsWith(".jar")) {
                    scanJar(Path.of(cs.getLocation().toURI()), prefix, map);
                }
            }
        } catch (IOException e) {
            throw new QueryException("cannot list class-path folder " + prefix + ": " + e.getMessage(), e);
        } catch (URISyntaxException e) {
            throw new QueryException("cannot locate the application jar: " + e.getMessage(), e);
        }
        return new QueryCatalog(map, "class path /" + prefix);
    }

    private static void scan(URL root, String prefix, Map<String, PreparedQuery> map) throws IOException {
        switch (root.getProtocol()) {
            case "file" -> {
                Path dir;
                try {
                    dir = Path.of(root.toURI());
                } catch (URISyntaxException e) {
                    throw new IOException(e);
                }
                fromDirectory(dir).queries.forEach(map::putIfAbsent);
            }
            case "jar" -> {
                String spec = root.getPath(); // file:/x/app.jar!/queries/
                int bang = spec.indexOf("!/");
                String jarUrl = bang < 0 ? spec : spec.substring(0, bang);
                try {
                    scanJar(Path.of(URI.create(jarUrl)), prefix, map);
                } catch (IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
                    scanJar(Path.of(URLDecoder.decode(jarUrl.replaceFirst("^file:", ""), StandardCharsets.UTF_8)),
                            prefix, map);
                }
            }
            default -> throw new IOException("cannot list " + root);
        }
    }

    /** Reads the {@code *.rq} entries directly under {@code prefix} in a jar. */
    static void scanJar(Path jar, String prefix, Map<String, PreparedQuery> map) throws IOException {
        try (JarFile jf = new JarFile(jar.toFile())) {
            List<JarEntry> entries = jf.stream()
                    .filter(e -> !e.isDirectory() && e.getName().startsWith(prefix) && e.getName().endsWith(".rq")
                            && e.getName().indexOf('/', prefix.length()) < 0)
                    .sorted((a, b) -> a.getName().compareTo(b.getName()))
                    .toList();
            for (JarEntry e : entries) {
                String file = e.getName().substring(prefix.length());
                String text;
                try (InputStream in = jf.getInputStream(e)) {
                    text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
                PreparedQuery q = PreparedQuery.parse(PreparedQuery.nameOf(file), prefix + file, text);
                map.putIfAbsent(q.name(), q);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** The queries, sorted by name. */
    public List<PreparedQuery> list() {
        return new ArrayList<>(new TreeMap<>(queries).values());
    }

    /** The query names, sorted. */
    public List<String> names() {
        return List.copyOf(new TreeMap<>(queries).keySet());
    }

    /**
     * The query called {@code name} (a trailing {@code .rq} is accepted).
     *
     * @throws QueryException one line listing the known names
     */
    public PreparedQuery get(String name) {
        PreparedQuery q = queries.get(PreparedQuery.nameOf(name));
        if (q == null) {
            throw new QueryException("unknown query '" + name + "'; known: " + String.join(", ", names()));
        }
        return q;
    }

    public boolean contains(String name) {
        return queries.containsKey(PreparedQuery.nameOf(name));
    }

    /**
     * The names of this catalog's queries whose text is not {@code other}'s (or that {@code other} lacks), sorted:
     * a {@code queries/} folder of another version than the jar runs its own texts, and a benchmark must say so.
     */
    public List<String> differingFrom(QueryCatalog other) {
        return names().stream().filter(n -> !other.queries.containsKey(n)
                || !other.queries.get(n).sparql().equals(queries.get(n).sparql())).toList();
    }

    /** Where the queries were read from (a directory or the class path folder). */
    public String origin() {
        return origin;
    }

    public int size() {
        return queries.size();
    }
}

package org.w3id.newsgraph.ner;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.tukaani.xz.XZInputStream;

/**
 * Reads NLP4J's English Brown clusters (Apache-2.0; {@code edu.emory.mathcs.nlp:nlp4j-english}): an XZ-compressed,
 * Java-serialised {@code HashMap<String, Set<String>>} from a lower-case word to the prefixes of its cluster bit
 * path. Only training reads it, from the Maven artifact's jar or the bare {@code .xz} file; the model keeps the
 * longest path of the words it is given.
 */
public final class BrownClusterSource {
    public static final String ENTRY = "edu/emory/mathcs/nlp/lexica/en-brown-clusters-simplified-lowercase.xz";

    private BrownClusterSource() {
    }

    /** The Maven artifact in the local repository, where {@code mvn dependency:get} puts it. */
    public static Path defaultJar() {
        return Path.of(System.getProperty("user.home"), ".m2", "repository", "edu", "emory", "mathcs", "nlp",
                "nlp4j-english", "1.1.3", "nlp4j-english-1.1.3.jar");
    }

    /** Each kept word with its longest bit path. */
    public static BrownPaths read(Path source, Predicate<String> keep) throws IOException {
        if (source.toString().endsWith(".xz")) {
            try (InputStream in = Files.newInputStream(source)) {
                return parse(in, keep);
            }
        }
        try (ZipFile zip = new ZipFile(source.toFile())) {
            ZipEntry e = zip.getEntry(ENTRY);
            if (e == null) {
                throw new IOException(source + " has no " + ENTRY);
            }
            try (InputStream in = zip.getInputStream(e)) {
                return parse(in, keep);
            }
        }
    }

    private static BrownPaths parse(InputStream raw, Predicate<String> keep) throws IOException {
        try (ObjectInputStream in = new ObjectInputStream(new XZInputStream(new BufferedInputStream(raw)))) {
            // only plain collections and strings may be deserialised
            in.setObjectInputFilter(ObjectInputFilter.Config.createFilter(
                    "java.util.HashMap;java.util.HashSet;java.util.Map$Entry;java.lang.String;!*"));
            Object o = in.readObject();
            if (!(o instanceof Map<?, ?> map)) {
                throw new IOException("Brown clusters: expected a map, got " + o.getClass().getName());
            }
            Map<String, String> out = new HashMap<>();
            for (Map.Entry<?, ?> e : map.entrySet()) {
                if (e.getKey() instanceof String word && e.getValue() instanceof Set<?> prefixes && keep.test(word)) {
                    String longest = "";
                    for (Object p : prefixes) {
                        if (p instanceof String s && s.length() > longest.length()) {
                            longest = s;
                        }
                    }
                    if (!longest.isEmpty()) {
                        out.put(word, longest);
                    }
                }
            }
            return new BrownPaths(out);
        } catch (ClassNotFoundException e) {
            throw new IOException("Brown clusters: " + e.getMessage(), e);
        }
    }
}

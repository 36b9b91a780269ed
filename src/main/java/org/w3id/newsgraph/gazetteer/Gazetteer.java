package org.w3id.newsgraph.gazetteer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.w3id.newsgraph.model.EntityType;

/**
 * The sourced gazetteer of general world knowledge, read from tab-separated files on the class path
 * ({@code /gazetteer/*.tsv}, listed in {@code /gazetteer/index.txt}). Immutable and thread-safe.
 *
 * <p>File format, one entry per line, {@code #} starts a comment line:
 * {@code id <TAB> type <TAB> name <TAB> aliases <TAB> demonyms <TAB> wikidata <TAB> country}, where type is an
 * ontology class local name (Country, City, Company, ...), aliases and demonyms are separated by {@code |},
 * and empty cells mean none.
 */
public final class Gazetteer {
    private static final class Holder {
        static final Gazetteer DEFAULT = loadIndex("/gazetteer/index.txt");
    }

    private final Map<String, GazetteerEntry> byId = new LinkedHashMap<>();
    private final Map<String, GazetteerEntry> byName = new HashMap<>();
    private final Map<String, GazetteerEntry> byDemonym = new HashMap<>();
    private int maxNameTokens = 1;

    private Gazetteer(List<GazetteerEntry> entries) {
        for (GazetteerEntry e : entries) {
            if (byId.putIfAbsent(e.id(), e) != null) {
                throw new IllegalArgumentException("gazetteer id used twice: " + e.id());
            }
        }
        // Canonical names win over aliases of other entries; the first file listed wins among equals.
        for (GazetteerEntry e : entries) {
            index(byName, e.name(), e);
        }
        for (GazetteerEntry e : entries) {
            e.aliases().forEach(a -> index(byName, a, e));
            e.demonyms().forEach(d -> byDemonym.putIfAbsent(normalize(d), e));
        }
    }

    private void index(Map<String, GazetteerEntry> map, String surface, GazetteerEntry e) {
        String key = normalize(surface);
        map.putIfAbsent(key, e);
        maxNameTokens = Math.max(maxNameTokens, key.split(" ").length);
    }

    /** The gazetteer shipped with newsgraph (loaded once). */
    public static Gazetteer loadDefault() {
        return Holder.DEFAULT;
    }

    public static Gazetteer of(List<GazetteerEntry> entries) {
        return new Gazetteer(entries);
    }

    static Gazetteer loadIndex(String indexResource) {
        List<GazetteerEntry> all = new ArrayList<>();
        for (String file : readLines(indexResource)) {
            String f = file.strip();
            if (!f.isEmpty() && !f.startsWith("#")) {
                all.addAll(parse("/gazetteer/" + f, readLines("/gazetteer/" + f)));
            }
        }
        return new Gazetteer(all);
    }

    static List<GazetteerEntry> parse(String source, List<String> lines) {
        List<GazetteerEntry> out = new ArrayList<>();
        int n = 0;
        for (String line : lines) {
            n++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] c = Arrays.copyOf(line.split("\t", -1), 7);
            if (c[0] == null || c[1] == null || c[2] == null) {
                throw new IllegalArgumentException(source + ":" + n + ": needs at least id, type and name");
            }
            out.add(new GazetteerEntry(c[0].strip(), c[2].strip(), EntityType.fromLocalName(c[1].strip()), split(c[3]),
                    split(c[4]), blankToNull(c[5]), blankToNull(c[6])));
        }
        return out;
    }

    private static List<String> split(String cell) {
        if (cell == null || cell.isBlank()) {
            return List.of();
        }
        return Arrays.stream(cell.split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static List<String> readLines(String resource) {
        try (InputStream in = Gazetteer.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("gazetteer resource missing: " + resource);
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Folds curly quotes to straight ones and runs of white space to one space; case is kept. */
    public static String normalize(String s) {
        // One pass, no regex: the entity step asks this for every n-gram of every sentence.
        StringBuilder b = null;
        boolean space = false;
        int start = 0;
        int end = s.length();
        while (start < end && isSpace(s.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(s.charAt(end - 1))) {
            end--;
        }
        for (int i = start; i < end; i++) {
            char c = s.charAt(i);
            char out = c == '\u2019' || c == '\u2018' ? '\'' : c;
            if (isSpace(c)) {
                if (space) {
                    b = b == null ? new StringBuilder(s.substring(start, i)) : b;
                    continue;
                }
                out = ' ';
                space = true;
            } else {
                space = false;
            }
            if (b == null && out != c) {
                b = new StringBuilder(s.substring(start, i));
            }
            if (b != null) {
                b.append(out);
            }
        }
        return b != null ? b.toString() : s.substring(start, end);
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || c == '\u00a0';
    }

    /** The entry whose name or alias is exactly this surface form (case-sensitive, see {@link #normalize}). */
    public Optional<GazetteerEntry> byName(String surface) {
        return Optional.ofNullable(byName.get(normalize(surface)));
    }

    /** The entry a demonym or adjective stands for: "German" gives Germany. */
    public Optional<GazetteerEntry> byDemonym(String adjective) {
        return Optional.ofNullable(byDemonym.get(normalize(adjective)));
    }

    public Optional<GazetteerEntry> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** The longest name or alias, in space-separated words: the widest n-gram worth looking up. */
    public int maxNameTokens() {
        return maxNameTokens;
    }

    public Collection<GazetteerEntry> entries() {
        return byId.values();
    }
}

package org.w3id.newsgraph.extract.roles;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;



/**
 * The title lexicon ({@code /lexicon/titles.txt}): head titles, their modifiers, membership nouns, government posts
 * and the legislatures legislators' titles imply, as data so a new domain's titles need no code. Read once.
 */
record TitleLexicon(Set<String> heads, Set<String> modifiers, Set<String> members, Set<String> government,
        Map<String, List<String>> legislators) {
    static final String RESOURCE = "/lexicon/titles.txt";

    /** The lexicon shipped in the jar. */
    static final TitleLexicon DEFAULT = load();

    private static TitleLexicon load() {
        Map<String, Set<String>> sections = new LinkedHashMap<>();
        Map<String, List<String>> legislators = new LinkedHashMap<>();
        try (InputStream in = TitleLexicon.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing " + RESOURCE);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String section = null;
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                int hash = line.indexOf('#');
                String l = (hash >= 0 ? line.substring(0, hash) : line).strip();
                if (l.isEmpty()) {
                    continue;
                }
                if (l.startsWith("[") && l.endsWith("]")) {
                    section = l.substring(1, l.length() - 1);
                } else if ("legislators".equals(section)) {
                    String[] kv = l.split("\t", 2);
                    legislators.put(kv[0], List.of(kv[1].split("\\|")));
                } else if (section != null) {
                    sections.computeIfAbsent(section, k -> new LinkedHashSet<>()).add(l);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new TitleLexicon(Set.copyOf(sections.getOrDefault("heads", Set.of())),
                Set.copyOf(sections.getOrDefault("modifiers", Set.of())),
                Set.copyOf(sections.getOrDefault("members", Set.of())),
                Set.copyOf(sections.getOrDefault("government", Set.of())), Map.copyOf(legislators));
    }

    /** The entries longest first, as one regex alternation of literal words (spaces match any whitespace). */
    static String alternation(Set<String> entries) {
        List<String> sorted = new ArrayList<>(entries);
        sorted.sort((a, b) -> b.length() != a.length() ? b.length() - a.length() : a.compareTo(b));
        StringBuilder out = new StringBuilder();
        for (String e : sorted) {
            out.append(out.isEmpty() ? "" : "|")
                    .append(java.util.regex.Pattern.quote(e).replace(" ", "\\E\\s+\\Q"));
        }
        return out.toString();
    }
}

package org.w3id.newsgraph.extract.entities;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The sections of {@code lexicon/not-names.txt}: capitalised words that are no names, heads of event, law and
 * document names, title abbreviations, and the words around US town names. Immutable, loaded once.
 */
final class NotNameWords {
    static final NotNameWords BUNDLED = load("/lexicon/not-names.txt");

    private final Map<String, Set<String>> sections;

    private NotNameWords(Map<String, Set<String>> sections) {
        this.sections = Map.copyOf(sections);
    }

    /** Is the word (any case) listed in the section? */
    boolean in(String section, String word) {
        Set<String> s = sections.get(section);
        return s != null && s.contains(NameLexicon.lower(word));
    }

    private static NotNameWords load(String resource) {
        try (InputStream in = NotNameWords.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("resource missing: " + resource);
            }
            Map<String, Set<String>> out = new HashMap<>();
            String section = "";
            for (String line : new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList()) {
                String l = line.strip();
                if (l.isEmpty() || l.startsWith("#")) {
                    continue;
                }
                if (l.startsWith("[") && l.endsWith("]")) {
                    section = l.substring(1, l.length() - 1);
                } else {
                    out.computeIfAbsent(section, k -> new HashSet<>()).add(l);
                }
            }
            out.replaceAll((k, v) -> Set.copyOf(v));
            return new NotNameWords(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

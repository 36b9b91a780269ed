package org.w3id.newsgraph.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The parts generated names are made of ({@code bench/name-parts.txt}): given names, surnames, place stems and
 * suffixes, organisation words and suffixes, and the patterns that join them. Sections are {@code [name]} lines;
 * pattern sections keep one pattern a line, the others are words separated by white space.
 */
record NameParts(Map<String, List<String>> sections) {
    static final String RESOURCE = "/bench/name-parts.txt";

    static NameParts load() {
        try (InputStream in = NameParts.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static NameParts parse(List<String> lines) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        List<String> current = null;
        String name = null;
        for (String raw : lines) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("[") && line.endsWith("]")) {
                name = line.substring(1, line.length() - 1);
                current = out.computeIfAbsent(name, k -> new ArrayList<>());
            } else if (current != null) {
                if (name.endsWith("-pattern")) {
                    current.add(line);
                } else {
                    current.addAll(List.of(line.split("\\s+")));
                }
            }
        }
        out.replaceAll((k, v) -> List.copyOf(v));
        return new NameParts(Map.copyOf(out));
    }

    List<String> get(String section) {
        List<String> l = sections.get(section);
        if (l == null || l.isEmpty()) {
            throw new IllegalStateException(RESOURCE + " has no [" + section + "] entries");
        }
        return l;
    }
}

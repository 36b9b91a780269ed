package org.w3id.newsgraph.extract.coref;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * The gender most given names carry ({@code /lexicon/given-name-genders.txt}, from the US Social Security
 * Administration's popular-names lists): "Susan Rice" is a "she" before any pronoun says so. Loaded once;
 * immutable, so thread-safe.
 */
final class GivenNames {
    static final String RESOURCE = "/lexicon/given-name-genders.txt";
    private static final Map<String, Gender> GENDERS = load();

    private GivenNames() {}

    /** The gender of a given name, or UNKNOWN when the list does not have it. */
    static Gender gender(String givenName) {
        return GENDERS.getOrDefault(givenName, Gender.UNKNOWN);
    }

    private static Map<String, Gender> load() {
        try (InputStream in = GivenNames.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("resource missing: " + RESOURCE);
            }
            Map<String, Gender> out = new HashMap<>();
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).forEach(l -> {
                        String[] f = l.split("\\s+");
                        out.put(f[0], f[1].equals("f") ? Gender.FEMALE : Gender.MALE);
                    });
            return Map.copyOf(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

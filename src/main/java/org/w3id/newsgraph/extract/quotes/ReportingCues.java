package org.w3id.newsgraph.extract.quotes;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The reporting cues learned from attribution annotations ({@code /lexicon/reporting-cues.txt}: "called",
 * "pledged", "tweeted" ...), added to the verbs built into {@link Attribution}. Kept as data so that the list can
 * be re-derived from annotations without touching the patterns. Immutable after class loading, so thread-safe.
 */
public final class ReportingCues {
    static final String RESOURCE = "/lexicon/reporting-cues.txt";

    /** The cues, longest first, as a regex alternation (no group), or an empty string when the list is empty. */
    static final String ALTERNATION = alternation(load());

    private ReportingCues() {}

    static List<String> load() {
        try (InputStream in = ReportingCues.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("resource missing: " + RESOURCE);
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .map(l -> l.split("\\s+")[0].toLowerCase(Locale.ROOT)).distinct().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String alternation(List<String> cues) {
        return String.join("|", cues.stream().sorted(Comparator.comparingInt(String::length).reversed())
                .map(Pattern::quote).toList());
    }
}

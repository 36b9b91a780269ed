package org.w3id.newsgraph.query;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * How {@link QueryRunner} writes SELECT and ASK results: an aligned text table for people, CSV and TSV (the W3C
 * SPARQL 1.1 result formats) for spreadsheets and scripts, SPARQL JSON results for programs. CONSTRUCT and
 * DESCRIBE results are always written as Turtle.
 */
public enum ResultFormat {
    TABLE, CSV, TSV, JSON;

    /** The name on the command line. */
    public String cliName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The format named {@code name}, case-insensitive.
     *
     * @throws IllegalArgumentException one line listing the known names
     */
    public static ResultFormat parse(String name) {
        for (ResultFormat f : values()) {
            if (f.cliName().equalsIgnoreCase(name.strip())) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown result format '" + name + "'; known: " + names());
    }

    /** The CLI names separated by {@code |}. */
    public static String names() {
        return Arrays.stream(values()).map(ResultFormat::cliName).collect(Collectors.joining("|"));
    }

    @Override
    public String toString() {
        return cliName();
    }
}

package org.w3id.newsgraph.cli;

/** A count with its noun in the right number: "1 role", "2 roles", "1 entity", "3 entities". */
final class Plural {
    private Plural() {}

    static String of(long n, String singular) {
        return of(n, singular, singular.endsWith("y") ? singular.substring(0, singular.length() - 1) + "ies"
                : singular + "s");
    }

    static String of(long n, String singular, String plural) {
        return n + " " + (n == 1 ? singular : plural);
    }
}

package org.w3id.newsgraph.query;

import java.util.Map;

import org.apache.jena.query.Query;

/**
 * The paging parameters of a prepared query, {@code limit} and {@code offset}: SPARQL cannot take a variable in
 * {@code LIMIT} or {@code OFFSET}, so the runner checks the value is a whole number and sets it on the parsed
 * query (never text spliced into it). A query declares them in its header like any parameter, with defaults.
 */
final class Paging {
    static final String LIMIT = "limit";
    static final String OFFSET = "offset";

    private Paging() {}

    /** Sets the declared paging parameters of {@code q} (given values, else defaults) on {@code query}. */
    static void apply(PreparedQuery q, Map<String, String> params, Query query) {
        for (Param p : q.params()) {
            if (!p.paging()) {
                continue;
            }
            String value = params.containsKey(p.name()) ? params.get(p.name()) : p.defaultValue().orElse(null);
            if (value == null) {
                continue;
            }
            long n = number(p.name(), value);
            if (p.name().equals(LIMIT)) {
                query.setLimit(n);
            } else {
                query.setOffset(n);
            }
        }
    }

    private static long number(String name, String value) {
        String v = value.strip();
        long n;
        try {
            n = v.matches("\\d{1,15}") ? Long.parseLong(v) : -1;
        } catch (NumberFormatException e) {
            n = -1;
        }
        if (n < 0 || name.equals(LIMIT) && n == 0) {
            throw new ParamException("parameter '" + name + "' must be a whole number"
                    + (name.equals(LIMIT) ? " of at least 1" : " of at least 0") + ", not '" + value + "'");
        }
        return n;
    }
}

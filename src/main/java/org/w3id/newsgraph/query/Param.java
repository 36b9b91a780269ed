package org.w3id.newsgraph.query;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A parameter of a prepared query: the query variable {@code ?name} that the user gives a value for.
 *
 * @param name         the variable name without {@code ?}
 * @param description  what to give, for {@code query --list}
 * @param defaultValue the value used when none is given; empty when the parameter is required
 */
public record Param(String name, String description, Optional<String> defaultValue) {
    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    public Param {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(defaultValue, "defaultValue");
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("bad parameter name '" + name + "'");
        }
    }

    public boolean required() {
        return defaultValue.isEmpty();
    }

    /**
     * Whether this is a paging parameter, {@code limit} or {@code offset}: a whole number the runner sets as the
     * query's {@code LIMIT} or {@code OFFSET} (SPARQL has no variables there), not a variable of the query.
     */
    public boolean paging() {
        return isPaging(name);
    }

    /** Whether a parameter called {@code name} is a paging one. */
    public static boolean isPaging(String name) {
        return name.equals(Paging.LIMIT) || name.equals(Paging.OFFSET);
    }
}

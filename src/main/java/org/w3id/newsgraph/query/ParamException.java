package org.w3id.newsgraph.query;

import java.util.Optional;

/**
 * A query parameter is unknown, missing or has a bad value: the caller's mistake (the CLI exits 2 for it, the
 * server answers 400), not a failure of the query.
 */
public class ParamException extends QueryException {
    private static final long serialVersionUID = 1L;

    /** The parameter that lacks a value, when that is the mistake; null otherwise. */
    private final String missing;
    private final String reason;

    public ParamException(String message) {
        this(message, null, message, null);
    }

    public ParamException(String message, Throwable cause) {
        this(message, null, message, cause);
    }

    private ParamException(String message, String missing, String reason, Throwable cause) {
        super(message, cause);
        this.missing = missing;
        this.reason = reason;
    }

    /**
     * {@code reason} with the command line's way to give {@code param} ({@code --param NAME=...}); a server
     * rephrases it for its own clients from {@link #missing()} and {@link #reason()}.
     */
    static ParamException missing(String param, String reason) {
        return new ParamException(reason + ": --param " + param + "=...", param, reason, null);
    }

    /** The parameter that needs a value, when a missing value is the mistake. */
    public Optional<String> missing() {
        return Optional.ofNullable(missing);
    }

    /** The mistake without a hint of how to give a value. */
    public String reason() {
        return reason;
    }
}

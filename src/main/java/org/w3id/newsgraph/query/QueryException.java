package org.w3id.newsgraph.query;

/**
 * A prepared query is malformed, unknown, missing a parameter, or failed to run. The message is one line for
 * the user, e.g. {@code queries/x.rq: line 3, column 5: Encountered "}" ...}.
 */
public class QueryException extends RuntimeException {
    public QueryException(String message) {
        super(message);
    }

    public QueryException(String message, Throwable cause) {
        super(message, cause);
    }
}

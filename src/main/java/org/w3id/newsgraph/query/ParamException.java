package org.w3id.newsgraph.query;

/**
 * A query parameter is unknown, missing or has a bad value: the caller's mistake (the CLI exits 2 for it, the
 * server answers 400), not a failure of the query.
 */
public class ParamException extends QueryException {
    private static final long serialVersionUID = 1L;

    public ParamException(String message) {
        super(message);
    }

    public ParamException(String message, Throwable cause) {
        super(message, cause);
    }
}

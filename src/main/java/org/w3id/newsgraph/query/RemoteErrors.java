package org.w3id.newsgraph.query;

import java.net.ConnectException;
import java.net.http.HttpTimeoutException;

import org.apache.jena.sparql.engine.http.QueryExceptionHTTP;

/** One line for a query that failed at a remote endpoint: the server's own message, or why it was not reached. */
final class RemoteErrors {
    private RemoteErrors() {}

    static String describe(String endpoint, RuntimeException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ConnectException) {
                return "no server answers at " + endpoint + " (is 'newsgraph serve' running there?)";
            }
            if (t instanceof HttpTimeoutException) {
                return "the server at " + endpoint + " did not answer in time";
            }
        }
        if (e instanceof QueryExceptionHTTP h && h.getStatusCode() > 0) {
            String body = h.getResponseBody() == null ? "" : h.getResponseBody().strip();
            int nl = body.indexOf('\n');
            body = nl < 0 ? body : body.substring(0, nl);
            return "the server at " + endpoint + " answered " + h.getStatusCode()
                    + (body.isEmpty() ? "" : ": " + body);
        }
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().strip();
        int nl = m.indexOf('\n');
        return "query at " + endpoint + " failed: " + (nl < 0 ? m : m.substring(0, nl));
    }
}

package org.w3id.newsgraph.server;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.atlas.lib.Pair;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQLProtocol;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryException;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecResult;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.RowSetStream;

import jakarta.servlet.http.HttpServletResponse;

/**
 * Fuseki's SPARQL query service within the server's limits. The query is parsed within the time budget
 * ({@link SparqlParsing}) and runs with what is left of it, so parsing and execution together end by the timeout
 * (503); {@code SERVICE} is refused unless allowed ({@link ServicePolicy}); and, as neither ARQ nor Fuseki 6 has
 * a result-size setting, the parsed query gets {@code LIMIT maxRows + 1} when it has no limit or a larger one:
 * the client sees at most {@code maxRows} solutions, and when there were more the response says so in the header
 * {@link #TRUNCATED} (its value the cap). Those rows are held in memory before they are sent, as headers go
 * first; the cap bounds them.
 */
final class CappedQuery extends SPARQL_QueryDataset {
    /** The response header of a result cut at the row cap; its value is the cap. */
    static final String TRUNCATED = "X-Newsgraph-Truncated";

    private final long maxRows;
    private final Duration timeout;
    private final ServicePolicy service;
    private final SparqlParsing parsing;

    CappedQuery(long maxRows, Duration timeout, ServicePolicy service, SparqlParsing parsing) {
        this.maxRows = maxRows;
        this.timeout = timeout;
        this.service = service;
        this.parsing = parsing;
    }

    /** Fuseki's {@code execute}, with the parse bounded in time and the remaining budget as the query timeout. */
    @Override
    protected void execute(String queryString, HttpAction action) {
        Deadline deadline = Deadline.start(timeout);
        if (queryString.isBlank()) {
            ServletOps.errorBadRequest("Error: Empty query string");
        }
        Query query = null;
        try {
            query = parsing.query(queryString, deadline);
        } catch (QueryException e) {
            if (e.getCause() instanceof StackOverflowError) { // ARQ's parser recurses once per level of nesting
                ServletOps.errorBadRequest("the query is nested too deeply to parse (make it smaller)");
            }
            ServletOps.errorBadRequest(e instanceof QueryParseException pe ? SPARQLProtocol.messageForParseException(pe)
                    : Json.oneLine(e.getMessage()));
        }
        validateQuery(action, query);
        service.refusal(query).ifPresent(ServletOps::errorBadRequest);
        long left = Math.max(1, deadline.remainingMillis());
        service.apply(action.getContext()).set(ARQ.queryTimeout, Long.toString(left));
        action.beginRead();
        try {
            Pair<DatasetGraph, Query> p = decideDataset(action, query, queryString);
            Query q = p.getRight();
            boolean imposed = maxRows < Long.MAX_VALUE && (!q.hasLimit() || q.getLimit() > maxRows);
            if (imposed) {
                q.setLimit(maxRows + 1);
            }
            try (QueryExec exec = createQueryExec(action, q, p.getLeft())) {
                QueryExecResult result = executeQuery(action, exec, q, queryString);
                if (imposed && result.isRowSet()) {
                    result = atMostMaxRows(action, result.rowSet());
                }
                sendResults(action, result, q.getPrologue());
            }
        } catch (QueryParseException e) {
            ServletOps.errorBadRequest("Parse error: " + Json.oneLine(e.getMessage()));
        } catch (StackOverflowError e) {
            // ARQ compiles and optimises the algebra recursively: a long enough chain of UNIONs that parsed in time
            // overflows there, before any result is written
            ServletOps.errorBadRequest("the query is nested too deeply to run (make it smaller)");
        } finally {
            action.endRead();
        }
    }

    /**
     * Sets {@link #TRUNCATED} and lets scripts on other origins read it (CORS exposes only a few headers; this
     * adds to the filter's list).
     */
    static void markTruncated(HttpServletResponse resp, long maxRows) {
        resp.setHeader(TRUNCATED, Long.toString(maxRows));
        resp.addHeader("Access-Control-Expose-Headers", TRUNCATED);
    }

    /** The first {@code maxRows} rows, with the header {@link #TRUNCATED} when there was one more. */
    private QueryExecResult atMostMaxRows(HttpAction action, RowSet rows) {
        List<Binding> kept = new ArrayList<>();
        while (rows.hasNext() && kept.size() <= maxRows) {
            kept.add(rows.next());
        }
        if (kept.size() > maxRows) {
            kept.remove(kept.size() - 1);
            markTruncated(action.getResponse(), maxRows);
        }
        return new QueryExecResult(RowSetStream.create(rows.getResultVars(), kept.iterator()));
    }
}

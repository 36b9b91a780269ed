package org.w3id.newsgraph.server;

import java.time.Duration;

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
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecResult;
import org.w3id.newsgraph.query.QueryRunner;

/**
 * Fuseki's SPARQL query service within the server's limits. The query is parsed within the time budget
 * ({@link SparqlParsing}) and runs with what is left of it, so parsing and execution together end by the timeout
 * (503); {@code SERVICE} is refused unless allowed ({@link ServicePolicy}); and, as neither ARQ nor Fuseki 6 has
 * a result-size setting, the parsed query gets {@code LIMIT maxRows} when it has no limit or a larger one: the
 * client sees at most {@code maxRows} solutions and the server never computes more.
 */
final class CappedQuery extends SPARQL_QueryDataset {
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
        } catch (QueryParseException e) {
            ServletOps.errorBadRequest(SPARQLProtocol.messageForParseException(e));
        } catch (QueryException e) {
            ServletOps.errorBadRequest(Json.oneLine(e.getMessage()));
        }
        validateQuery(action, query);
        service.refusal(query).ifPresent(ServletOps::errorBadRequest);
        long left = Math.max(1, deadline.remainingMillis());
        service.apply(action.getContext()).set(ARQ.queryTimeout, Long.toString(left));
        action.beginRead();
        try {
            Pair<DatasetGraph, Query> p = decideDataset(action, query, queryString);
            try (QueryExec exec = createQueryExec(action, p.getRight(), p.getLeft())) {
                QueryExecResult result = executeQuery(action, exec, p.getRight(), queryString);
                sendResults(action, result, p.getRight().getPrologue());
            }
        } catch (QueryParseException e) {
            ServletOps.errorBadRequest("Parse error: " + Json.oneLine(e.getMessage()));
        } finally {
            action.endRead();
        }
    }

    @Override
    protected Pair<DatasetGraph, Query> decideDataset(HttpAction action, Query query, String queryStringLog) {
        Pair<DatasetGraph, Query> p = super.decideDataset(action, query, queryStringLog);
        QueryRunner.capRows(p.getRight(), maxRows);
        return p;
    }
}

package org.w3id.newsgraph.server;

import org.apache.jena.atlas.lib.Pair;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.w3id.newsgraph.query.QueryRunner;

/**
 * Fuseki's SPARQL query service with a cap on result rows. Neither ARQ nor Fuseki 6 has a result-size setting
 * (only timeouts), so the parsed query gets {@code LIMIT maxRows} when it has no limit or a larger one, before
 * it runs: the client sees at most {@code maxRows} solutions and the server never computes more.
 */
final class CappedQuery extends SPARQL_QueryDataset {
    private final long maxRows;

    CappedQuery(long maxRows) {
        this.maxRows = maxRows;
    }

    @Override
    protected Pair<DatasetGraph, Query> decideDataset(HttpAction action, Query query, String queryStringLog) {
        Pair<DatasetGraph, Query> p = super.decideDataset(action, query, queryStringLog);
        QueryRunner.capRows(p.getRight(), maxRows);
        return p;
    }
}

package org.w3id.newsgraph.query;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;

/** The rows of a paged list read whole, and their comparison with the paged rows (tests of the pages). */
final class ListRows {
    private ListRows() {}

    /** The query as written ({@code VALUES ?page { UNDEF }}): every row read and sorted, then cut. */
    static List<Map<String, Node>> whole(DatasetGraph d, PreparedQuery q, Map<String, String> params) {
        Query query = q.parsed();
        query.setLimit(Long.parseLong(params.getOrDefault("limit", "1000")));
        query.setOffset(Long.parseLong(params.getOrDefault("offset", "0")));
        return Txn.calculateRead(d, () -> {
            List<Map<String, Node>> rows = new ArrayList<>();
            try (QueryExec exec = QueryExec.dataset(d).query(query).build()) {
                exec.select().forEachRemaining(b -> {
                    Map<String, Node> row = new LinkedHashMap<>();
                    b.vars().forEachRemaining(v -> row.put(v.getVarName(), b.get(v)));
                    rows.add(row);
                });
            }
            return rows;
        });
    }

    /** The same rows in the same order; a failure names the first row that differs, not all of them. */
    static void same(List<Map<String, Node>> expected, List<Map<String, Node>> actual, String what) {
        for (int i = 0; i < Math.min(expected.size(), actual.size()); i++) {
            assertEquals(expected.get(i), actual.get(i), what + ": row " + i);
        }
        assertEquals(expected.size(), actual.size(), what + ": rows");
    }
}

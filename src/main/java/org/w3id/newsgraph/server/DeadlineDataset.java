package org.w3id.newsgraph.server;

import org.apache.jena.graph.Node;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.core.Quad;

/**
 * The dataset a SPARQL Update writes through: each change first checks the request's {@link Deadline}. ARQ's
 * update timeout only bounds the {@code WHERE}; an {@code INSERT ... WHERE} over a cross product finds its
 * millions of rows in time and then inserts for minutes. Here the first insert past the deadline throws
 * {@link QueryCancelledException}, the write transaction is aborted and the store is left as it was. Queries
 * look through this wrapper to the store's own engine.
 */
final class DeadlineDataset extends DatasetGraphWrapper {
    private final Deadline deadline;

    DeadlineDataset(DatasetGraph dsg, Deadline deadline) {
        super(dsg);
        this.deadline = deadline;
    }

    private void check() {
        if (deadline.passed()) {
            throw new QueryCancelledException();
        }
    }

    @Override
    public void add(Quad quad) {
        check();
        super.add(quad);
    }

    @Override
    public void add(Node g, Node s, Node p, Node o) {
        check();
        super.add(g, s, p, o);
    }

    @Override
    public void delete(Quad quad) {
        check();
        super.delete(quad);
    }

    @Override
    public void delete(Node g, Node s, Node p, Node o) {
        check();
        super.delete(g, s, p, o);
    }

    @Override
    public void deleteAny(Node g, Node s, Node p, Node o) {
        check();
        super.deleteAny(g, s, p, o);
    }
}

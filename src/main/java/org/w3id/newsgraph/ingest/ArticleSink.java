package org.w3id.newsgraph.ingest;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;

/**
 * Where ingested article graphs go: the TDB2 store for {@code build}, an in-memory dataset for {@code extract}.
 * Called from one thread, in input order.
 */
@FunctionalInterface
public interface ArticleSink {
    void accept(Node article, Graph graph) throws Exception;
}

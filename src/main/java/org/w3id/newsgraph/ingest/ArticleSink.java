package org.w3id.newsgraph.ingest;

/**
 * Where ingested article graphs go: the TDB2 store for {@code build} ({@link StoreSink}), an in-memory dataset for
 * {@code extract}. Called from one thread, in input order.
 */
@FunctionalInterface
public interface ArticleSink {
    /** Stores one article. */
    void accept(ArticleOutcome.Ready article) throws Exception;

    /**
     * Told of an input with the same text as an article this run has stored already: nothing new to store, but a
     * store may retire what it held for that input before.
     */
    default void same(ArticleOutcome.Duplicate input) throws Exception {}
}

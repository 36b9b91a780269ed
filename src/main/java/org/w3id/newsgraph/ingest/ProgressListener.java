package org.w3id.newsgraph.ingest;

/** Told of each finished input, in input order. */
public interface ProgressListener extends AutoCloseable {
    void started(int total);

    void finished(ArticleOutcome outcome);

    /** Told of an input whose article the store holds already, byte for byte: skipped, not extracted. */
    default void unchanged(String file) {}

    @Override
    default void close() {}

    ProgressListener NONE = new ProgressListener() {
        @Override
        public void started(int total) {}

        @Override
        public void finished(ArticleOutcome outcome) {}
    };
}

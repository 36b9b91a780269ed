package org.w3id.newsgraph.ingest;

import java.util.List;

/**
 * Where ingested articles go a batch at a time: {@link StoreSink} writes a batch in one store transaction. Called
 * from one thread at a time, batches in input order.
 */
@FunctionalInterface
public interface BatchSink {
    /**
     * Stores the {@link ArticleOutcome.Ready} articles of {@code batch} and retires what the
     * {@link ArticleOutcome.Duplicate} inputs held before; other outcomes pass through.
     *
     * @return the batch's outcomes in order: each as given, or a {@link ArticleOutcome.Failed} for an input that
     *         could not be stored
     */
    List<ArticleOutcome> store(List<ArticleOutcome> batch);

    /** A sink taking one article at a time, as a sink of batches; each article's error is its own. */
    static BatchSink of(ArticleSink sink) {
        return batch -> batch.stream().map(o -> {
            try {
                switch (o) {
                    case ArticleOutcome.Ready r -> sink.accept(r);
                    case ArticleOutcome.Duplicate d -> sink.same(d);
                    case ArticleOutcome.Failed f -> { }
                }
                return o;
            } catch (Throwable t) {
                return Ingestor.failed(o.file(), "could not be stored", t);
            }
        }).toList();
    }
}

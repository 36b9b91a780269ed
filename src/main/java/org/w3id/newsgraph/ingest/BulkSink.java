package org.w3id.newsgraph.ingest;

import org.w3id.newsgraph.store.BulkLoad;

/**
 * Streams the articles of a first build into a {@link BulkLoad}, one at a time in input order. A same-text input
 * has nothing to retire: the store held no article when the load began.
 */
public final class BulkSink implements ArticleSink {
    private final BulkLoad load;

    public BulkSink(BulkLoad load) {
        this.load = load;
    }

    @Override
    public void accept(ArticleOutcome.Ready article) {
        load.add(article.article(), article.graph());
    }
}

package org.w3id.newsgraph.ingest;

import java.util.HashSet;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.w3id.newsgraph.store.ArticleVersions;
import org.w3id.newsgraph.store.NewsStore;

/**
 * Stores the articles of one ingest run in a {@link NewsStore}, each in one write transaction that also deletes the
 * old version of an edited file ({@link ArticleVersions}). It remembers what the run has stored, so a later input
 * of the run never deletes an earlier one. One per run.
 */
public final class StoreSink implements ArticleSink {
    private final NewsStore store;
    private final Set<Node> stored = new HashSet<>();
    private int replaced;

    public StoreSink(NewsStore store) {
        this.store = store;
    }

    @Override
    public void accept(ArticleOutcome.Ready article) {
        replaced += ArticleVersions.replace(store, article.article(), article.graph(), article.file(), stored).size();
        stored.add(article.article());
    }

    @Override
    public void same(ArticleOutcome.Duplicate input) {
        replaced += ArticleVersions.retire(store, input.file(), stored).size();
    }

    /** Old versions of edited files deleted so far. */
    public int replaced() {
        return replaced;
    }
}

package org.w3id.newsgraph.ingest;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.w3id.newsgraph.store.ArticleVersions;
import org.w3id.newsgraph.store.ArticleWrite;
import org.w3id.newsgraph.store.NewsStore;

/**
 * Stores the articles of one ingest run in a {@link NewsStore}, a batch per write transaction, each article
 * deleting the old version of its edited file in that same transaction ({@link ArticleVersions}). A batch commits
 * whole or not at all; when it cannot commit, its inputs are stored again one per transaction, so the one input
 * that breaks a write loses only itself. It remembers what the run has stored, so a later input of the run never
 * deletes an earlier one. One per run.
 */
public final class StoreSink implements ArticleSink, BatchSink {
    private final NewsStore store;
    private final Set<Node> stored = new HashSet<>();
    private int replaced;
    private int transactions;
    private long writeNanos;

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

    @Override
    public List<ArticleOutcome> store(List<ArticleOutcome> batch) {
        List<ArticleWrite> writes = new ArrayList<>();
        List<ArticleOutcome> results = new ArrayList<>(batch);
        for (int i = 0; i < batch.size(); i++) {
            try {
                ArticleWrite w = write(batch.get(i));
                if (w != null) {
                    writes.add(w);
                }
            } catch (RuntimeException e) { // a graph the store cannot hold: that input's error, before any write
                results.set(i, Ingestor.failed(batch.get(i).file(), "could not be stored", e));
            }
        }
        if (writes.isEmpty()) {
            return results;
        }
        Set<Node> articles = new HashSet<>();
        writes.forEach(w -> {
            if (w.article() != null) {
                articles.add(w.article());
            }
        });
        long t0 = System.nanoTime();
        try {
            replaced += store.writeArticles(writes, stored).size();
            stored.addAll(articles);
            return results;
        } catch (RuntimeException e) {
            return oneByOne(results); // nothing of the batch was written: find the input that breaks it
        } finally {
            transactions++;
            writeNanos += System.nanoTime() - t0;
        }
    }

    private List<ArticleOutcome> oneByOne(List<ArticleOutcome> batch) {
        return BatchSink.of(this).store(batch);
    }

    /** The store change of an outcome: an article to store, the old versions of a same-text input to retire. */
    private static ArticleWrite write(ArticleOutcome o) {
        return switch (o) {
            case ArticleOutcome.Ready r -> ArticleWrite.store(r.article(), r.graph(), r.file());
            case ArticleOutcome.Duplicate d -> ArticleWrite.retire(d.file());
            case ArticleOutcome.Failed f -> null;
        };
    }

    /** Batch write transactions so far (a batch retried one by one counts once). */
    public int transactions() {
        return transactions;
    }

    /** Seconds spent in batch write transactions so far. */
    public double writeSeconds() {
        return writeNanos / 1e9;
    }

    /** Old versions of edited files deleted so far. */
    public int replaced() {
        return replaced;
    }
}

package org.w3id.newsgraph.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.apache.jena.graph.Node;

/**
 * The ordered end of an ingest run: takes each input's outcome in input order, tells same-text inputs apart,
 * gathers the articles into batches ({@link BatchLimits}) and hands each batch to the sink, then counts and reports
 * the outcomes once their batch is stored. With {@code overlap}, a batch is written on a writer thread while the
 * next one gathers, so extraction does not wait for the store; at most one batch is being written at a time, so
 * memory holds at most two batches. Used on the caller's thread only.
 */
final class Delivery implements AutoCloseable {
    private final BatchSink sink;
    private final BatchLimits limits;
    private final ProgressListener progress;
    private final Tally tally = new Tally();
    private final Map<Node, String> stored = new HashMap<>(); // article IRI -> the input stored under it in this run
    private final ExecutorService writer;
    private List<Entry> batch = new ArrayList<>();
    private int batchArticles;
    private long batchTriples;
    private Future<List<Entry>> writing;

    /** One input in a batch: its outcome, or the source of an input found unchanged (outcome null). */
    private record Entry(ArticleOutcome outcome, String unchanged) {}

    Delivery(BatchSink sink, BatchLimits limits, boolean overlap, ProgressListener progress) {
        this.sink = sink;
        this.limits = limits;
        this.progress = progress;
        this.writer = overlap ? Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "newsgraph-store-writer");
            t.setDaemon(true);
            return t;
        }) : null;
    }

    /** An input whose article the store holds already, byte for byte: nothing to extract or write. */
    void unchanged(String file, Node article) {
        stored.putIfAbsent(article, file);
        batch.add(new Entry(null, file)); // reported with the batch, to keep the progress in input order
        flushIfFull();
    }

    /** The next input's outcome, in input order. */
    void add(ArticleOutcome outcome) {
        ArticleOutcome o = outcome;
        if (o instanceof ArticleOutcome.Ready r) {
            String original = stored.get(r.article());
            if (original != null) {
                o = new ArticleOutcome.Duplicate(r.file(), original, r.article());
            } else {
                stored.put(r.article(), r.file());
                batchArticles++;
                batchTriples += r.graph().size();
            }
        }
        batch.add(new Entry(o, null));
        flushIfFull();
    }

    /** A batch closes at its limits, or at ten times as many inputs, so unchanged inputs still move the progress. */
    private void flushIfFull() {
        if (batchArticles >= limits.articles() || batchTriples >= limits.triples()
                || batch.size() >= 10L * limits.articles()) {
            flush();
        }
    }

    /** Sends the gathered batch to the sink (after the one being written is done). */
    private void flush() {
        List<Entry> full = batch;
        batch = new ArrayList<>();
        batchArticles = 0;
        batchTriples = 0;
        awaitWriting();
        if (writer == null) {
            report(store(full));
        } else {
            writing = writer.submit(() -> store(full));
        }
    }

    /** Stores the outcomes of a batch; the entries come back with each outcome replaced by what became of it. */
    private List<Entry> store(List<Entry> entries) {
        List<ArticleOutcome> outcomes = entries.stream().map(Entry::outcome).filter(o -> o != null).toList();
        List<ArticleOutcome> results = outcomes.isEmpty() ? List.of() : sink.store(outcomes);
        List<Entry> out = new ArrayList<>(entries.size());
        int i = 0;
        for (Entry e : entries) {
            out.add(e.outcome() == null ? e : new Entry(results.get(i++), null));
        }
        return out;
    }

    private void awaitWriting() {
        if (writing == null) {
            return;
        }
        Future<List<Entry>> w = writing;
        writing = null;
        try {
            report(w.get());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) { // a sink reports its failures as outcomes; anything else is a bug
            throw new IllegalStateException("storing a batch failed: " + ErrorText.of(e.getCause()), e.getCause());
        }
    }

    private void report(List<Entry> entries) {
        for (Entry e : entries) {
            if (e.outcome() == null) {
                tally.unchanged++;
                progress.unchanged(e.unchanged());
                continue;
            }
            ArticleOutcome o = e.outcome();
            if (o instanceof ArticleOutcome.Failed && o.file() != null) {
                stored.values().remove(o.file()); // not stored after all: a later same text is not a duplicate
            }
            tally.add(o);
            progress.finished(o);
        }
    }

    /** Stores what is left and returns the run's totals. */
    IngestReport finish(long startNanos) {
        if (!batch.isEmpty()) {
            flush();
        }
        awaitWriting();
        return tally.report((System.nanoTime() - startNanos) / 1e9);
    }

    @Override
    public void close() {
        if (writer != null) {
            writer.shutdownNow();
        }
    }
}

package org.w3id.newsgraph.server;

import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.w3id.newsgraph.store.NewsStore;
import org.w3id.newsgraph.store.StoreException;

/**
 * Pages the entity lists again after the server changed articles, on one background thread: a pass over every
 * entity ({@code store.ListPages}) costs seconds on a large archive, so an upload answers without waiting, and
 * the list queries read every entity (right, slower) until the pages are current. Requests that arrive while a
 * pass is queued share it.
 */
final class ListRepaging implements AutoCloseable {
    private final Optional<NewsStore> store;
    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "newsgraph-list-pages");
        t.setDaemon(true);
        return t;
    });
    private final AtomicBoolean queued = new AtomicBoolean();

    ListRepaging(Optional<NewsStore> store) {
        this.store = store;
    }

    /** Asks for a pass after the writes made so far. */
    void request() {
        if (store.isPresent() && queued.compareAndSet(false, true)) {
            thread.execute(() -> {
                queued.set(false); // writes from now on need another pass
                try {
                    store.get().repage();
                } catch (StoreException e) { // the store is as it was: the next request or open pages it
                    System.err.println("newsgraph: " + e.getMessage());
                }
            });
        }
    }

    /** Waits for a pass under way (so the store is not closed in its write), then stops the thread. */
    @Override
    public void close() {
        thread.shutdown();
        try {
            thread.awaitTermination(5, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

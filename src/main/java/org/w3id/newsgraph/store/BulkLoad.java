package org.w3id.newsgraph.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;

/**
 * Articles into a store that holds none yet, through TDB2's parallel bulk loader: the first build of an archive.
 * Each article graph streams to the loader as soon as it is extracted, the entity summary is counted on the way
 * ({@link StreamedSummary}) and loaded after the articles, and the search index is built last. Batches of write
 * transactions ({@link NewsStore#writeArticles}) rewrite index blocks in every batch and leave the old copies on
 * disk; the loader writes each index once.
 *
 * <p><b>A stopped load.</b> The loader commits its indexes one by one at its end, not as one transaction. So a
 * marker file, {@value #MARKER}, is written in the store directory before it starts and removed once the summary
 * and the search index are in: {@link NewsStore#open} refuses a store that still carries it, in one line. The
 * store held no article before the load, so building again loses nothing.
 */
public final class BulkLoad {
    /** Present in the store directory while a bulk load runs. */
    public static final String MARKER = "newsgraph-bulk-load.marker";

    private final StreamRDF stream;
    private final StreamedSummary summary = new StreamedSummary();
    private long quads;

    private BulkLoad(StreamRDF stream) {
        this.stream = stream;
    }

    /** Whether {@code store} takes a bulk load: it holds no article. */
    public static boolean applies(NewsStore store) {
        return !store.hasArticles();
    }

    /**
     * Runs {@code feed}, which hands articles to the load ({@link #add}), then loads the entity summary, finishes
     * the loader and indexes the entities. Writers are held off throughout.
     *
     * @return what {@code feed} returned
     */
    public static <T> T run(NewsStore store, Function<BulkLoad, T> feed) {
        Path marker = store.directory().resolve(MARKER);
        touch(marker);
        Object[] result = new Object[1];
        store.pinned(db -> {
            DataLoader loader = LoaderFactory.parallelLoader(db, (fmt, args) -> { }); // the build prints its own progress
            loader.startBulk();
            try {
                BulkLoad load = new BulkLoad(loader.stream());
                result[0] = feed.apply(load);
                load.summary.writeTo(load.stream);
                loader.finishBulk();
            } catch (RuntimeException | Error e) {
                loader.finishException(e instanceof Exception ex ? ex : new RuntimeException(e));
                throw e;
            }
        });
        store.reindex();
        store.repage();
        try {
            Files.delete(marker);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove " + marker + ": " + e.getMessage(), e);
        }
        @SuppressWarnings("unchecked")
        T t = (T) result[0];
        return t;
    }

    /**
     * Streams one article graph to the loader. A graph TDB2 could not hold is refused whole, before any of it is
     * streamed, with an {@link IllegalArgumentException}.
     */
    public void add(Node article, Graph graph) {
        NewsStore.requireGraphName(article);
        List<Triple> triples = NewsStore.copyChecked(graph);
        summary.add(article, graph);
        for (Triple t : triples) {
            stream.quad(Quad.create(article, t));
        }
        quads += triples.size();
    }

    /** Article quads streamed so far. */
    public long quads() {
        return quads;
    }

    private static void touch(Path marker) {
        try {
            Files.writeString(marker, "newsgraph: a bulk load into this store has not finished\n");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + marker + ": " + e.getMessage(), e);
        }
    }
}

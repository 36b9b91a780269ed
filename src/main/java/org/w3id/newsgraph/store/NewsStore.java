package org.w3id.newsgraph.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.jena.atlas.iterator.Iter;
import org.w3id.newsgraph.rdf.Ids;
import org.w3id.newsgraph.rdf.NG;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.vocabulary.RDF;

/**
 * The on-disk knowledge graph: an Apache Jena TDB2 database, one named graph per article (named by the article
 * IRI) plus the ontology graph {@link #ONTOLOGY_GRAPH}. The union default graph is on, so SPARQL without
 * {@code GRAPH} sees every named graph.
 *
 * <p><b>Atomicity.</b> Storing one article, or a batch of them ({@link #writeArticles}), is one TDB2 write
 * transaction (delete each named graph, add the new triples, commit). TDB2 commits are atomic and journalled, so
 * killing the process during a build never leaves a half-written article: after a restart the store holds either
 * the old versions of a batch's articles or the new ones. Every change to article graphs goes through
 * {@link ArticleWriter}, the one place that knows which articles a transaction changed.
 *
 * <p><b>One guarded path.</b> Every transaction on the store, this class's own and those of every user of
 * {@link #dataset()} (the query runner, the exports, Fuseki's SPARQL Update and Graph Store), goes through
 * {@link GuardedDataset}: writers are serialised, and a write transaction that does not commit makes the
 * database be reopened from disk before the next write. Jena 6.0.0 needed that (GH-3877: an aborted write left
 * the node file's write position stale and a later read-then-write zero-filled part of {@code nodes-data.obj});
 * 6.2.0 is proven sound by {@code UpdateAbortTest}, and the reopen stays as a cheap second line. Writes are also
 * built so they seldom need to abort: the caller's graph is copied and checked <em>before</em> the write
 * transaction opens.
 *
 * <p><b>Concurrency.</b> Thread-safe. Every access runs in a TDB2 transaction ({@link Txn}); a reopen waits for
 * open transactions to finish. Only one process may open a directory at a time (TDB2's {@code tdb.lock}); a
 * second one gets a one-line {@link StoreException}. Within one JVM, open a directory once: Jena caches
 * databases by location, so two {@code NewsStore}s on the same directory would share one database and closing
 * either would close both.
 */
public final class NewsStore implements AutoCloseable {
    /** The named graph holding the ontology. */
    public static final Node ONTOLOGY_GRAPH = org.w3id.newsgraph.rdf.Ontology.GRAPH_NAME;

    private static final Pattern DATA_DIR = Pattern.compile("Data-\\d{4}");
    private static final String LOCK_FILE = "tdb.lock";

    private final Path dir;
    private final GuardedDataset gate;
    /** The entity search index, kept beside the entity summary (EntityIndex). */
    private final EntityIndex index;
    private final SummaryChanges changes = new SummaryChanges();

    private NewsStore(Path dir) {
        this.dir = dir;
        this.gate = new GuardedDataset(dir.toString(), () -> connect(dir));
        this.index = EntityIndex.open(dir, gate);
    }

    /**
     * Opens the TDB2 store in {@code dir}, creating the directory and an empty database when absent.
     *
     * @throws StoreException one line: the directory is used by another process, is not a TDB2 store, or
     *                        cannot be created
     */
    public static NewsStore open(Path dir) {
        Path d = dir.toAbsolutePath().normalize();
        checkLayout(d);
        try {
            Files.createDirectories(d);
        } catch (IOException e) {
            throw new StoreException("cannot create store directory " + d + ": " + e.getMessage(), e);
        }
        if (Files.exists(d.resolve(BulkLoad.MARKER))) {
            throw new StoreException("store " + d + " was stopped during its first build's bulk load and holds only "
                    + "part of it; delete the directory and build again");
        }
        NewsStore store = new NewsStore(d);
        store.summariseIfMissing();
        return store;
    }

    /**
     * Articles loaded without the store's write path (Jena's bulk loader on the Spark job's shards) come without
     * the entity summary: it is built once, at the first open that finds articles and no summary.
     */
    private void summariseIfMissing() {
        boolean missing = read(d -> !d.find(Ids.ENTITIES_GRAPH, Node.ANY, Node.ANY, Node.ANY).hasNext()
                && Iter.anyMatch(d.listGraphNodes(), EntitySummary::isArticleGraph));
        if (missing) {
            write("building the entity summary", EntitySummary::rebuild);
        }
        if (read(ListPages::stale)) { // a build stopped before its end, a server update, an older store
            repage();
        }
    }

    private static void checkLayout(Path d) {
        if (!Files.exists(d)) {
            return;
        }
        if (!Files.isDirectory(d)) {
            throw new StoreException("store " + d + " is not a directory");
        }
        List<String> names;
        try (Stream<Path> s = Files.list(d)) {
            names = s.map(p -> p.getFileName().toString()).toList();
        } catch (IOException e) {
            throw new StoreException("cannot read store directory " + d + ": " + e.getMessage(), e);
        }
        if (names.isEmpty()) {
            return;
        }
        boolean tdb2 = names.stream().anyMatch(n -> DATA_DIR.matcher(n).matches() && Files.isDirectory(d.resolve(n)));
        if (!tdb2) {
            String what = names.contains("nodes.dat") || names.contains("SPO.dat") ? "a TDB1 store" : "not empty";
            throw new StoreException("store " + d + " is not a TDB2 store (" + what
                    + "); choose a new or empty directory");
        }
    }

    private static DatasetGraph connect(Path d) {
        DatasetGraph g;
        try {
            g = DatabaseMgr.connectDatasetGraph(Location.create(d));
        } catch (RuntimeException e) {
            if (lockFailure(e)) {
                throw new StoreInUseException(inUseMessage(d), e);
            }
            throw new StoreException("cannot open store " + d + ": " + oneLine(e), e);
        }
        g.getContext().set(TDB2.symUnionDefaultGraph, true);
        return g;
    }

    private static boolean lockFailure(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String name = t.getClass().getSimpleName();
            String msg = String.valueOf(t.getMessage()).toLowerCase();
            if (name.equals("AlreadyLocked") || msg.contains("lock")) {
                return true;
            }
        }
        return false;
    }

    private static String inUseMessage(Path d) {
        String msg = "store " + d + " is in use by another newsgraph process";
        try {
            String pid = Files.readString(d.resolve(LOCK_FILE), StandardCharsets.UTF_8).strip();
            if (pid.matches("\\d+")) {
                return msg + " (pid " + pid + ")";
            }
        } catch (IOException | RuntimeException e) {
            // pid unknown: the short message is still right
        }
        return msg;
    }

    static String oneLine(Throwable e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int nl = m.indexOf('\n');
        return nl < 0 ? m.strip() : m.substring(0, nl).strip();
    }

    /** The store directory (absolute). */
    public Path directory() {
        return dir;
    }

    /**
     * Stores one article: in one write transaction, removes the article's named graph and adds {@code g} as
     * its new content, so rebuilding an article replaces it without duplicates. {@code g} is copied and
     * checked before the transaction opens, so a faulty graph never aborts a write.
     *
     * @throws IllegalArgumentException {@code article} is not an IRI, is the ontology graph, or {@code g} holds a
     *                                  triple that cannot be stored (variables, literal subjects, ...)
     */
    public void replaceArticle(Node article, Graph g) {
        writeArticles(List.of(ArticleWrite.store(article, g, null)), Set.of());
    }

    /**
     * Applies a batch of article writes in one write transaction ({@link ArticleWriter}): all of them commit or
     * none does, so a crash or a failure in the middle of a batch leaves the store as it was before the batch.
     *
     * @param keep articles never retired as old versions (those the running build stored already)
     * @return the article graphs retired as old versions of the writes' sources
     */
    public List<Node> writeArticles(List<ArticleWrite> writes, Set<Node> keep) {
        return writeArticles(writes, keep, article -> {});
    }

    /** {@link #writeArticles(List, Set)}, calling {@code afterEach} inside the transaction after each write. */
    List<Node> writeArticles(List<ArticleWrite> writes, Set<Node> keep, Consumer<Node> afterEach) {
        List<Node> retired = new ArrayList<>();
        String what = writes.size() == 1 && writes.get(0).article() != null
                ? "storing graph " + writes.get(0).article().getURI()
                : writes.size() == 1 ? "retiring the old versions of " + writes.get(0).source()
                : "storing a batch of " + writes.size() + " articles";
        write(what, d -> retired.addAll(ArticleWriter.apply(d, writes, keep, afterEach)));
        return retired;
    }

    /**
     * Replaces the whole content of the named graph {@code name} by {@code g} in one write transaction (used
     * for the ontology graph). Same guarantees as {@link #replaceArticle}. Leaves the store untouched when the
     * graph already holds these triples (up to blank-node labels), so a build that changes nothing writes nothing.
     */
    public void replaceGraph(Node name, Graph g) {
        requireGraphName(name);
        List<Triple> triples = copyChecked(g);
        // isomorphic, not equal: the ontology's blank nodes get new labels each time it is parsed
        if (read(d -> IsoMatcher.isomorphic(d.getGraph(name), g))) {
            return;
        }
        write("storing graph " + name.getURI(), d -> {
            d.deleteAny(name, Node.ANY, Node.ANY, Node.ANY);
            for (Triple t : triples) {
                d.add(name, t.getSubject(), t.getPredicate(), t.getObject());
            }
        });
    }

    /** Removes an article's named graph; returns whether it was there. */
    public boolean deleteArticle(Node article) {
        requireGraphName(article);
        boolean[] had = new boolean[1];
        write("deleting graph " + article.getURI(), d -> had[0] = ArticleWriter.delete(d, article));
        return had[0];
    }

    /**
     * Whether the store holds an article (a news article in its own graph): one index look-up, where
     * {@link #articles} lists every graph (seconds at 100,000 articles).
     */
    public boolean hasArticles() {
        return read(d -> Iter.anyMatch(d.find(Node.ANY, Node.ANY, RDF.Nodes.type, NG.NewsArticle),
                q -> EntitySummary.isArticleGraph(q.getGraph())));
    }

    /** The names of the article graphs (every named graph but the ontology), sorted by IRI. */
    public List<Node> articles() {
        return read(d -> {
            List<Node> out = new ArrayList<>();
            Iterator<Node> it = d.listGraphNodes();
            while (it.hasNext()) {
                Node n = it.next();
                if (EntitySummary.isArticleGraph(n)) { // the ontology and the entity summary are no articles
                    out.add(n);
                }
            }
            out.sort(Comparator.comparing(Node::toString));
            return List.copyOf(out);
        });
    }

    /** The number of quads in the store (all graphs). */
    public long size() {
        return read(d -> Iter.count(d.find()));
    }

    /** Counts of articles, quads, entities by type and the main kinds of extracted facts. */
    public Stats stats() {
        return read(Stats::of);
    }

    /**
     * The store's dataset (TDB2, union default graph on) for the query runner, the server and the exports: a
     * stable view whose every transaction goes through the guarded path. Use it inside transactions ({@link Txn}).
     */
    public DatasetGraph dataset() {
        return gate;
    }

    /** How many times the database was reopened after a failed write (for tests and logs). */
    int reopens() {
        return gate.reopens();
    }

    /** The TDB2 database behind the gate now; it changes when a failed write reopens it (tests). */
    DatasetGraph database() {
        return gate.database();
    }

    /**
     * Runs {@code action} in one write transaction; if it fails (the action or the commit), the transaction is
     * aborted and the gate reopens the database before the exception leaves.
     */
    void write(String what, Consumer<DatasetGraph> action) {
        int before = gate.reopens();
        try {
            WritePath.run(gate, dir, changes, action);
            index.commit();
        } catch (RuntimeException e) {
            index.discard();
            throw new StoreException("store " + dir + ": " + what + " failed (" + oneLine(e) + ")"
                    + (gate.reopens() > before ? "; the store was reopened" : ""), e);
        }
    }

    /** The entities whose summary this store's writes changed ({@link SummaryChanges}): the build's shapes check. */
    public SummaryChanges summaryChanges() {
        return changes;
    }

    /** Recomputes the pages of the entity lists ({@link ListPages}): at the end of a build, after updates. */
    public void repage() {
        write("paging the entity lists", ListPages::refresh);
    }

    /** Re-indexes every entity of the summary for search (after a bulk load, which bypasses the write path). */
    void reindex() {
        index.rebuild(gate);
    }

    /**
     * Runs {@code action} on the bare TDB2 database outside any transaction, with writers held off and the
     * database neither reopened nor closed meanwhile (compaction).
     */
    void pinned(Consumer<DatasetGraph> action) {
        gate.exclusiveOfWriters(() -> action.accept(gate.database()));
    }

    private <T> T read(Function<DatasetGraph, T> f) {
        return Txn.calculateRead(gate, () -> f.apply(gate));
    }

    static void requireGraphName(Node n) {
        Objects.requireNonNull(n, "graph name");
        if (!n.isURI()) {
            throw new IllegalArgumentException("a graph name must be an IRI: " + n);
        }
    }

    /** Copies {@code g} and rejects anything TDB2 could refuse, so the write that follows cannot fail on it. */
    static List<Triple> copyChecked(Graph g) {
        List<Triple> out = new ArrayList<>();
        Iterator<Triple> it = g.find();
        try {
            while (it.hasNext()) {
                Triple t = it.next();
                if (!t.isConcrete() || !(t.getSubject().isURI() || t.getSubject().isBlank()
                        || t.getSubject().isTripleTerm()) || !t.getPredicate().isURI()) {
                    throw new IllegalArgumentException("cannot store triple " + t);
                }
                out.add(t);
            }
        } finally {
            Iter.close(it);
        }
        return out;
    }

    /**
     * Releases the database and its lock file; the store can then be opened by another process. Waits a little
     * for open transactions (a server request still running), then releases anyway.
     */
    @Override
    public void close() {
        try {
            index.close();
        } finally {
            gate.shutdown();
        }
    }

    @Override
    public String toString() {
        return "NewsStore[" + dir + "]";
    }
}

package org.w3id.newsgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.newsgraph.extract.Extractor;
import org.w3id.newsgraph.model.ArticleFacts;
import org.w3id.newsgraph.model.SourceText;
import org.w3id.newsgraph.rdf.ArticleMapper;
import org.w3id.newsgraph.rdf.ShapeValidator;
import org.w3id.newsgraph.store.NewsStore;
import org.w3id.newsgraph.store.RefusedInputs;
import org.w3id.newsgraph.store.StoredArticles;
import org.w3id.newsgraph.text.ArticleReader;
import org.w3id.newsgraph.text.InputFile;
import org.w3id.newsgraph.text.InputFiles;

/**
 * The bulk build on a real TDB2 store: a re-run on an unchanged folder extracts nothing and leaves exactly the same
 * quads; an edited file replaces its old version and nothing else; extraction on several threads with batched
 * writes gives the same store as one thread writing one article per transaction.
 */
class BulkBuildTest {
    private static final Function<SourceText, ArticleFacts> REAL = Extractor.create()::extract;
    private static final String[] PLACES = {"Leeds", "Hull", "York", "Bath", "Derby", "Ely", "Wells"};

    @TempDir
    Path dir;

    private final AtomicInteger extracted = new AtomicInteger();

    private Ingestor ingestor(int threads) {
        return new Ingestor(new ArticleReader(), s -> {
            extracted.incrementAndGet();
            return REAL.apply(s);
        }, new ArticleMapper(), new ShapeValidator(), threads);
    }

    /** A folder "news" of one article per place (distinct texts). */
    private List<InputFile> folder() throws Exception {
        Path news = Files.createDirectories(dir.resolve("news"));
        for (String p : PLACES) {
            Files.writeString(news.resolve(p.toLowerCase() + ".txt"), ArticleIsolationTest.GOOD.replace("Leeds", p));
        }
        return InputFiles.expand(List.of(news)).inputs();
    }

    private IngestReport build(NewsStore store, List<InputFile> inputs, StoreSink sink, int threads) {
        return ingestor(threads).skipping(StoredArticles.of(store), RefusedInputs.NONE).ingest(inputs, sink, new BatchLimits(3, 1_000_000),
                ProgressListener.NONE);
    }

    static Set<Quad> quads(NewsStore store) {
        return Txn.calculateRead(store.dataset(), () -> {
            Set<Quad> out = new HashSet<>();
            store.dataset().find().forEachRemaining(out::add);
            return out;
        });
    }

    static Set<Quad> quads(NewsStore store, Node graph) {
        Set<Quad> out = new HashSet<>();
        quads(store).stream().filter(q -> q.getGraph().equals(graph)).forEach(out::add);
        return out;
    }

    @Test
    void reRunOnAnUnchangedFolderExtractsNothingAndChangesNothing() throws Exception {
        List<InputFile> inputs = folder();
        try (NewsStore store = NewsStore.open(dir.resolve("store"))) {
            IngestReport first = build(store, inputs, new StoreSink(store), 2);
            assertEquals(PLACES.length, first.articles(), first.failures().toString());
            assertEquals(PLACES.length, extracted.get());
            Set<Quad> before = quads(store);
            assertTrue(before.size() > 100 * PLACES.length, "real article graphs: " + before.size());

            extracted.set(0);
            IngestReport again = build(store, inputs, new StoreSink(store), 2);
            assertEquals(0, again.articles());
            assertEquals(PLACES.length, again.unchanged());
            assertEquals(List.of(), again.failures());
            assertEquals(0, extracted.get(), "nothing extracted");
            assertEquals(before, quads(store), "exactly the same quads");
        }
    }

    @Test
    void anEditedFileReplacesItsOldVersionAndLeavesTheOthersAlone() throws Exception {
        List<InputFile> inputs = folder();
        try (NewsStore store = NewsStore.open(dir.resolve("store"))) {
            build(store, inputs, new StoreSink(store), 2);
            List<Node> before = store.articles();
            Node oldYork = before.stream().filter(n -> n.getURI().contains("/york-")).findFirst().orElseThrow();
            Set<Quad> all = quads(store);
            Set<Quad> others = new HashSet<>(all);
            others.removeIf(q -> q.getGraph().equals(oldYork) || q.getGraph().equals(org.w3id.newsgraph.rdf.Ids.ENTITIES_GRAPH));

            Files.writeString(dir.resolve("news/york.txt"), ArticleIsolationTest.GOOD.replace("Leeds", "New York"));
            extracted.set(0);
            StoreSink sink = new StoreSink(store);
            IngestReport r = build(store, inputs, sink, 2);
            assertEquals(1, r.articles());
            assertEquals(PLACES.length - 1, r.unchanged());
            assertEquals(1, extracted.get(), "only the edited file is extracted");
            assertEquals(1, sink.replaced());

            List<Node> after = store.articles();
            assertEquals(PLACES.length, after.size());
            assertFalse(after.contains(oldYork), "the old version is gone");
            Node newYork = after.stream().filter(n -> n.getURI().contains("/york-")).findFirst().orElseThrow();
            Set<Quad> rest = quads(store);
            // the entity summary follows the edit (its counts change); every other article stays as it was
            rest.removeIf(q -> q.getGraph().equals(newYork) || q.getGraph().equals(org.w3id.newsgraph.rdf.Ids.ENTITIES_GRAPH));
            assertEquals(others, rest, "the other articles' quads are untouched");
            assertTrue(quads(store, newYork).stream().anyMatch(q -> q.getObject().isLiteral()
                    && q.getObject().getLiteralLexicalForm().contains("New York")), "the new text is stored");
        }
    }

    @Test
    void parallelBatchedBuildGivesTheSameStoreAsOneThreadOneArticleAtATime() throws Exception {
        List<InputFile> inputs = folder();
        try (NewsStore one = NewsStore.open(dir.resolve("one")); NewsStore many = NewsStore.open(dir.resolve("many"))) {
            IngestReport a = ingestor(1).ingest(inputs, (ArticleSink) new StoreSink(one), ProgressListener.NONE);
            IngestReport b = build(many, inputs, new StoreSink(many), 4);
            assertEquals(PLACES.length, a.articles());
            assertEquals(PLACES.length, b.articles());
            assertEquals(one.articles(), many.articles());
            assertEquals(quads(one).size(), quads(many).size());
            assertTrue(IsoMatcher.isomorphic(copy(one), copy(many)), "isomorphic quads");
        }
    }

    /** The store's quads in memory, for the isomorphism check. */
    private static DatasetGraph copy(NewsStore store) {
        DatasetGraph mem = DatasetGraphFactory.createGeneral();
        List<Quad> all = new ArrayList<>(quads(store));
        all.forEach(mem::add);
        return mem;
    }
}

package org.w3id.newsgraph.ingest;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.w3id.newsgraph.model.ArticleFacts;
import org.w3id.newsgraph.model.SourceText;
import org.w3id.newsgraph.pipeline.ExtractionTimeoutException;
import org.w3id.newsgraph.model.Span;
import org.w3id.newsgraph.rdf.ArticleMapper;
import org.w3id.newsgraph.rdf.Ids;
import org.w3id.newsgraph.rdf.ShapeValidator;
import org.w3id.newsgraph.rdf.ValidationResult;
import org.w3id.newsgraph.store.RefusedInputs;
import org.w3id.newsgraph.store.StoredArticles;
import org.w3id.newsgraph.text.ArticleReader;
import org.w3id.newsgraph.text.InputException;
import org.w3id.newsgraph.text.InputFile;

/**
 * Turns input files into validated article graphs and hands them to a sink. Reading, extraction, mapping and
 * validation run on a pool of threads (all cores by default), because they are pure; the sink is called on the
 * caller's thread in input order, because a store write must come after validation and must not be shared
 * between threads. A bounded window of files is in flight, so memory does not grow with the number of inputs.
 *
 * <p>Nothing reaches the sink before it is complete and valid: the store's write transaction never has to abort.
 */
public final class Ingestor {
    private final ArticleReader reader;
    private final Function<SourceText, ArticleFacts> extractor;
    private final ArticleMapper mapper;
    private final ShapeValidator validator;
    private final int threads;
    private final StoredArticles stored;
    private final RefusedInputs refused;

    /**
     * @param extractor text to facts: {@code Extractor#extract} (a function, so a test can make one article
     *                  throw what a real extractor might)
     */
    public Ingestor(ArticleReader reader, Function<SourceText, ArticleFacts> extractor, ArticleMapper mapper,
            ShapeValidator validator, int threads) {
        this(reader, extractor, mapper, validator, threads, StoredArticles.NONE, RefusedInputs.NONE);
    }

    private Ingestor(ArticleReader reader, Function<SourceText, ArticleFacts> extractor, ArticleMapper mapper,
            ShapeValidator validator, int threads, StoredArticles stored, RefusedInputs refused) {
        this.reader = reader;
        this.extractor = extractor;
        this.mapper = mapper;
        this.validator = validator;
        this.threads = Math.max(1, threads);
        this.stored = stored;
        this.refused = refused;
    }

    /**
     * This ingestor, skipping the inputs whose article {@code stored} holds from the same source: their bytes are
     * hashed, and when the article IRI (which ends with the hash) is stored under the same source, they are neither
     * extracted nor written again. An input {@code refused} names with the same bytes is not extracted either:
     * it is refused again with its recorded message.
     */
    public Ingestor skipping(StoredArticles stored, RefusedInputs refused) {
        return new Ingestor(reader, extractor, mapper, validator, threads, stored, refused);
    }

    /** This ingestor with {@code n} extraction threads. */
    public Ingestor withThreads(int n) {
        return new Ingestor(reader, extractor, mapper, validator, n, stored, refused);
    }

    /** The standard chain, with one thread per core. */
    public static Ingestor standard(long maxBytes) {
        return new Ingestor(new ArticleReader(maxBytes), new LazyExtractor(), new ArticleMapper(),
                new ShapeValidator(), Runtime.getRuntime().availableProcessors());
    }

    /** Reads, extracts, maps and validates a file given by itself (its source is its name); never throws. */
    public ArticleOutcome prepare(Path file) {
        return prepare(InputFile.of(file));
    }

    /** Reads, extracts, maps and validates one input file; never throws. */
    public ArticleOutcome prepare(InputFile input) {
        try {
            return prepare(reader.read(input.path(), input.source()));
        } catch (InputException e) {
            return new ArticleOutcome.Failed(input.source(), e.getMessage(), e);
        } catch (Throwable t) { // an OutOfMemoryError reading one huge file is that file's error
            return failed(input.source(), "could not be read", t);
        }
    }

    /**
     * Extracts, maps and validates one decoded article; never throws. Any {@link Throwable} of extraction, even a
     * {@link StackOverflowError} or an {@link OutOfMemoryError}, is this article's one-line error: it is thrown on
     * this article's worker thread, whose stack has unwound by the time it is caught, and what filled the heap was
     * this article's data, unreachable once it is caught, so the other articles can go on.
     */
    public ArticleOutcome prepare(SourceText source) {
        String name = source.source();
        try {
            ArticleFacts facts = extractor.apply(source);
            String empty = emptyReason(facts);
            if (empty != null) {
                return new ArticleOutcome.Failed(name, name + ": no article text found (" + empty + ")", null,
                        source.sha256());
            }
            Graph graph = mapper.map(facts, source.sha256());
            ValidationResult result = validator.validate(graph);
            if (!result.conforms()) {
                return new ArticleOutcome.Failed(name, name + ": the extracted graph breaks the shapes ("
                        + result.messages().size() + " violations, first: " + result.messages().get(0) + ")", null,
                        source.sha256());
            }
            return new ArticleOutcome.Ready(name, Ids.article(name, source.sha256()), graph, facts);
        } catch (ExtractionTimeoutException e) { // its message is already the article's one line
            return new ArticleOutcome.Failed(name, e.getMessage(), e);
        } catch (Throwable t) {
            return failed(name, "extraction failed", t);
        }
    }

    /**
     * Why an article has nothing worth storing, or null: no body sentence (a page of furniture whose every line
     * the boilerplate step dropped, or a page without one sentence of running text). An article whose sentences
     * name no one is still an article (its dates, amounts and text are kept).
     */
    private static String emptyReason(ArticleFacts facts) {
        Span body = facts.body();
        boolean bodySentence = facts.sentences().stream().anyMatch(s -> body == null || body.contains(s.span()));
        if (!bodySentence) {
            return "only page boilerplate";
        }
        return null;
    }

    static ArticleOutcome.Failed failed(String name, String what, Throwable t) {
        return new ArticleOutcome.Failed(name, name + ": " + what + ": " + ErrorText.of(t), t);
    }

    /**
     * Prepares every input on the pool and hands the articles to {@code sink} one at a time, in input order. One
     * input never stops the others: whatever it throws becomes its one-line {@link ArticleOutcome.Failed}. An input
     * with the same IRI as one stored earlier in the run (same bytes, same name slug) is a
     * {@link ArticleOutcome.Duplicate}.
     */
    public IngestReport ingest(List<InputFile> inputs, ArticleSink sink, ProgressListener progress) {
        return ingest(inputs, BatchSink.of(sink), BatchLimits.ONE, false, progress);
    }

    /**
     * As {@link #ingest(List, ArticleSink, ProgressListener)}, handing the articles to {@code sink} in batches of
     * {@code limits}; each batch is written on a writer thread while the pool extracts the next one. Progress is
     * reported as each batch is stored.
     */
    public IngestReport ingest(List<InputFile> inputs, BatchSink sink, BatchLimits limits, ProgressListener progress) {
        return ingest(inputs, sink, limits, true, progress);
    }

    private IngestReport ingest(List<InputFile> inputs, BatchSink sink, BatchLimits limits, boolean overlap,
            ProgressListener progress) {
        long t0 = System.nanoTime();
        progress.started(inputs.size());
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "newsgraph-ingest");
            t.setDaemon(true);
            return t;
        });
        try (Delivery delivery = new Delivery(sink, limits, overlap, progress)) {
            // a bounded window of inputs in flight: memory does not grow with the number of inputs
            Deque<Pending> window = new ArrayDeque<>();
            int next = 0;
            while (next < inputs.size() || !window.isEmpty()) {
                while (next < inputs.size() && window.size() < threads * 4) {
                    InputFile f = inputs.get(next++);
                    window.add(new Pending(f, pool.submit(() -> prepareUnlessStored(f))));
                }
                Pending p = window.removeFirst();
                Prepared done = p.await();
                if (done.outcome() == null) {
                    delivery.unchanged(p.input().source(), done.unchanged());
                } else {
                    delivery.add(done.outcome());
                }
            }
            return delivery.finish(t0);
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * Reads an input and, unless the store holds its article already or it was refused before
     * ({@link #skipping}), extracts it. An input found in the store is never extracted, never written.
     */
    private Prepared prepareUnlessStored(InputFile input) {
        if (stored == StoredArticles.NONE && refused == RefusedInputs.NONE) {
            return new Prepared(prepare(input), null);
        }
        SourceText text;
        try {
            text = reader.read(input.path(), input.source());
        } catch (InputException e) {
            return new Prepared(new ArticleOutcome.Failed(input.source(), e.getMessage(), e), null);
        } catch (Throwable t) {
            return new Prepared(failed(input.source(), "could not be read", t), null);
        }
        Node article = Ids.article(text.source(), text.sha256());
        if (stored.unchanged(article, text.source())) {
            return new Prepared(null, article);
        }
        String before = refused.message(text.source(), text.sha256());
        return new Prepared(before != null ? new ArticleOutcome.Failed(text.source(), before, null, text.sha256())
                : prepare(text), null);
    }

    /** What became of an input on the pool: its outcome, or (outcome null) the stored article it left unchanged. */
    private record Prepared(ArticleOutcome outcome, Node unchanged) {}

    /** An input on the pool. */
    private record Pending(InputFile input, Future<Prepared> result) {
        Prepared await() {
            try {
                return result.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            } catch (ExecutionException e) { // prepare never throws, but an Error can strike while it returns
                return new Prepared(failed(input.source(), "extraction failed", e.getCause()), null);
            }
        }
    }
}

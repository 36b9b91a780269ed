package org.w3id.newsgraph.ingest;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.w3id.newsgraph.extract.Extractor;
import org.w3id.newsgraph.model.ArticleFacts;
import org.w3id.newsgraph.model.Entity;
import org.w3id.newsgraph.model.SourceText;
import org.w3id.newsgraph.pipeline.ExtractionTimeoutException;
import org.w3id.newsgraph.model.Span;
import org.w3id.newsgraph.rdf.ArticleMapper;
import org.w3id.newsgraph.rdf.Ids;
import org.w3id.newsgraph.rdf.ShapeValidator;
import org.w3id.newsgraph.rdf.ValidationResult;
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

    /**
     * @param extractor text to facts: {@link Extractor#extract} (a function, so a test can make one article
     *                  throw what a real extractor might)
     */
    public Ingestor(ArticleReader reader, Function<SourceText, ArticleFacts> extractor, ArticleMapper mapper,
            ShapeValidator validator, int threads) {
        this.reader = reader;
        this.extractor = extractor;
        this.mapper = mapper;
        this.validator = validator;
        this.threads = Math.max(1, threads);
    }

    /** The standard chain, with one thread per core. */
    public static Ingestor standard(long maxBytes) {
        return new Ingestor(new ArticleReader(maxBytes), Extractor.create()::extract, new ArticleMapper(),
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
                return new ArticleOutcome.Failed(name, name + ": no article text found (" + empty + ")", null);
            }
            Graph graph = mapper.map(facts, source.sha256());
            ValidationResult result = validator.validate(graph);
            if (!result.conforms()) {
                return new ArticleOutcome.Failed(name, name + ": the extracted graph breaks the shapes ("
                        + result.messages().size() + " violations, first: " + result.messages().get(0) + ")", null);
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

    private static ArticleOutcome.Failed failed(String name, String what, Throwable t) {
        return new ArticleOutcome.Failed(name, name + ": " + what + ": " + ErrorText.of(t), t);
    }

    /**
     * Prepares every input on the pool and hands the articles to {@code sink} in input order. One input never
     * stops the others: whatever it throws becomes its one-line {@link ArticleOutcome.Failed}. An input with the
     * same IRI as one stored earlier in the run (same bytes, same name slug) is a {@link ArticleOutcome.Duplicate}.
     */
    public IngestReport ingest(List<InputFile> inputs, ArticleSink sink, ProgressListener progress) {
        long t0 = System.nanoTime();
        progress.started(inputs.size());
        Tally tally = new Tally();
        Map<Node, String> stored = new HashMap<>(); // article IRI -> the input stored under it in this run
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "newsgraph-ingest");
            t.setDaemon(true);
            return t;
        });
        try {
            Deque<Pending> window = new ArrayDeque<>();
            int next = 0;
            while (next < inputs.size() || !window.isEmpty()) {
                while (next < inputs.size() && window.size() < threads * 4) {
                    InputFile f = inputs.get(next++);
                    window.add(new Pending(f, pool.submit(() -> prepare(f))));
                }
                ArticleOutcome outcome = deliver(window.removeFirst().await(), sink, stored);
                tally.add(outcome);
                progress.finished(outcome);
            }
        } finally {
            pool.shutdownNow();
        }
        return tally.report((System.nanoTime() - t0) / 1e9);
    }

    /** An input on the pool. */
    private record Pending(InputFile input, Future<ArticleOutcome> result) {
        ArticleOutcome await() {
            try {
                return result.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            } catch (ExecutionException e) { // prepare never throws, but an Error can strike while it returns
                return failed(input.source(), "extraction failed", e.getCause());
            }
        }
    }

    private static ArticleOutcome deliver(ArticleOutcome outcome, ArticleSink sink, Map<Node, String> stored) {
        if (!(outcome instanceof ArticleOutcome.Ready ready)) {
            return outcome;
        }
        String original = stored.get(ready.article());
        try {
            if (original != null) {
                ArticleOutcome.Duplicate same = new ArticleOutcome.Duplicate(ready.file(), original, ready.article());
                sink.same(same);
                return same;
            }
            sink.accept(ready);
            stored.put(ready.article(), ready.file());
            return ready;
        } catch (Throwable t) {
            return failed(ready.file(), "could not be stored", t);
        }
    }

    /** Running totals; used on the caller's thread only. */
    private static final class Tally {
        int articles;
        int roles;
        int quotes;
        int relations;
        int duplicates;
        final List<String> failures = new ArrayList<>();
        final Map<String, Integer> byType = new TreeMap<>();

        void add(ArticleOutcome outcome) {
            switch (outcome) {
                case ArticleOutcome.Ready r -> {
                    articles++;
                    ArticleFacts f = r.facts();
                    for (Entity e : f.entities()) {
                        byType.merge(e.type().localName(), 1, Integer::sum);
                    }
                    roles += f.roles().size();
                    quotes += f.quotes().size();
                    relations += f.relations().size();
                }
                case ArticleOutcome.Duplicate d -> duplicates++;
                case ArticleOutcome.Failed x -> failures.add(x.message());
            }
        }

        IngestReport report(double seconds) {
            return new IngestReport(articles, duplicates, failures, byType, roles, quotes, relations, seconds);
        }
    }
}

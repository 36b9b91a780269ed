package org.w3id.newsgraph.ingest;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.w3id.newsgraph.extract.Extractor;
import org.w3id.newsgraph.model.ArticleFacts;
import org.w3id.newsgraph.model.Entity;
import org.w3id.newsgraph.model.SourceText;
import org.w3id.newsgraph.rdf.ArticleMapper;
import org.w3id.newsgraph.rdf.Ids;
import org.w3id.newsgraph.rdf.ShapeValidator;
import org.w3id.newsgraph.rdf.ValidationResult;
import org.w3id.newsgraph.text.ArticleReader;
import org.w3id.newsgraph.text.InputException;

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
    private final Extractor extractor;
    private final ArticleMapper mapper;
    private final ShapeValidator validator;
    private final int threads;

    public Ingestor(ArticleReader reader, Extractor extractor, ArticleMapper mapper, ShapeValidator validator,
            int threads) {
        this.reader = reader;
        this.extractor = extractor;
        this.mapper = mapper;
        this.validator = validator;
        this.threads = Math.max(1, threads);
    }

    /** The standard chain, with one thread per core. */
    public static Ingestor standard(long maxBytes) {
        return new Ingestor(new ArticleReader(maxBytes), Extractor.create(), new ArticleMapper(), new ShapeValidator(),
                Runtime.getRuntime().availableProcessors());
    }

    /** Reads, extracts, maps and validates one file; never throws. */
    public ArticleOutcome prepare(Path file) {
        String name = String.valueOf(file.getFileName());
        try {
            SourceText source = reader.read(file);
            return prepare(source);
        } catch (InputException e) {
            return new ArticleOutcome.Failed(name, e.getMessage(), e);
        }
    }

    /** Extracts, maps and validates one decoded article; never throws. */
    public ArticleOutcome prepare(SourceText source) {
        String name = source.source();
        try {
            ArticleFacts facts = extractor.extract(source);
            if (facts.sentences().isEmpty()) {
                return new ArticleOutcome.Failed(name, name + ": no article text found (only page boilerplate)", null);
            }
            Graph graph = mapper.map(facts);
            ValidationResult result = validator.validate(graph);
            if (!result.conforms()) {
                return new ArticleOutcome.Failed(name, name + ": the extracted graph breaks the shapes ("
                        + result.messages().size() + " violations, first: " + result.messages().get(0) + ")", null);
            }
            return new ArticleOutcome.Ready(name, Ids.article(name), graph, facts);
        } catch (RuntimeException e) {
            return new ArticleOutcome.Failed(name, name + ": extraction failed: " + e, e);
        }
    }

    public IngestReport ingest(List<Path> files, ArticleSink sink, ProgressListener progress) {
        long t0 = System.nanoTime();
        progress.started(files.size());
        Tally tally = new Tally();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "newsgraph-ingest");
            t.setDaemon(true);
            return t;
        });
        try {
            Deque<Future<ArticleOutcome>> window = new ArrayDeque<>();
            int next = 0;
            while (next < files.size() || !window.isEmpty()) {
                while (next < files.size() && window.size() < threads * 4) {
                    Path f = files.get(next++);
                    window.add(pool.submit(() -> prepare(f)));
                }
                ArticleOutcome outcome = await(window.removeFirst());
                outcome = deliver(outcome, sink);
                tally.add(outcome);
                progress.finished(outcome);
            }
        } finally {
            pool.shutdownNow();
        }
        return tally.report((System.nanoTime() - t0) / 1e9);
    }

    private static ArticleOutcome await(Future<ArticleOutcome> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    private static ArticleOutcome deliver(ArticleOutcome outcome, ArticleSink sink) {
        if (outcome instanceof ArticleOutcome.Ready ready) {
            try {
                sink.accept(ready.article(), ready.graph());
            } catch (Exception e) {
                return new ArticleOutcome.Failed(ready.file(), ready.file() + ": could not be stored: " + e.getMessage(), e);
            }
        }
        return outcome;
    }

    /** Running totals; used on the caller's thread only. */
    private static final class Tally {
        int articles;
        int roles;
        int quotes;
        int relations;
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
                case ArticleOutcome.Failed x -> failures.add(x.message());
            }
        }

        IngestReport report(double seconds) {
            return new IngestReport(articles, failures, byType, roles, quotes, relations, seconds);
        }
    }
}

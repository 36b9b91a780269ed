package org.w3id.newsgraph.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import org.w3id.newsgraph.ingest.BatchLimits;
import org.w3id.newsgraph.ingest.BatchSink;
import org.w3id.newsgraph.ingest.BulkSink;
import org.w3id.newsgraph.ingest.IngestReport;
import org.w3id.newsgraph.ingest.Ingestor;
import org.w3id.newsgraph.ingest.StoreSink;
import org.w3id.newsgraph.rdf.Ontology;
import org.w3id.newsgraph.store.Compaction;
import org.w3id.newsgraph.store.StoreSize;
import org.w3id.newsgraph.store.BulkLoad;
import org.w3id.newsgraph.store.CompactionPolicy;
import org.w3id.newsgraph.store.NewsStore;
import org.w3id.newsgraph.store.ShapesMark;
import org.w3id.newsgraph.store.StoreException;
import org.w3id.newsgraph.store.RefusedInputs;
import org.w3id.newsgraph.store.StatsCache;
import org.w3id.newsgraph.store.StoredArticles;
import org.w3id.newsgraph.text.InputFile;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code build}: ingest articles into the TDB2 store, extracting on every core and writing a batch of articles per
 * transaction ({@link BatchLimits#BUILD}); inputs whose bytes the store holds already from the same source are
 * skipped without being extracted, and so are inputs it refused before for what they are ({@link RefusedInputs}).
 * Then compact the store when rebuilds have grown it past
 * {@link CompactionPolicy}'s threshold.
 */
@Command(name = "build", mixinStandardHelpOptions = true,
        description = {"Extract articles into the TDB2 store (rebuilding an article replaces its graph, an edited "
                + "file replaces its old version; a file whose bytes the store holds already, or that an earlier build "
                + "refused as having no article text, is skipped).",
            "Compacts the store afterwards when it has grown past " + CompactionPolicy.GROWTH
                + " times its size after the last compaction."})
final class BuildCommand implements Callable<Integer> {
    @Mixin
    InputOptions input;

    @Mixin
    StoreOption store;

    @Option(names = "--threads", paramLabel = "N", description = "Extraction threads (default: one per core).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--batch", paramLabel = "N", description = "Articles per write transaction (default: "
            + "${DEFAULT-VALUE}; a batch also closes at " + 500_000 + " triples).")
    int batch = BatchLimits.BUILD.articles();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (threads < 1 || batch < 1) {
            throw new ParameterException(spec.commandLine(), "--threads and --batch must be at least 1");
        }
        try (NewsStore s = NewsStore.open(store.dir())) {
            return build(s, input, store.dir(), spec, threads, new BatchLimits(batch, BatchLimits.BUILD.triples()));
        }
    }

    /** Builds into an open store with the defaults (one thread per core, {@link BatchLimits#BUILD}). */
    static int build(NewsStore s, InputOptions input, Path dir, CommandSpec spec) {
        return build(s, input, dir, spec, Runtime.getRuntime().availableProcessors(), BatchLimits.BUILD);
    }

    /**
     * Builds into an open store; 0 when at least one article was stored or every input was already there
     * unchanged, and, when it wrote, the store's union conforms to the archive shapes ({@link ArchiveCheck}).
     */
    static int build(NewsStore s, InputOptions input, Path dir, CommandSpec spec, int threads, BatchLimits limits) {
        PrintWriter err = spec.commandLine().getErr();
        List<InputFile> files = input.inputs(err, true);
        CompactionPolicy policy = CompactionPolicy.of(s); // before anything is written: did the store hold articles?
        boolean conformed = ShapesMark.holds(dir); // and did it conform, with no write around it since?
        s.summaryChanges().reset();
        s.replaceGraph(Ontology.GRAPH_NAME, Ontology.ontology());
        if (files.isEmpty()) {
            return Main.FAILED; // input.inputs has said in one line per path why there is nothing to build
        }
        IngestReport report;
        StoreSink sink = new StoreSink(s);
        String code = CodeVersion.fingerprint();
        RefusedInputs refused = RefusedInputs.read(dir, code);
        boolean bulk = BulkLoad.applies(s);
        long t0 = System.nanoTime();
        try (ConsoleProgress progress = ConsoleProgress.forConsole(err).withTraces(Main.verbose(spec))) {
            Ingestor ingestor = Ingestor.standard(input.maxBytes).withThreads(threads)
                    .skipping(StoredArticles.of(s), refused);
            report = bulk ? BulkLoad.run(s, load -> ingestor.ingest(files, new BulkSink(load), progress))
                    : ingestor.ingest(files, (BatchSink) sink, limits, progress);
        }
        if (!bulk && sink.transactions() > 0) {
            s.repage(); // once per build, not per batch: the pages cost a pass over every entity
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        // after the articles are stored: a lost record costs only a re-extraction
        refused.after(files.stream().map(InputFile::source).collect(Collectors.toSet()), report.refused())
                .write(dir, code);
        PrintWriter out = spec.commandLine().getOut();
        Summary.print(out, report, sink.replaced(), StatsCache.stats(s), dir.toString(), seconds);
        if (bulk && report.articles() > 0) {
            out.printf(Locale.ROOT, "  written:   through Jena's bulk loader into the empty store, while extraction "
                    + "went on (%.1f s with the summary, the search index and the list pages)%n", seconds);
            out.flush();
        } else if (sink.transactions() > 0) {
            out.printf(Locale.ROOT, "  written:   %s in %.1f s (on a writer thread, while extraction went on)%n",
                    Plural.of(sink.transactions(), "write transaction"), sink.writeSeconds());
            out.flush();
        }
        boolean wrote = sink.transactions() > 0 || bulk && report.articles() > 0;
        // a store that conformed before needs its changed entities checked, not all of them (a large store)
        boolean conforms = !wrote || ArchiveCheck.run(s, conformed && !bulk ? s.summaryChanges().since()
                : Optional.empty(), out, err);
        compactIfDue(s, policy, out, err);
        if (wrote && conforms) { // checked now: after the compaction, which rewrites the files, not what they hold
            ShapesMark.record(dir);
        }
        return conforms && (report.articles() > 0 || report.unchanged() > 0) ? Main.OK : Main.FAILED;
    }

    /** A failed compaction leaves the store as it was (TDB2 switches only to a complete copy): a line, no failure. */
    private static void compactIfDue(NewsStore s, CompactionPolicy policy, PrintWriter out, PrintWriter err) {
        long size = StoreSize.onDisk(s.directory());
        if (!policy.due(size)) {
            policy.settle(size);
            return;
        }
        try {
            Compaction.Result r = Compaction.run(s);
            out.println("  compacted: " + CompactCommand.sizes(r) + (policy.baseline().isPresent()
                    ? " (it had grown past " + CompactionPolicy.GROWTH + " times its size after the last compaction)"
                    : " (first compaction of this store)"));
        } catch (StoreException e) {
            err.println("newsgraph: " + Main.oneLine(e) + "; the store is unchanged");
        }
        out.flush();
        err.flush();
    }
}

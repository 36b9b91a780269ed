package org.w3id.newsgraph.cli;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.w3id.newsgraph.export.ExportFormat;
import org.w3id.newsgraph.export.Exporter;
import org.w3id.newsgraph.ingest.IngestReport;
import org.w3id.newsgraph.ingest.Ingestor;
import org.w3id.newsgraph.store.EntitySummary;
import org.w3id.newsgraph.store.StreamedSummary;
import org.w3id.newsgraph.text.InputFile;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code extract}: RDF of the given articles to standard output; no store is touched. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Extract facts from articles and print them as RDF (no store is touched).")
final class ExtractCommand implements Callable<Integer> {
    @Mixin
    InputOptions input;

    @Option(names = "--format", converter = FormatConverter.Export.class, defaultValue = "turtle",
            description = "turtle, trig, nquads, ntriples or jsonld (default: ${DEFAULT-VALUE}).")
    ExportFormat format;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        List<InputFile> files = input.inputs(err, false);
        if (input.paths.isEmpty()) {
            err.println("newsgraph: extract needs at least one FILE or DIR");
            return 2;
        }
        if (files.isEmpty()) {
            return Main.FAILED;
        }
        if (format == ExportFormat.NQUADS) {
            return streamQuads(files, err);
        }
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        IngestReport report = Ingestor.standard(input.maxBytes).ingest(files,
                r -> dsg.addGraph(r.article(), r.graph()), failures(err));
        if (report.articles() == 0) {
            return Main.FAILED; // every file was refused, each with its line: no empty document on stdout
        }
        // the entity summary of these articles, so extract's output has the store's shape (one rdfs:label each)
        Txn.executeWrite(dsg, () -> EntitySummary.rebuild(dsg));
        // Through the command's writer (not System.out), so tests can capture it.
        ByteArrayOutputStream rdf = new ByteArrayOutputStream();
        Exporter.write(dsg, format, rdf);
        PrintWriter out = spec.commandLine().getOut();
        out.print(rdf.toString(StandardCharsets.UTF_8));
        out.flush();
        err.flush();
        return report.articles() > 0 ? Main.OK : Main.FAILED;
    }

    /**
     * N-Quads, the archive format: each article graph is written as soon as it is extracted and only the summary's
     * counts are kept, so memory does not grow with the corpus. The same quads as the in-memory path, in input order.
     */
    private int streamQuads(List<InputFile> files, PrintWriter err) {
        PrintWriter out = spec.commandLine().getOut();
        StreamRDF quads = StreamRDFLib.writer(out); // one writer: blank-node labels stay distinct across articles
        StreamedSummary summary = new StreamedSummary();
        quads.start();
        IngestReport report = Ingestor.standard(input.maxBytes).ingest(files, r -> {
            summary.add(r.article(), r.graph());
            r.graph().find().forEachRemaining(t -> quads.quad(Quad.create(r.article(), t)));
        }, failures(err));
        if (report.articles() > 0) {
            summary.writeTo(quads);
        }
        quads.finish();
        out.flush();
        err.flush();
        return report.articles() > 0 ? Main.OK : Main.FAILED;
    }

    /** Failed inputs only, each in one line; with {@code --verbose}, the exception behind it as well. */
    private ConsoleProgress failures(PrintWriter err) {
        return new ConsoleProgress(err, ConsoleProgress.Mode.FAILURES).withTraces(Main.verbose(spec));
    }
}

package org.w3id.newsgraph.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.w3id.newsgraph.ingest.IngestReport;
import org.w3id.newsgraph.ingest.Ingestor;
import org.w3id.newsgraph.ingest.StoreSink;
import org.w3id.newsgraph.rdf.Ontology;
import org.w3id.newsgraph.store.NewsStore;
import org.w3id.newsgraph.text.InputFile;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code build}: ingest articles into the TDB2 store, one transaction per article. */
@Command(name = "build", mixinStandardHelpOptions = true,
        description = "Extract articles into the TDB2 store (rebuilding an article replaces its graph, an edited "
                + "file replaces its old version).")
final class BuildCommand implements Callable<Integer> {
    @Mixin
    InputOptions input;

    @Mixin
    StoreOption store;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        try (NewsStore s = NewsStore.open(store.dir())) {
            return build(s, input, store.dir(), spec);
        }
    }

    /** Builds into an open store; 0 when at least one article was stored (or nothing was asked). */
    static int build(NewsStore s, InputOptions input, Path dir, CommandSpec spec) {
        PrintWriter err = spec.commandLine().getErr();
        List<InputFile> files = input.inputs(err, true);
        s.replaceGraph(Ontology.GRAPH_NAME, Ontology.ontology());
        if (files.isEmpty()) {
            return Main.FAILED; // input.inputs has said in one line per path why there is nothing to build
        }
        IngestReport report;
        StoreSink sink = new StoreSink(s);
        try (ConsoleProgress progress = ConsoleProgress.forConsole(err).withTraces(Main.verbose(spec))) {
            report = Ingestor.standard(input.maxBytes).ingest(files, sink, progress);
        }
        PrintWriter out = spec.commandLine().getOut();
        Summary.print(out, report, sink.replaced(), s.size(), dir.toString());
        return report.articles() > 0 ? Main.OK : Main.FAILED;
    }
}

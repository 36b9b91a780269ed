package org.w3id.newsgraph.cli;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

import org.w3id.newsgraph.export.ExportFormat;
import org.w3id.newsgraph.export.EntityGraph;
import org.w3id.newsgraph.export.ExportOptions;
import org.w3id.newsgraph.export.Exporter;
import org.w3id.newsgraph.store.NewsStore;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code export}: the whole graph in an RDF format, or the entity graph in a visualisation format (GraphML, GEXF,
 * DOT, Cytoscape.js JSON), to a file or standard output.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Export the whole graph as RDF, or the entity graph for Gephi, Cytoscape, yEd or Graphviz.")
final class ExportCommand implements Callable<Integer> {
    @Mixin
    StoreOption store;

    @Option(names = "--format", converter = FormatConverter.Export.class, defaultValue = "turtle",
            description = "turtle, trig, jsonld, nquads, ntriples (RDF) or graphml, gexf, dot, cytoscape "
                    + "(entity graph) (default: ${DEFAULT-VALUE}).")
    ExportFormat format;

    @Option(names = "--types", split = ",", paramLabel = "TYPE",
            description = "Entity graph: only entities of these classes and their subclasses, e.g. Person,Company "
                    + "(Organization keeps Company, GovernmentBody, ...).")
    List<String> types = new ArrayList<>();

    @Option(names = "--relations-only", description = "Entity graph: typed relations only, no co-mention edges.")
    boolean relationsOnly;

    @Option(names = "--min-weight", paramLabel = "N", defaultValue = "1",
            description = "Entity graph: drop co-mention edges shared by fewer than N articles (default: ${DEFAULT-VALUE}).")
    int minWeight;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE instead of standard output.")
    Path output;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        ExportOptions options;
        try {
            options = new ExportOptions(Set.copyOf(types), relationsOnly, minWeight);
            if (format.isGraph()) {
                EntityGraph.checkTypes(options.types());
            }
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        try (NewsStore s = NewsStore.open(store.dir())) {
            if (output == null) {
                java.io.ByteArrayOutputStream buffer = new java.io.ByteArrayOutputStream();
                Exporter.write(s.dataset(), format, options, buffer);
                PrintWriter out = spec.commandLine().getOut();
                out.print(buffer.toString(StandardCharsets.UTF_8));
                out.flush();
            } else {
                // Write beside the target and move into place, so a failed export never leaves half a file.
                Path abs = output.toAbsolutePath();
                Path tmp = Files.createTempFile(abs.getParent(), ".newsgraph-export", ".tmp");
                try (OutputStream out = Files.newOutputStream(tmp)) {
                    Exporter.write(s.dataset(), format, options, out);
                } catch (RuntimeException | java.io.IOException e) {
                    Files.deleteIfExists(tmp);
                    throw e;
                }
                Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                spec.commandLine().getErr().println("Wrote " + output);
            }
        }
        return Main.OK;
    }
}

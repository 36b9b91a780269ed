package org.w3id.newsgraph.cli;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;

import org.w3id.newsgraph.export.ExportFormat;
import org.w3id.newsgraph.export.Exporter;
import org.w3id.newsgraph.store.NewsStore;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code export}: the whole graph in an RDF format, to a file or standard output. */
@Command(name = "export", mixinStandardHelpOptions = true, description = "Export the whole graph as RDF.")
final class ExportCommand implements Callable<Integer> {
    @Mixin
    StoreOption store;

    @Option(names = "--format", defaultValue = "turtle",
            description = "turtle, trig, jsonld, nquads or ntriples (default: ${DEFAULT-VALUE}).")
    ExportFormat format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE instead of standard output.")
    Path output;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        try (NewsStore s = NewsStore.open(store.dir())) {
            if (output == null) {
                java.io.ByteArrayOutputStream buffer = new java.io.ByteArrayOutputStream();
                Exporter.write(s.dataset(), format, buffer);
                PrintWriter out = spec.commandLine().getOut();
                out.print(buffer.toString(StandardCharsets.UTF_8));
                out.flush();
            } else {
                // Write beside the target and move into place, so a failed export never leaves half a file.
                Path abs = output.toAbsolutePath();
                Path tmp = Files.createTempFile(abs.getParent(), ".newsgraph-export", ".tmp");
                try (OutputStream out = Files.newOutputStream(tmp)) {
                    Exporter.write(s.dataset(), format, out);
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

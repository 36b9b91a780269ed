package org.w3id.newsgraph.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

import org.w3id.newsgraph.rdf.Prefixes;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.graph.GraphWrapper;
import org.apache.jena.sparql.graph.PrefixMappingAdapter;
import org.apache.jena.system.Txn;

/**
 * Writes the whole knowledge graph in one linked-data format, inside one read transaction (a consistent
 * snapshot even while a build writes). Turtle, N-Triples and JSON-LD 1.1 (compact, under the project context)
 * carry the union of all named graphs; TriG and N-Quads carry every named graph under its name; the
 * visualisation formats carry the {@link EntityGraph}. Readable formats use the project prefixes
 * ({@link Prefixes}); the store's own (empty) prefix table is not touched.
 */
public final class Exporter {
    private Exporter() {
    }

    /** Writes {@code dsg} to {@code out} (not closed) in {@code fmt}; options apply to visualisation formats. */
    public static void write(DatasetGraph dsg, ExportFormat fmt, ExportOptions options, OutputStream out) {
        if (fmt.isGraph()) {
            writeGraph(EntityGraph.read(dsg, options), fmt, out);
        } else {
            write(dsg, fmt, out);
        }
    }

    /** Writes {@code dsg} to {@code out} (not closed) in {@code fmt}, with {@link ExportOptions#ALL}. */
    public static void write(DatasetGraph dsg, ExportFormat fmt, OutputStream out) {
        if (fmt.isGraph()) {
            write(dsg, fmt, ExportOptions.ALL, out);
            return;
        }
        PrefixMap prefixes = Prefixes.prefixMap();
        Runnable write = () -> {
            if (fmt == ExportFormat.JSONLD) {
                JsonLdWriter.write(dsg.getUnionGraph(), out);
            } else if (fmt.isDataset()) {
                RDFWriter.source(withPrefixes(dsg, prefixes)).format(fmt.rdfFormat()).output(out);
            } else {
                RDFWriter.source(withPrefixes(dsg.getUnionGraph(), prefixes)).format(fmt.rdfFormat()).output(out);
            }
        };
        if (dsg.supportsTransactions() && !dsg.isInTransaction()) {
            Txn.executeRead(dsg, write);
        } else {
            write.run();
        }
    }

    /** Writes an entity graph in a visualisation format (UTF-8). */
    static void writeGraph(EntityGraph eg, ExportFormat fmt, OutputStream out) {
        if (fmt == ExportFormat.CYTOSCAPE) {
            CytoscapeWriter.write(eg, out);
            return;
        }
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        switch (fmt) {
            case GRAPHML -> GraphMLWriter.write(eg, w);
            case GEXF -> GexfWriter.write(eg, w);
            case DOT -> DotWriter.write(eg, w);
            default -> throw new IllegalArgumentException(fmt + " is not a visualisation format");
        }
        try {
            w.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Graph withPrefixes(Graph g, PrefixMap prefixes) {
        PrefixMapping pm = new PrefixMappingAdapter(prefixes);
        return new GraphWrapper(g) {
            @Override
            public PrefixMapping getPrefixMapping() {
                return pm;
            }
        };
    }

    private static DatasetGraph withPrefixes(DatasetGraph dsg, PrefixMap prefixes) {
        return new DatasetGraphWrapper(dsg) {
            @Override
            public PrefixMap prefixes() {
                return prefixes;
            }
        };
    }
}

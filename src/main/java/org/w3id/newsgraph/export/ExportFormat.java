package org.w3id.newsgraph.export;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;

/**
 * The export formats. RDF graph formats (turtle, ntriples, jsonld) write the union of all named graphs (articles
 * and ontology, merged); dataset formats (trig, nquads) keep each article in its named graph; visualisation
 * formats (graphml, gexf, dot, cytoscape) write the {@link EntityGraph}: entities as nodes, relations and
 * co-mentions as edges.
 */
public enum ExportFormat {
    TURTLE("turtle", "ttl", RDFFormat.TURTLE_PRETTY, false),
    TRIG("trig", "trig", RDFFormat.TRIG_PRETTY, true),
    JSONLD("jsonld", "jsonld", RDFFormat.JSONLD11_PRETTY, false),
    NQUADS("nquads", "nq", RDFFormat.NQUADS, true),
    NTRIPLES("ntriples", "nt", RDFFormat.NTRIPLES, false),
    /** GraphML, for Gephi, Cytoscape and yEd. */
    GRAPHML("graphml", "graphml", "application/graphml+xml"),
    /** GEXF 1.2, Gephi's own format. */
    GEXF("gexf", "gexf", "application/gexf+xml"),
    /** Graphviz DOT, nodes styled by type. */
    DOT("dot", "dot", "text/vnd.graphviz"),
    /** Cytoscape.js elements JSON. */
    CYTOSCAPE("cytoscape", "cyjs", "application/json");

    private final String cliName;
    private final String extension;
    private final RDFFormat format;
    private final boolean dataset;
    private final String graphMediaType;

    ExportFormat(String cliName, String extension, RDFFormat format, boolean dataset) {
        this.cliName = cliName;
        this.extension = extension;
        this.format = format;
        this.dataset = dataset;
        this.graphMediaType = null;
    }

    ExportFormat(String cliName, String extension, String mediaType) {
        this.cliName = cliName;
        this.extension = extension;
        this.format = null;
        this.dataset = false;
        this.graphMediaType = mediaType;
    }

    /** The name on the command line, e.g. {@code turtle}. */
    public String cliName() {
        return cliName;
    }

    /** The usual file extension without the dot, e.g. {@code ttl}. */
    public String extension() {
        return extension;
    }

    /** The Jena writer format; null for visualisation formats. */
    public RDFFormat rdfFormat() {
        return format;
    }

    /** The media type to send over HTTP, e.g. {@code text/turtle} or {@code application/gexf+xml}. */
    public String mediaType() {
        if (this == JSONLD) {
            return "application/ld+json"; // the registered type (Jena's header for JSON-LD 1.1 is x/ld-json-11)
        }
        return isGraph() ? graphMediaType : format.getLang().getHeaderString();
    }

    /** The RDF syntax, for parsing an export back; null for visualisation formats. */
    public Lang lang() {
        return isGraph() ? null : format.getLang();
    }

    /** True for the visualisation formats (graphml, gexf, dot, cytoscape), which write the entity graph. */
    public boolean isGraph() {
        return format == null;
    }

    /** True when named graphs are kept (trig, nquads); false when the union graph is written. */
    public boolean isDataset() {
        return dataset;
    }

    /**
     * The format named {@code name} (case-insensitive, file extensions accepted too).
     *
     * @throws IllegalArgumentException one line listing the known names
     */
    public static ExportFormat parse(String name) {
        String n = name.strip().toLowerCase(Locale.ROOT);
        for (ExportFormat f : values()) {
            if (f.cliName.equals(n) || f.extension.equals(n)) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown export format '" + name + "'; known: " + names());
    }

    /** The CLI names, separated by {@code |}. */
    public static String names() {
        return Arrays.stream(values()).map(ExportFormat::cliName).collect(Collectors.joining("|"));
    }

    @Override
    public String toString() {
        return cliName;
    }
}

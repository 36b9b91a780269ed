package org.w3id.newsgraph.export;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;

/**
 * The whole-graph export formats. Graph formats (turtle, ntriples, jsonld) write the union of all named graphs
 * (articles and ontology, merged); dataset formats (trig, nquads) keep each article in its named graph.
 */
public enum ExportFormat {
    TURTLE("turtle", "ttl", RDFFormat.TURTLE_PRETTY, false),
    TRIG("trig", "trig", RDFFormat.TRIG_PRETTY, true),
    JSONLD("jsonld", "jsonld", RDFFormat.JSONLD11_PRETTY, false),
    NQUADS("nquads", "nq", RDFFormat.NQUADS, true),
    NTRIPLES("ntriples", "nt", RDFFormat.NTRIPLES, false);

    private final String cliName;
    private final String extension;
    private final RDFFormat format;
    private final boolean dataset;

    ExportFormat(String cliName, String extension, RDFFormat format, boolean dataset) {
        this.cliName = cliName;
        this.extension = extension;
        this.format = format;
        this.dataset = dataset;
    }

    /** The name on the command line, e.g. {@code turtle}. */
    public String cliName() {
        return cliName;
    }

    /** The usual file extension without the dot, e.g. {@code ttl}. */
    public String extension() {
        return extension;
    }

    /** The Jena writer format. */
    public RDFFormat rdfFormat() {
        return format;
    }

    /** The media type to send over HTTP, e.g. {@code text/turtle}. */
    public String mediaType() {
        return format.getLang().getHeaderString();
    }

    /** The syntax, for parsing an export back. */
    public Lang lang() {
        return format.getLang();
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

package org.w3id.newsgraph.rdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * The ontology and the SHACL shapes as they travel in the jar ({@code /ontology/newsgraph.ttl},
 * {@code /ontology/shapes.ttl}, {@code /ontology/archive-shapes.ttl}, copied from the top-level {@code ontology/} folder). Each call parses a fresh
 * graph, so callers may change what they get without affecting anyone else.
 */
public final class Ontology {
    /** Class-path resource of the OWL ontology. */
    public static final String ONTOLOGY_RESOURCE = "/ontology/newsgraph.ttl";
    /** Class-path resource of the SHACL shapes. */
    public static final String SHAPES_RESOURCE = "/ontology/shapes.ttl";
    /** Class-path resource of the SHACL shapes of the whole archive (the union of a store). */
    public static final String ARCHIVE_SHAPES_RESOURCE = "/ontology/archive-shapes.ttl";
    /** The name of the named graph holding the ontology in the store (the ontology IRI). */
    public static final Node GRAPH_NAME = NodeFactory.createURI(NG.ONTOLOGY);

    private Ontology() {}

    /** The OWL ontology. */
    public static Graph ontology() {
        return load(ONTOLOGY_RESOURCE);
    }

    /** The SHACL shapes. */
    public static Graph shapes() {
        return load(SHAPES_RESOURCE);
    }

    /** The SHACL shapes of the whole archive (the union default graph of a store). */
    public static Graph archiveShapes() {
        return load(ARCHIVE_SHAPES_RESOURCE);
    }

    /** Parses a Turtle resource from the class path. */
    static Graph load(String resource) {
        try (InputStream in = Ontology.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not on the class path (run the build first)");
            }
            Graph graph = GraphFactory.createDefaultGraph();
            RDFParser.source(in).lang(Lang.TURTLE).base(NG.ONTOLOGY).parse(graph);
            return graph;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}

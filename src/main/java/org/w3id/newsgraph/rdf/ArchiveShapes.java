package org.w3id.newsgraph.rdf;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.compose.Union;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;

/**
 * Checks the union of a whole store against {@code ontology/archive-shapes.ttl}: every entity an article mentions
 * has exactly one of the disjoint coarse types, one entity class and one {@code rdfs:label}. The ontology is added
 * to the data (as {@link ShapeValidator} does) so that {@code sh:class} follows the subclass axioms even in a
 * store that lacks the ontology graph.
 *
 * <p>Thread-safe: the shapes and the ontology are parsed once and only read afterwards.
 */
public final class ArchiveShapes {
    private final Shapes shapes = Shapes.parse(Ontology.archiveShapes());
    private final Graph ontology = Ontology.ontology();

    /** Validates {@code union} (read inside the caller's read transaction) and lists each violation on one line. */
    public ValidationResult validate(Graph union) {
        ValidationReport report = ShaclValidator.get().validate(shapes, new Union(union, ontology));
        List<String> messages = report.getEntries().stream().map(ShapeValidator::line).sorted().distinct().toList();
        return new ValidationResult(report.conforms(), messages);
    }

    /**
     * Validates only the nodes {@code focus} of {@code union} (read inside the caller's read transaction): those of
     * them that are targets of the shapes (an entity no longer mentioned is none).
     */
    public ValidationResult validate(Graph union, Collection<Node> focus) {
        Graph data = new Union(union, ontology);
        Set<String> messages = new TreeSet<>();
        boolean conforms = true;
        for (Node n : focus) {
            ValidationReport report = ShaclValidator.get().validate(shapes, data, n);
            if (!report.conforms()) {
                conforms = false;
                report.getEntries().forEach(e -> messages.add(ShapeValidator.line(e)));
            }
        }
        return new ValidationResult(conforms, List.copyOf(messages));
    }
}

package org.w3id.newsgraph.rdf;

import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.compose.Union;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.sparql.core.Prologue;
import org.apache.jena.sparql.path.Path;

/**
 * Checks article graphs against {@code ontology/shapes.ttl}. The data is validated together with the ontology
 * (a read-only union), because SHACL target classes follow rdfs:subClassOf in the data graph: an ng:Company is
 * checked by the ng:Organization shapes only when the ontology's subclass axioms are visible. The entity types
 * the article gives through its mentions ({@link MentionTypes}) are added the same way.
 *
 * <p>Thread-safe: the shapes and the ontology are parsed once and only read afterwards.
 */
public final class ShapeValidator {
    private final Shapes shapes;
    private final Graph ontology;

    /** A validator with the shapes and ontology from the class path. */
    public ShapeValidator() {
        this(Ontology.shapes(), Ontology.ontology());
    }

    /** A validator with the given shapes and ontology graphs. */
    public ShapeValidator(Graph shapes, Graph ontology) {
        this.shapes = Shapes.parse(shapes);
        this.ontology = ontology;
    }

    /** Validates the data (plus the ontology) and lists each violation on one line. */
    public ValidationResult validate(Graph data) {
        Graph typed = new Union(data, MentionTypes.of(data));
        ValidationReport report = ShaclValidator.get().validate(shapes, new Union(typed, ontology));
        List<String> messages = report.getEntries().stream().map(ShapeValidator::line).sorted().distinct().toList();
        return new ValidationResult(report.conforms(), messages);
    }

    static String line(ReportEntry entry) {
        Path path = entry.resultPath();
        String where = path == null ? "" : " (" + path.toString(new Prologue(Prefixes.MAPPING)) + ")";
        return shortForm(entry.focusNode()) + ": " + entry.message() + where;
    }

    private static String shortForm(Node node) {
        if (node.isURI()) {
            String iri = node.getURI();
            String shortened = Prefixes.MAPPING.shortForm(iri);
            return shortened.equals(iri) ? "<" + iri + ">" : shortened;
        }
        return node.toString();
    }
}

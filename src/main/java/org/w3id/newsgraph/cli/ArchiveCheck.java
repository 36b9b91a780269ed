package org.w3id.newsgraph.cli;

import java.io.PrintWriter;
import java.util.Locale;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.w3id.newsgraph.rdf.ArchiveShapes;
import org.w3id.newsgraph.rdf.ValidationResult;
import org.w3id.newsgraph.store.NewsStore;

/**
 * The check {@code build} runs after it has written: the union of the store against
 * {@code ontology/archive-shapes.ttl} (one coarse type, one entity class and one label per entity). One line
 * either way; a violation means the summary and the articles disagree (a bug, or writes made around the store),
 * so the build reports failure although its articles are stored.
 */
final class ArchiveCheck {
    static final String SHAPES = "ontology/archive-shapes.ttl";

    private ArchiveCheck() {}

    /** Validates the store's union; prints the outcome and returns whether it conforms. */
    static boolean run(NewsStore s, PrintWriter out, PrintWriter err) {
        long start = System.nanoTime();
        DatasetGraph d = s.dataset();
        ValidationResult r = Txn.calculateRead(d, () -> new ArchiveShapes().validate(d.getUnionGraph()));
        double seconds = (System.nanoTime() - start) / 1e9;
        if (r.conforms()) {
            out.printf(Locale.ROOT, "  shapes:    the union graph conforms to %s (checked in %.1f s)%n", SHAPES,
                    seconds);
            out.flush();
            return true;
        }
        err.printf(Locale.ROOT, "newsgraph: the union graph breaks %s in %s; the first: %s%n", SHAPES,
                Plural.of(r.messages().size(), "place"), r.messages().get(0));
        err.flush();
        return false;
    }
}

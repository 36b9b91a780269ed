package org.w3id.newsgraph.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.apache.jena.graph.Node;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.w3id.newsgraph.rdf.ArchiveShapes;
import org.w3id.newsgraph.rdf.ValidationResult;
import org.w3id.newsgraph.store.NewsStore;
import org.w3id.newsgraph.store.ShapesMark;

/**
 * The check {@code build} runs after it has written: the union of the store against
 * {@code ontology/archive-shapes.ttl} (one coarse type, one entity class and one label per entity), on every
 * entity, or on the entities the build changed when the store is known to have conformed before it. One line
 * either way; a violation means the summary and the articles disagree (a bug, or writes made around the store),
 * so the build reports failure although its articles are stored.
 */
final class ArchiveCheck {
    static final String SHAPES = "ontology/archive-shapes.ttl";

    private ArchiveCheck() {}

    /**
     * Validates the store's union, or only the entities {@code changed} when given (the union conformed before
     * and only they changed: {@link ShapesMark}); prints the outcome, remembers a conforming store, and returns
     * whether it conforms.
     */
    static boolean run(NewsStore s, Optional<Set<Node>> changed, PrintWriter out, PrintWriter err) {
        long start = System.nanoTime();
        DatasetGraph d = s.dataset();
        ValidationResult r = Txn.calculateRead(d, () -> changed.isPresent()
                ? new ArchiveShapes().validate(d.getUnionGraph(), changed.get())
                : new ArchiveShapes().validate(d.getUnionGraph()));
        double seconds = (System.nanoTime() - start) / 1e9;
        if (r.conforms()) {
            String what = changed.map(c -> "the " + Plural.of(c.size(), "entity", "entities") + " this build changed "
                    + (c.size() == 1 ? "conforms" : "conform")).orElse("the union graph conforms");
            out.printf(Locale.ROOT, "  shapes:    %s to %s (checked in %.1f s)%n", what, SHAPES, seconds);
            out.flush();
            return true;
        }
        ShapesMark.forget(s.directory());
        err.printf(Locale.ROOT, "newsgraph: the union graph breaks %s in %s; the first: %s%n", SHAPES,
                Plural.of(r.messages().size(), "place"), r.messages().get(0));
        err.flush();
        return false;
    }
}

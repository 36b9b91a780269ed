package org.w3id.newsgraph.store;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.core.Quad;

/**
 * A view of a dataset that reports each named graph just before its first change, so the entity summary can read
 * what the graph contributed before the change ({@link EntitySummary#tracking}). Only the write methods are
 * watched; everything else passes through.
 */
final class TrackedWrites extends DatasetGraphWrapper {
    private final Consumer<Node> beforeChange;

    TrackedWrites(DatasetGraph d, Consumer<Node> beforeChange) {
        super(d);
        this.beforeChange = beforeChange;
    }

    private void touch(Node g) {
        if (g == null || Node.ANY.equals(g)) {
            List<Node> all = new ArrayList<>();
            getR().listGraphNodes().forEachRemaining(all::add);
            all.forEach(beforeChange);
        } else {
            beforeChange.accept(g);
        }
    }

    @Override
    public void add(Quad q) {
        touch(q.getGraph());
        super.add(q);
    }

    @Override
    public void add(Node g, Node s, Node p, Node o) {
        touch(g);
        super.add(g, s, p, o);
    }

    @Override
    public void delete(Quad q) {
        touch(q.getGraph());
        super.delete(q);
    }

    @Override
    public void delete(Node g, Node s, Node p, Node o) {
        touch(g);
        super.delete(g, s, p, o);
    }

    @Override
    public void deleteAny(Node g, Node s, Node p, Node o) {
        touch(g);
        super.deleteAny(g, s, p, o);
    }

    @Override
    public void addGraph(Node g, Graph graph) {
        touch(g);
        super.addGraph(g, graph);
    }

    @Override
    public void removeGraph(Node g) {
        touch(g);
        super.removeGraph(g);
    }

    @Override
    public void clear() {
        touch(Node.ANY);
        super.clear();
    }
}

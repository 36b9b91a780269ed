package org.w3id.newsgraph.server;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.w3id.newsgraph.rdf.NG;
import org.w3id.newsgraph.rdf.Prefixes;

/**
 * The description of one resource, like a SPARQL DESCRIBE but with what a reader needs to trust it: the
 * resource's own triples (blank nodes followed, as in a concise bounded description), every triple that points
 * at it, the full description of the statements among those (roles, quotes, relation statements) with their
 * evidence (the NIF sentence and its offsets), and the {@code rdfs:label} of every resource named, so pages
 * can show names. Read from the union of all graphs in one read transaction.
 */
final class ResourceDescription {
    private static final Set<Node> STATEMENTS = Set.of(NG.RoleAssignment, NG.Quote, NG.RelationStatement);

    private ResourceDescription() {
    }

    /** The description of {@code resource}; empty when the store says nothing about it. */
    static Graph describe(DatasetGraph dsg, Node resource) {
        return Txn.calculateRead(dsg, () -> build(dsg.getUnionGraph(), resource));
    }

    private static Graph build(Graph u, Node r) {
        Graph out = GraphFactory.createDefaultGraph();
        out.getPrefixMapping().setNsPrefixes(Prefixes.MAPPING);
        bounded(u, r, out);
        for (Triple t : list(u, Node.ANY, Node.ANY, r)) {
            out.add(t);
            Node s = t.getSubject();
            if (isStatement(u, s)) {
                bounded(u, s, out);
                for (Triple ev : list(u, s, NG.evidence, Node.ANY)) {
                    bounded(u, ev.getObject(), out);
                }
            }
        }
        if (out.isEmpty()) {
            return out;
        }
        Set<Node> named = new HashSet<>();
        out.find().forEachRemaining(t -> {
            named.add(t.getSubject());
            if (t.getObject().isURI()) {
                named.add(t.getObject());
            }
        });
        for (Node n : named) {
            if (n.isURI()) {
                list(u, n, RDFS.label.asNode(), Node.ANY).forEach(out::add);
            }
        }
        return out;
    }

    private static boolean isStatement(Graph u, Node s) {
        for (Triple t : list(u, s, RDF.type.asNode(), Node.ANY)) {
            if (STATEMENTS.contains(t.getObject())) {
                return true;
            }
        }
        return false;
    }

    /** The triples of {@code n}, following blank-node objects. */
    private static void bounded(Graph u, Node n, Graph out) {
        Deque<Node> todo = new ArrayDeque<>();
        Set<Node> seen = new HashSet<>();
        todo.add(n);
        while (!todo.isEmpty()) {
            Node s = todo.removeFirst();
            if (!seen.add(s)) {
                continue;
            }
            for (Triple t : list(u, s, Node.ANY, Node.ANY)) {
                out.add(t);
                if (t.getObject().isBlank()) {
                    todo.add(t.getObject());
                }
            }
        }
    }

    private static List<Triple> list(Graph g, Node s, Node p, Node o) {
        Iterator<Triple> it = g.find(s, p, o);
        try {
            return Iter.toList(it);
        } finally {
            Iter.close(it);
        }
    }
}

package org.w3id.newsgraph.store;

import java.util.Comparator;

import org.apache.jena.graph.Node;

/** Orders IRIs by their text, so the summary's maps and writes come in the same order on every run. */
final class NodeOrder {
    static final Comparator<Node> IRI = Comparator.comparing(Node::getURI);

    private NodeOrder() {}
}

package org.w3id.newsgraph.rdf;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** The ITS 2.0 RDF term linking a mention to its entity (Jena has no ITS vocabulary class). */
public final class ItsRdf {
    public static final String NS = "http://www.w3.org/2005/11/its/rdf#";

    public static final Node taIdentRef = NodeFactory.createURI(NS + "taIdentRef");

    private ItsRdf() {}
}

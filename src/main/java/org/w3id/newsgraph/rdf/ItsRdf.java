package org.w3id.newsgraph.rdf;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** The ITS 2.0 RDF terms linking a mention to its entity and its class (Jena has no ITS vocabulary class). */
public final class ItsRdf {
    public static final String NS = "http://www.w3.org/2005/11/its/rdf#";

    public static final Node taIdentRef = NodeFactory.createURI(NS + "taIdentRef");
    /** The class the mention's article gives the entity (the entity itself is typed once, in the summary). */
    public static final Node taClassRef = NodeFactory.createURI(NS + "taClassRef");

    private ItsRdf() {}
}

package org.w3id.newsgraph.rdf;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** The PROV-O terms newsgraph uses (Jena has no PROV vocabulary class). */
public final class Prov {
    public static final String NS = "http://www.w3.org/ns/prov#";

    public static final Node Entity = NodeFactory.createURI(NS + "Entity");
    public static final Node wasDerivedFrom = NodeFactory.createURI(NS + "wasDerivedFrom");

    private Prov() {}
}

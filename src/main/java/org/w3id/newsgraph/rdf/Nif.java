package org.w3id.newsgraph.rdf;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** The NIF 2.0 Core terms newsgraph uses for text spans (Jena has no NIF vocabulary class). */
public final class Nif {
    public static final String NS = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#";

    public static final Node Context = term("Context");
    public static final Node Sentence = term("Sentence");
    public static final Node Phrase = term("Phrase");
    public static final Node String = term("String");
    public static final Node isString = term("isString");
    public static final Node anchorOf = term("anchorOf");
    public static final Node beginIndex = term("beginIndex");
    public static final Node endIndex = term("endIndex");
    public static final Node referenceContext = term("referenceContext");
    public static final Node sentence = term("sentence");
    public static final Node superString = term("superString");

    private Nif() {}

    private static Node term(java.lang.String localName) {
        return NodeFactory.createURI(NS + localName);
    }
}

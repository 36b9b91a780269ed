package org.w3id.newsgraph.rdf;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * The schema.org terms newsgraph uses, in the {@code http://schema.org/} namespace. Jena's own
 * {@code SchemaDO} uses {@code https://schema.org/}, which is not the namespace of the RDF shape contract.
 */
public final class Schema {
    public static final String NS = "http://schema.org/";

    public static final Node Person = term("Person");
    public static final Node Organization = term("Organization");
    public static final Node Corporation = term("Corporation");
    public static final Node GovernmentOrganization = term("GovernmentOrganization");
    public static final Node NewsMediaOrganization = term("NewsMediaOrganization");
    public static final Node Place = term("Place");
    public static final Node Country = term("Country");
    public static final Node City = term("City");
    public static final Node AdministrativeArea = term("AdministrativeArea");
    public static final Node NewsArticle = term("NewsArticle");
    public static final Node Quotation = term("Quotation");
    public static final Node Event = term("Event");
    public static final Node MonetaryAmount = term("MonetaryAmount");
    public static final Node mentions = term("mentions");
    public static final Node participant = term("participant");
    public static final Node location = term("location");
    public static final Node startDate = term("startDate");
    public static final Node datePublished = term("datePublished");
    public static final Node value = term("value");
    public static final Node minValue = term("minValue");
    public static final Node maxValue = term("maxValue");
    public static final Node currency = term("currency");
    public static final Node text = term("text");
    public static final Node name = term("name");
    public static final Node alternateName = term("alternateName");

    private Schema() {}

    private static Node term(String localName) {
        return NodeFactory.createURI(NS + localName);
    }
}

package org.w3id.newsgraph.export;

/**
 * One entity in the visualisation graph.
 *
 * @param iri      the entity IRI (the node id in every format)
 * @param name     its canonical name ({@code rdfs:label})
 * @param type     the local name of its most specific ng: class, e.g. {@code Company}
 * @param mentions how many NIF mentions point to it
 * @param articles how many articles mention it
 * @param wikidata its {@code owl:sameAs} Wikidata IRI, or empty
 */
public record EntityNode(String iri, String name, String type, int mentions, int articles, String wikidata) {
}

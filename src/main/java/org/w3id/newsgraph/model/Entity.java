package org.w3id.newsgraph.model;

import java.util.List;
import java.util.Set;

/**
 * A real-world entity named in one article.
 *
 * @param key      stable, article-independent identifier (slug of the canonical name, or the gazetteer
 *                 id); the RDF mapper turns it into https://w3id.org/newsgraph/id/entity/{key}, so the
 *                 same key in two articles is one node
 * @param name     canonical name (rdfs:label)
 * @param type     most specific known class
 * @param aliases  every other surface form seen (skos:altLabel), never containing {@code name}
 * @param mentions occurrences in the body, in text order
 * @param wikidata Wikidata QID such as "Q183" when the identity is certain (gazetteer), else null
 */
public record Entity(String key, String name, EntityType type, Set<String> aliases, List<Mention> mentions,
        String wikidata) {
    public Entity {
        aliases = Set.copyOf(aliases);
        mentions = List.copyOf(mentions);
    }
}

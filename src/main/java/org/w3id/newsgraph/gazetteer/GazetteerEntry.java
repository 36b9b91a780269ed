package org.w3id.newsgraph.gazetteer;

import java.util.List;

import org.w3id.newsgraph.model.EntityType;

/**
 * One entry of the world-knowledge gazetteer.
 *
 * @param id       stable slug, used as the entity key ("united-kingdom", "huawei")
 * @param name     canonical name ("United Kingdom")
 * @param type     most specific class
 * @param aliases  other names and abbreviations ("UK", "Britain", "U.K.")
 * @param demonyms adjectives and demonyms that stand for the entry ("British"); mostly for countries
 * @param wikidata Wikidata QID when the identity is certain, else null
 * @param country  id of the country the entry belongs to or is based in, else null
 */
public record GazetteerEntry(String id, String name, EntityType type, List<String> aliases, List<String> demonyms,
        String wikidata, String country) {
    public GazetteerEntry {
        aliases = List.copyOf(aliases);
        demonyms = List.copyOf(demonyms);
    }
}

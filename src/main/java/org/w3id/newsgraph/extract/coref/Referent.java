package org.w3id.newsgraph.extract.coref;

import org.w3id.newsgraph.model.Entity;
import org.w3id.newsgraph.model.Span;

/**
 * What a noun phrase in the text refers to: the entity, the channel it spoke through ("spokesperson",
 * "letter", or null), and where the phrase was found.
 */
public record Referent(Entity entity, String via, Span span) {
    public String key() {
        return entity.key();
    }
}

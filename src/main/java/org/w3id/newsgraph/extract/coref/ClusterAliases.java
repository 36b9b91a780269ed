package org.w3id.newsgraph.extract.coref;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.w3id.newsgraph.model.Entity;

/**
 * Merges what coreference learnt into the entities: every short name of a cluster that the entity step did not
 * tag (a surname, a first name, a nickname) becomes an alias of its entity, so one node carries all the names the
 * article used for it; titles stay with the roles, not in the names. Keys, types and mentions stay as the entity
 * step made them.
 */
final class ClusterAliases {
    private ClusterAliases() {}

    static List<Entity> withAliases(List<Entity> entities, Coreference coref, String text) {
        List<Entity> out = new ArrayList<>(entities.size());
        for (Entity e : entities) {
            Set<String> aliases = new LinkedHashSet<>(e.aliases());
            for (Coreference.Mention m : coref.cluster(e.key())) {
                String a = m.span().of(text).replaceAll("\\s+", " ");
                if (m.kind() == Coreference.Kind.SHORT_NAME && !a.equals(e.name())) {
                    aliases.add(a);
                }
            }
            out.add(aliases.size() == e.aliases().size() ? e
                    : new Entity(e.key(), e.name(), e.type(), aliases, e.mentions(), e.wikidata()));
        }
        return List.copyOf(out);
    }
}

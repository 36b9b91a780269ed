package org.w3id.newsgraph.extract.entities;

import java.util.NavigableSet;
import java.util.TreeSet;

import org.w3id.newsgraph.gazetteer.Gazetteer;
import org.w3id.newsgraph.gazetteer.GazetteerEntry;

/**
 * Whether a gazetteer name, alias or demonym can begin with a given token: every n-gram looked up in the gazetteer
 * begins with its first token's text, so where no key begins with it, none of the n-grams from that token (up to
 * a dozen normalised strings and lookups) can match. Also true when a key begins with the token in title case
 * (an upper-case dateline) or without a final "s" ("Americans"), the two other forms the entity step looks up.
 */
final class NameStarts {
    private final NavigableSet<String> keys = new TreeSet<>();

    NameStarts(Gazetteer gazetteer) {
        for (GazetteerEntry e : gazetteer.entries()) {
            keys.add(Gazetteer.normalize(e.name()));
            e.aliases().forEach(a -> keys.add(Gazetteer.normalize(a)));
            e.demonyms().forEach(d -> keys.add(Gazetteer.normalize(d)));
        }
    }

    boolean mayStart(String token) {
        String t = Gazetteer.normalize(token);
        return prefix(t) || prefix(EntityStep.titleCase(t))
                || t.length() > 1 && t.endsWith("s") && prefix(t.substring(0, t.length() - 1));
    }

    private boolean prefix(String p) {
        String k = keys.ceiling(p);
        return k != null && k.startsWith(p);
    }
}

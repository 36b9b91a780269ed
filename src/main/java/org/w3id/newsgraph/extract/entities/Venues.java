package org.w3id.newsgraph.extract.entities;

import java.util.Map;
import java.util.Set;

import org.w3id.newsgraph.extract.text.TokenView;
import org.w3id.newsgraph.model.EntityType;

/**
 * A venue's name ("the National Tennis Centre", "Kansai International Airport") is both a place and the body that
 * runs it; its head word alone does not say which the text means, so the name model's type voted over the
 * article stands where it read the same name with another coarse type. Listed names keep theirs.
 */
final class Venues {
    /** Head words of venues' names. Lower case. */
    private static final Set<String> HEADS = Set.of("centre", "center", "airport", "stadium", "arena", "hall");

    private Venues() {
    }

    /** The candidate, with the model's coarse type where it is a venue the model votes another type for. */
    static EntityStep.Candidate typed(TokenView v, EntityStep.Candidate c, Map<String, double[]> votes) {
        String key = ModelNameJoin.key(v, c.first(), c.last());
        if (!votes.containsKey(key) || c.gazetteerId() != null || c.group() != null || c.first() == c.last()
                || !HEADS.contains(NameLexicon.lower(v.text(c.last())))) {
            return c;
        }
        EntityType t = ModelNameJoin.voted(votes, key, c.type().coarse());
        return t == EntityType.PERSON || t == c.type().coarse() ? c : new EntityStep.Candidate(c.first(), c.last(),
                c.sentence(), c.surface(), t, c.strength(), null, null, false, false);
    }
}

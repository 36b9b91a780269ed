package org.w3id.newsgraph.extract.entities;

import org.w3id.newsgraph.extract.text.TokenView;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.w3id.newsgraph.gazetteer.Gazetteer;
import org.w3id.newsgraph.gazetteer.GazetteerEntry;

/**
 * A listed name matched through an alias with "the" ("the Middle East", "the West"): the article is needed to
 * know the words are a name, but it is no part of the name, so the mention starts after it. Names that begin with
 * "The" themselves ("The Hague") keep it.
 */
final class ListedArticles {
    private ListedArticles() {
    }

    static List<EntityStep.Candidate> trim(TokenView v, Gazetteer gazetteer, List<EntityStep.Candidate> found) {
        List<EntityStep.Candidate> out = new ArrayList<>(found.size());
        for (EntityStep.Candidate c : found) {
            Optional<GazetteerEntry> e = c.gazetteerId() == null || c.first() == c.last() ? Optional.empty()
                    : gazetteer.byId(c.gazetteerId());
            if (e.isPresent() && NameLexicon.lower(v.text(c.first())).equals("the") && !e.get().name().startsWith("The ")) {
                out.add(new EntityStep.Candidate(c.first() + 1, c.last(), c.sentence(), v.written(c.first() + 1, c.last()),
                        c.type(), c.strength(), c.gazetteerId(), c.group(), c.generic(), c.thing()));
            } else {
                out.add(c);
            }
        }
        return out;
    }
}

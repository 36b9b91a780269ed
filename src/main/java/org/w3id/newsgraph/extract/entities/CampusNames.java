package org.w3id.newsgraph.extract.entities;

import java.util.ArrayList;
import java.util.List;

import org.w3id.newsgraph.extract.text.TokenView;

/**
 * A university named after a state, "at" a town, is one campus's name: "the University of California at San Diego"
 * is the campus, not the university system and a city. The two candidates are joined into one organisation.
 */
final class CampusNames {
    private CampusNames() {
    }

    static List<EntityStep.Candidate> join(TokenView v, List<EntityStep.Candidate> found) {
        List<EntityStep.Candidate> out = new ArrayList<>(found.size());
        for (int i = 0; i < found.size(); i++) {
            EntityStep.Candidate c = found.get(i);
            EntityStep.Candidate next = i + 1 < found.size() ? found.get(i + 1) : null;
            if (next != null && university(v, c) && next.first() == c.last() + 2 && "at".equals(v.text(c.last() + 1))
                    && next.type().isPlace() && v.sameSentence(c.first(), next.last())) {
                out.add(new EntityStep.Candidate(c.first(), next.last(), c.sentence(), v.written(c.first(), next.last()),
                        c.type(), c.strength(), null, null, false, false));
                i++;
                continue;
            }
            out.add(c);
        }
        return out;
    }

    /** "University of X": an organisation whose name opens with "University of". */
    private static boolean university(TokenView v, EntityStep.Candidate c) {
        return c.type().isOrganization() && c.last() >= c.first() + 2
                && "university".equals(NameLexicon.lower(v.text(c.first()))) && "of".equals(v.text(c.first() + 1));
    }
}

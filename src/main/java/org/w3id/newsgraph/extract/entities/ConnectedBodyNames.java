package org.w3id.newsgraph.extract.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.w3id.newsgraph.extract.text.TokenView;
import org.w3id.newsgraph.model.EntityType;

/**
 * An organisation's name that goes on over words the name rules stop at, so that it was read as two names: a cause
 * after "for the" ("the Harlow Foundation for the Advancement of Teaching") and a list of capitalised words after
 * "of" ("the Federation of State, County and Municipal Workers"). The first half must end in a body's word
 * (foundation, institute, federation, …) and the second be no listed or typed place, person, company or outlet,
 * so "a grant from the Acme Foundation for the Associated Press" keeps its two names.
 */
final class ConnectedBodyNames {
    private static final Set<String> BODY_HEADS = Set.of("foundation", "institute", "institution", "center",
            "centre", "council", "society", "association", "fund", "federation", "alliance", "coalition", "league",
            "union", "committee", "commission", "academy", "movement", "front", "organization", "organisation");
    private static final int MAX_LIST = 8;

    private final TokenView v;

    ConnectedBodyNames(TokenView v) {
        this.v = v;
    }

    /** The candidates, sorted by first token, with such halves joined. */
    List<EntityStep.Candidate> join(List<EntityStep.Candidate> found) {
        List<EntityStep.Candidate> out = new ArrayList<>(found.size());
        for (int k = 0; k < found.size(); k++) {
            EntityStep.Candidate c = found.get(k);
            EntityStep.Candidate next = k + 1 < found.size() ? found.get(k + 1) : null;
            int end = next == null || !body(c) ? -1 : forThe(c.last(), next) ? next.last() : listEnd(c.last());
            int j = k + 1;
            while (end > 0 && j < found.size() && found.get(j).first() <= end) {
                if (found.get(j).last() > end || !cause(found.get(j))) {
                    end = -1;
                }
                j++;
            }
            if (end < 0 || j == k + 1) {
                out.add(c);
                continue;
            }
            out.add(new EntityStep.Candidate(c.first(), end, c.sentence(), v.written(c.first(), end), c.type(),
                    c.strength(), null, null, false, false));
            k = j - 1;
        }
        return out;
    }

    private boolean body(EntityStep.Candidate c) {
        return c.type().isOrganization() && !c.generic() && c.group() == null
                && BODY_HEADS.contains(NameLexicon.lower(v.text(c.last())));
    }

    /** A name inside the continuation: no listed name, place, company or outlet. */
    private boolean cause(EntityStep.Candidate c) {
        return c.gazetteerId() == null && c.group() == null && !c.type().isPlace()
                && c.type() != EntityType.COMPANY && c.type() != EntityType.MEDIA_ORGANIZATION;
    }

    /** "Foundation for the Advancement of Teaching": the next name right after "for the". */
    private boolean forThe(int last, EntityStep.Candidate next) {
        return next.first() == last + 3 && v.text(last + 1).equals("for") && v.text(last + 2).equals("the")
                && v.sameSentence(last, next.first());
    }

    /**
     * "Federation of State, County and Municipal Employees": "of", then capitalised words with at least one comma
     * between them and "and" before the last ones; the token of the list's last word, or -1.
     */
    private int listEnd(int last) {
        if (!v.text(last + 1).equals("of")) {
            return -1;
        }
        boolean comma = false;
        boolean and = false;
        int end = -1;
        for (int i = last + 2; i < last + 2 + MAX_LIST && v.sameSentence(last, i); i++) {
            String w = v.text(i);
            if (v.isCap(i) && !NameLexicon.isStop(NameLexicon.lower(w))) {
                end = i;
            } else if (w.equals(",") && end == i - 1 && !and) {
                comma = true;
            } else if (w.equals("and") && end == i - 1 && comma) {
                and = true;
            } else {
                break;
            }
        }
        return comma && and && end > 0 && v.isCap(end) && !v.text(end - 1).equals(",") ? end : -1;
    }
}

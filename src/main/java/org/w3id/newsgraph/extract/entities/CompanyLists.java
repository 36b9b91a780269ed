package org.w3id.newsgraph.extract.entities;

import org.w3id.newsgraph.extract.text.TokenView;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Two companies joined by "and" or "&" where the first ends with its legal form ("Halvard Holdings Inc and Brenner
 * Corp."): the company word stretched the rule's name over both, but a legal form ends a name, so they are two.
 * "Johnson & Johnson" or "Procter and Gamble Co" have no legal form before the joiner and stay one name.
 */
final class CompanyLists {
    /** Legal forms that close a company's name. Lower case. */
    private static final Set<String> LEGAL_FORMS = Set.of("inc", "inc.", "corp", "corp.", "ltd", "ltd.", "plc", "llc",
            "co", "co.", "ag", "sa", "nv", "bv", "gmbh");

    private CompanyLists() {
    }

    static List<EntityStep.Candidate> split(TokenView v, List<EntityStep.Candidate> found) {
        List<EntityStep.Candidate> out = new ArrayList<>(found.size());
        for (EntityStep.Candidate c : found) {
            int k = joiner(v, c);
            if (k < 0) {
                out.add(c);
                continue;
            }
            out.add(part(v, c, c.first(), k - 1));
            out.add(part(v, c, k + 1, c.last()));
        }
        return out;
    }

    /** The index of the "and" after a legal form inside the name, before a capitalised word; -1 if none. */
    private static int joiner(TokenView v, EntityStep.Candidate c) {
        if (c.gazetteerId() != null || !c.type().isOrganization()) {
            return -1;
        }
        for (int k = c.first() + 2; k < c.last(); k++) {
            String w = v.text(k);
            String before = v.text(k - 1).equals(".") ? v.text(k - 2) : v.text(k - 1); // "Inc." split from its stop
            if ((w.equals("and") || w.equals("&")) && LEGAL_FORMS.contains(NameLexicon.lower(before)) && v.isCap(k + 1)) {
                return k;
            }
        }
        return -1;
    }

    private static EntityStep.Candidate part(TokenView v, EntityStep.Candidate c, int first, int last) {
        return new EntityStep.Candidate(first, last, c.sentence(), v.written(first, last), c.type(), c.strength(),
                null, null, false, false);
    }
}

package org.w3id.newsgraph.extract.entities;

import org.w3id.newsgraph.extract.text.TokenView;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Two companies joined by "and" or "&" where the first ends with its legal form ("Halvard Holdings Inc and Brenner
 * Corp."): the company word stretched the rule's name over both, but a legal form ends a name, so they are two.
 * "Johnson & Johnson" or "Procter and Gamble Co" have no legal form before the joiner and stay one name. So too an
 * organisation's head word ("University", "Movement") before "and" and a new name after it that opens with "The"
 * or a given name ("Fordham University and Jane Roe", "the Reform Movement and The Nation"): a name of
 * running text does not go on past "and The" or "and Jane".
 */
final class CompanyLists {
    /** Legal forms that close a company's name. Lower case. */
    private static final Set<String> LEGAL_FORMS = Set.of("inc", "inc.", "corp", "corp.", "ltd", "ltd.", "plc", "llc",
            "co", "co.", "ag", "sa", "nv", "bv", "gmbh");

    private CompanyLists() {
    }

    static List<EntityStep.Candidate> split(TokenView v, NameLexicon lexicon, List<EntityStep.Candidate> found) {
        List<EntityStep.Candidate> out = new ArrayList<>(found.size());
        for (EntityStep.Candidate c : found) {
            int k = joiner(v, c);
            boolean newName = k < 0 && (k = headJoiner(v, lexicon, c)) >= 0;
            if (k < 0) {
                out.add(c);
                continue;
            }
            out.add(part(v, c, c.first(), k - 1, c.type()));
            boolean person = newName && lexicon.isGivenName(v.text(k + 1)) && c.last() - k <= 3;
            out.add(part(v, c, k + 1, c.last(), person ? org.w3id.newsgraph.model.EntityType.PERSON : c.type()));
        }
        return out;
    }

    /** The index of an "and" after an organisation's head word and before "The" or a given name; -1 if none. */
    private static int headJoiner(TokenView v, NameLexicon lexicon, EntityStep.Candidate c) {
        if (c.gazetteerId() != null || !c.type().isOrganization()) {
            return -1;
        }
        for (int k = c.first() + 1; k < c.last() - 1; k++) {
            String before = NameLexicon.lower(v.text(k - 1));
            String after = v.text(k + 1);
            if (v.text(k).equals("and") && (NameLexicon.ORG_KEYWORDS.contains(before) || before.equals("movement"))
                    && v.isCap(k + 2) && (after.equals("The") || lexicon.isGivenName(after))) {
                return k;
            }
        }
        return -1;
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

    private static EntityStep.Candidate part(TokenView v, EntityStep.Candidate c, int first, int last,
            org.w3id.newsgraph.model.EntityType type) {
        return new EntityStep.Candidate(first, last, c.sentence(), v.written(first, last), type, c.strength(),
                null, null, false, false);
    }
}

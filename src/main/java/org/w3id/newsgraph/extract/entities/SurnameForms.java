package org.w3id.newsgraph.extract.entities;

import org.w3id.newsgraph.extract.text.TokenView;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.w3id.newsgraph.gazetteer.Gazetteer;
import org.w3id.newsgraph.model.EntityType;

/**
 * A person's surname used on its own as a modifier or a plural: "the Roe administration", "Roe aides" read by the
 * model as an organisation is the person; "the Roes" is a family, neither a person nor an organisation. Only for
 * surnames of people the article names in full, and never for a listed name or one with an organisation word,
 * except a demonym: after "Mark Cuban", "Cuban told reporters" is the person, not Cuba (the demonym alone is no
 * name of the country, so the article's person is the likelier reading).
 */
final class SurnameForms {
    private final TokenView v;
    private final Gazetteer gazetteer;

    SurnameForms(TokenView v, Gazetteer gazetteer) {
        this.v = v;
        this.gazetteer = gazetteer;
    }

    /**
     * "the Obama administration", "the Roe presidency": an unlisted one-word name right before a word for a head's
     * term of office is the head, a person, even where the article never names them in full. The administration
     * itself is the country's government of those years, which the graph does not model as an entity of its own;
     * the ontology has no class for a term of office, so the name is kept as the person it names.
     */
    private boolean namesAGovernment(EntityStep.Candidate c) {
        return c.first() == c.last() && c.gazetteerId() == null && c.group() == null && c.strength() < 3
                && c.type().coarse() == EntityType.ORGANIZATION && v.isCap(c.first()) && !v.isAllCaps(c.first())
                && TERMS.contains(v.text(c.last() + 1)) && v.sameSentence(c.last(), c.last() + 1)
                && !NameLexicon.ORG_KEYWORDS.contains(NameLexicon.lower(v.text(c.first())));
    }

    /** Words for a head's term of office, after the head's name; lower case, as written. */
    private static final Set<String> TERMS = Set.of("administration", "administration's", "presidency");

    List<EntityStep.Candidate> fix(List<EntityStep.Candidate> found) {
        Set<String> surnames = new HashSet<>();
        for (EntityStep.Candidate c : found) {
            if (c.type() == EntityType.PERSON && c.last() > c.first()) {
                surnames.add(v.text(c.last()));
            }
        }
        List<EntityStep.Candidate> out = new ArrayList<>(found.size());
        for (EntityStep.Candidate c : found) {
            if (namesAGovernment(c)) {
                out.add(new EntityStep.Candidate(c.first(), c.last(), c.sentence(), c.surface(), EntityType.PERSON,
                        c.strength(), null, null, false, false));
                continue;
            }
            if (surnames.isEmpty()) {
                out.add(c);
                continue;
            }
            if (c.first() == c.last() && c.gazetteerId() != null && surnames.contains(v.text(c.first()))
                    && gazetteer.byName(v.text(c.first())).isEmpty() && gazetteer.byDemonym(v.text(c.first())).isPresent()) {
                out.add(new EntityStep.Candidate(c.first(), c.last(), c.sentence(), c.surface(), EntityType.PERSON,
                        c.strength(), null, null, false, false));
                continue;
            }
            if (c.first() != c.last() || c.gazetteerId() != null || c.group() != null || c.strength() >= 3
                    || c.type() == EntityType.PERSON) {
                out.add(c);
                continue;
            }
            String w = v.text(c.first());
            if (w.length() > 3 && w.endsWith("s") && surnames.contains(w.substring(0, w.length() - 1))) {
                continue; // "the Clintons"-style family
            }
            if (c.type().coarse() == EntityType.ORGANIZATION && surnames.contains(w)) {
                out.add(new EntityStep.Candidate(c.first(), c.last(), c.sentence(), c.surface(), EntityType.PERSON,
                        c.strength(), null, null, false, false));
                continue;
            }
            out.add(c);
        }
        return out;
    }
}

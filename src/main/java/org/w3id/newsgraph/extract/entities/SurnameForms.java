package org.w3id.newsgraph.extract.entities;

import org.w3id.newsgraph.extract.text.TokenView;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.w3id.newsgraph.model.EntityType;

/**
 * A person's surname used on its own as a modifier or a plural: "the Roe administration", "Roe aides" read by the
 * model as an organisation is the person; "the Roes" is a family, neither a person nor an organisation. Only for
 * surnames of people the article names in full, and never for a listed name or one with an organisation word.
 */
final class SurnameForms {
    private final TokenView v;

    SurnameForms(TokenView v) {
        this.v = v;
    }

    List<EntityStep.Candidate> fix(List<EntityStep.Candidate> found) {
        Set<String> surnames = new HashSet<>();
        for (EntityStep.Candidate c : found) {
            if (c.type() == EntityType.PERSON && c.last() > c.first()) {
                surnames.add(v.text(c.last()));
            }
        }
        if (surnames.isEmpty()) {
            return found;
        }
        List<EntityStep.Candidate> out = new ArrayList<>(found.size());
        for (EntityStep.Candidate c : found) {
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

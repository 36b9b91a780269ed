package org.w3id.newsgraph.extract.entities;

import java.util.List;
import java.util.Set;

import org.w3id.newsgraph.extract.text.TokenView;

/**
 * Where the model's name is longer than the rules' names inside it, the model's boundaries stand: a listed place or
 * a person's given name is often the first word of a longer name ("Real Madrid", "Chad Ogea", "New York Yankees",
 * "Kurdistan Democratic Party", "Queen of South"), which the gazetteer or a cue would otherwise cut out and type on
 * its own.
 */
final class ModelSpans {
    private ModelSpans() {
    }

    /**
     * If the model's name [first, last] strictly holds at least one rule candidate and crosses none, those
     * candidates are added to {@code absorbed} and a candidate is returned that carries the type to give the
     * model's name: a strong cue's type when its cue ends the name too ("Kurdistan Democratic Party"), otherwise
     * null (the model's vote decides). Returns null when the model's name does not stand.
     */
    static EntityStep.Candidate wider(TokenView v, int first, int last, List<EntityStep.Candidate> rules,
            Set<EntityStep.Candidate> absorbed) {
        if (!v.isCap(first) || !v.isCap(last) && !v.text(last).equals(")") || !v.sameSentence(first, last)) {
            return null; // "Federal Ministry of the": no name ends on a small word
        }
        List<EntityStep.Candidate> inside = new java.util.ArrayList<>();
        for (EntityStep.Candidate c : rules) {
            if (c.last() < first || c.first() > last) {
                continue;
            }
            if (c.first() < first || c.last() > last || c.thing() || c.first() == first && c.last() == last) {
                return null; // crosses the model's name, or is the same name: the join's other paths decide
            }
            inside.add(c);
        }
        if (inside.isEmpty() || countryAcronymFirst(v, inside.get(0), first) || coordinated(v, inside)
                || titled(v, inside, first)) {
            return null;
        }
        absorbed.addAll(inside);
        EntityStep.Candidate head = inside.get(inside.size() - 1);
        boolean cueTypes = head.last() == last && head.gazetteerId() == null && head.strength() >= 3;
        return new EntityStep.Candidate(first, last, head.sentence(), head.surface(), cueTypes ? head.type() : null,
                head.strength(), null, null, false, false);
    }

    /** "US Cybersecurity Agency": a country's short form before a name qualifies it, it is no part of it. */
    private static boolean countryAcronymFirst(TokenView v, EntityStep.Candidate c, int first) {
        return c.first() == first && c.type() == org.w3id.newsgraph.model.EntityType.COUNTRY && v.isAllCaps(first);
    }

    /** "Labour MP Dora Quint": a post inside the model's name before a rule's name parts a body from a person. */
    private static boolean titled(TokenView v, List<EntityStep.Candidate> inside, int first) {
        for (EntityStep.Candidate c : inside) {
            if (c.first() > first && NameLexicon.isTitle(v.text(c.first() - 1))) {
                return true;
            }
        }
        return false;
    }

    /** Two names joined by "and", "or", "&" or a comma are two names ("Naura Technology and Piotech"). */
    private static boolean coordinated(TokenView v, List<EntityStep.Candidate> inside) {
        for (int i = 0; i + 1 < inside.size(); i++) {
            int gap = inside.get(i + 1).first() - inside.get(i).last();
            String between = gap == 2 ? v.text(inside.get(i).last() + 1) : "";
            if (Set.of("and", "or", "&", ",").contains(between)) {
                return true;
            }
        }
        return false;
    }
}

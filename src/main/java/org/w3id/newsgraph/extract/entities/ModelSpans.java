package org.w3id.newsgraph.extract.entities;

import java.util.List;
import java.util.Set;

import org.w3id.newsgraph.extract.text.TokenView;
import org.w3id.newsgraph.model.EntityType;

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
    static EntityStep.Candidate wider(TokenView v, int first, int last, EntityType type,
            List<EntityStep.Candidate> rules, Set<EntityStep.Candidate> absorbed) {
        boolean organisation = type.isOrganization();
        if (!v.isCap(first) || !v.isCap(last) && !v.text(last).equals(")") && !hyphenTail(v, last, type)
                || !v.sameSentence(first, last)) {
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
        if (inside.isEmpty() || countryAcronymFirst(v, inside.get(0), first) || coordinated(v, inside, organisation)
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
        return c.first() == first && c.type() == EntityType.COUNTRY && v.isAllCaps(first);
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

    /**
     * Two names joined by "and", "or", "&" or a comma are two names ("Naura Technology and Piotech"), unless the
     * model reads one organisation and the part before "and" is no name on its own: "the Organisation for Security
     * and Cooperation in Europe", "the Test and County Cricket Board".
     */
    private static boolean coordinated(TokenView v, List<EntityStep.Candidate> inside, boolean organisation) {
        for (int i = 0; i + 1 < inside.size(); i++) {
            int gap = inside.get(i + 1).first() - inside.get(i).last();
            String between = gap == 2 ? v.text(inside.get(i).last() + 1) : "";
            if (Set.of("and", "or", "&", ",").contains(between)
                    && !(organisation && between.equals("and") && !standsAlone(v, inside.get(i)))) {
                return true;
            }
        }
        return false;
    }

    /** A listed name, a person of two words or more with a cue, or a name ending in an organisation's head word. */
    private static boolean standsAlone(TokenView v, EntityStep.Candidate c) {
        String head = NameLexicon.lower(v.text(c.last()));
        return c.gazetteerId() != null || c.type().coarse() == EntityType.PERSON && c.last() > c.first() && c.strength() >= 2
                || NameLexicon.ORG_KEYWORDS.contains(head) || NameCues.COMPANY_HEADS.contains(head);
    }

    /**
     * "Li Song-ho": in a person's name a small word hyphened to a capitalised one ends the name with it (other
     * names end before "-based", "-born", "-sponsored").
     */
    static boolean hyphenTail(TokenView v, int last, EntityType type) {
        if (type != EntityType.PERSON) {
            return false;
        }
        int k = last;
        while (k > 0 && v.glued(k - 1, k) && !v.isCap(k)) {
            k--;
        }
        return k < last && v.isCap(k) && v.text(k + 1).startsWith("-");
    }
}

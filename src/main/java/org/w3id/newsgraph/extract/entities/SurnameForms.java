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
    private final NameLexicon lexicon;

    SurnameForms(TokenView v, Gazetteer gazetteer, NameLexicon lexicon) {
        this.v = v;
        this.gazetteer = gazetteer;
        this.lexicon = lexicon;
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

    /**
     * "Washington said" after "tennis player Marcus Washington": a listed place written alone, in mixed case,
     * whose word is the surname of a person the article names in full with a given name (listed, or a word that is
     * nobody's surname there; not "Sanders Iowa", two names run together), is the person; the gazetteer only knows
     * the word is also a place. A place preposition before it ("in Washington") or a comma and a capitalised word
     * after it ("Washington, D.C.") keeps the place.
     */
    private boolean placeAsSurname(EntityStep.Candidate c, Set<String> surnames) {
        int k = c.first();
        if (c.last() != k || c.gazetteerId() == null || c.group() != null || !c.type().isPlace()
                || !surnames.contains(v.text(k)) || v.isAllCaps(k)) {
            return false;
        }
        boolean prepositionBefore = k > 0 && v.sameSentence(k - 1, k)
                && PLACE_PREPOSITIONS.contains(NameLexicon.lower(v.text(k - 1)));
        boolean placeAfter = k + 2 < v.size() && ",".equals(v.text(k + 1)) && v.sameSentence(k, k + 2) && v.isCap(k + 2);
        boolean placeWordAfter = k + 1 < v.size() && v.sameSentence(k, k + 1)
                && PLACE_WORDS.contains(NameLexicon.lower(v.text(k + 1)));
        return !prepositionBefore && !placeAfter && !placeWordAfter;
    }

    /** Words before a place that read the name as the place ("in", "from"). */
    private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "at", "from", "to", "near", "into", "outside",
            "across", "toward", "towards", "via", "through", "throughout", "around", "of");

    /** Words after a place name that name the place ("Washington state", "Jordan Valley" is one name). */
    private static final Set<String> PLACE_WORDS = Set.of("state", "state's", "city", "county", "area", "region");

    /** Words for a head's term of office, after the head's name; lower case, as written. */
    private static final Set<String> TERMS = Set.of("administration", "administration's", "presidency");

    List<EntityStep.Candidate> fix(List<EntityStep.Candidate> found) {
        Set<String> surnames = new HashSet<>();
        for (EntityStep.Candidate c : found) {
            if (c.type() == EntityType.PERSON && c.last() > c.first()) {
                surnames.add(v.text(c.last()));
            }
        }
        Set<String> givenNamed = new HashSet<>();
        for (EntityStep.Candidate c : found) {
            String first = v.text(c.first());
            // a listed given name, or an unlisted first word that is nobody's surname here ("MaliVai"), not two
            // names run together ("Sanders Iowa")
            if (c.type() == EntityType.PERSON && c.last() > c.first() && (lexicon.isGivenName(first)
                    || !surnames.contains(first) && gazetteer.byName(first).isEmpty() && !v.isAllCaps(c.first()))) {
                givenNamed.add(v.text(c.last()));
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
            if (placeAsSurname(c, givenNamed)) {
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

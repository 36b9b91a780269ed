package org.w3id.newsgraph.extract.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.w3id.newsgraph.extract.text.TokenView;
import org.w3id.newsgraph.model.EntityType;

/**
 * Coarse types that a name's own words decide over the model's guess. A venue, street or resort ("Harlow Arena",
 * "Quent Avenue", "Pine Lake Resort") is a place: the ontology has no facility type; so is a name read as a person
 * that ends in "City" ("Morgan City": a given name before "City" names a town). A given name and a surname
 * with no organisation word ("Dana Whitfield"), read as an organisation without a strong cue, is a person.
 * Unlisted names only.
 */
final class HeadWordTypes {
    private static final Set<String> VENUE_HEADS = Set.of("arena", "stadium", "avenue", "street", "boulevard",
            "road", "resort", "square", "plaza", "coliseum", "ballpark", "speedway", "parkway", "highway",
            "airport", "bridge", "pavilion", "fairgrounds");
    /** "Center" names a venue only after one of these ("Civic Center"); "Research Center" is a body. */
    private static final Set<String> VENUE_CENTERS = Set.of("convention", "events", "civic", "conference",
            "exhibition", "sports", "aquatic", "aquatics", "expo", "trade");

    private final TokenView v;
    private final NameLexicon lexicon;

    HeadWordTypes(TokenView v, NameLexicon lexicon) {
        this.v = v;
        this.lexicon = lexicon;
    }

    List<EntityStep.Candidate> fix(List<EntityStep.Candidate> found) {
        List<EntityStep.Candidate> out = new ArrayList<>(found.size());
        for (EntityStep.Candidate c : found) {
            EntityType t = c.gazetteerId() != null || c.group() != null || c.thing() ? c.type() : typed(c);
            out.add(t == c.type() ? c : new EntityStep.Candidate(c.first(), c.last(), c.sentence(), c.surface(), t,
                    c.strength(), null, null, c.generic(), false));
        }
        return out;
    }

    private EntityType typed(EntityStep.Candidate c) {
        if (c.last() == c.first() || !v.isCap(c.last())) {
            return c.type();
        }
        String head = NameLexicon.lower(v.text(c.last()));
        boolean venue = VENUE_HEADS.contains(head)
                || (head.equals("center") || head.equals("centre")) && VENUE_CENTERS.contains(NameLexicon.lower(v.text(c.last() - 1)));
        if (venue && !c.type().isPlace() && !(c.type().isPerson() && lexicon.isGivenName(v.text(c.first())))) {
            return EntityType.PLACE;
        }
        if (c.type().isPerson() && head.equals("city")) {
            return EntityType.PLACE; // "Morgan City": a given name before "City" names a town, never a person
        }
        if (c.type().isOrganization() && c.strength() < 3 && c.last() - c.first() == 1 && personLike(c)) {
            return EntityType.PERSON;
        }
        return c.type();
    }

    /** "Dana Whitfield": a given name, then a capitalised surname that is no organisation or common word. */
    private boolean personLike(EntityStep.Candidate c) {
        String given = v.text(c.first());
        String surname = v.text(c.last());
        return lexicon.isGivenName(given) && !lexicon.isCommonWord(NameLexicon.lower(given)) && v.isCap(c.last())
                && !v.isAllCaps(c.last()) && !lexicon.isCommonWord(NameLexicon.lower(surname))
                && !NameLexicon.ORG_KEYWORDS.contains(NameLexicon.lower(surname))
                && !NameLexicon.COMPANY_KEYWORDS.contains(NameLexicon.lower(surname))
                && !NameLexicon.MEDIA_KEYWORDS.contains(NameLexicon.lower(surname));
    }
}

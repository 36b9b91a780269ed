package org.w3id.newsgraph.extract.entities;

import java.util.List;

import org.w3id.newsgraph.extract.text.TokenView;
import org.w3id.newsgraph.gazetteer.Gazetteer;
import org.w3id.newsgraph.model.EntityType;

/** Retypes weakly typed names from their neighbours: listed with a person, a person; beside or listed with a place, a place. */
final class NeighbourTypes {
    private final Gazetteer gazetteer;

    NeighbourTypes(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /**
     * "John Doe and Jane Roe", "A, B and C": a weakly typed full name listed with a person is a person.
     */
    static void coordinatePersons(TokenView v, List<EntityStep.Candidate> found) {
        for (int round = 0; round < 2; round++) {
            for (int i = 0; i + 1 < found.size(); i++) {
                EntityStep.Candidate a = found.get(i);
                EntityStep.Candidate b = found.get(i + 1);
                String between = b.first() == a.last() + 2 ? v.text(a.last() + 1) : "";
                if (!between.equals("and") && !between.equals(",") || !v.sameSentence(a.last(), b.first())) {
                    continue;
                }
                if (personLike(a) && b.type() != EntityType.PERSON && weakFullName(b)) {
                    found.set(i + 1, retype(b));
                } else if (personLike(b) && a.type() != EntityType.PERSON && weakFullName(a)) {
                    found.set(i, retype(a));
                }
            }
        }
    }

    /**
     * Weakly typed names beside a place are places: "Lansing, Michigan" (a single name right after a place and a
     * comma), "Bramhall, Greater Manchester" (a single name right before a comma and a listed region or country),
     * and names listed with a place ("in Yorkshire, the North East and the Midlands").
     */
    void placeAfterPlace(TokenView v, List<EntityStep.Candidate> found) {
        for (int i = 0; i + 1 < found.size(); i++) {
            EntityStep.Candidate a = found.get(i);
            EntityStep.Candidate b = found.get(i + 1);
            if (!v.sameSentence(a.last(), b.first())) {
                continue;
            }
            boolean comma = b.first() == a.last() + 2 && v.text(a.last() + 1).equals(",");
            if (a.type().isPlace() && comma && weak(b) && b.first() == b.last()) {
                found.set(i + 1, asPlace(b));
            } else if (comma && weak(a) && a.first() == a.last() && b.gazetteerId() != null
                    && (b.type() == EntityType.REGION || b.type() == EntityType.COUNTRY)) {
                found.set(i, asPlace(a));
            } else if (listed(v, a, b)) {
                if (namedPlace(a) && weakOrThe(v, b)) {
                    found.set(i + 1, asPlace(b));
                } else if (namedPlace(b) && weakOrThe(v, a)) {
                    found.set(i, asPlace(a));
                }
            }
        }
    }

    /** A listed place named by its name, not by an adjective ("the German logistics company DHL"). */
    private boolean namedPlace(EntityStep.Candidate c) {
        return c.type().isPlace() && (c.gazetteerId() == null || gazetteer.byName(c.surface()).isPresent());
    }

    /** Weak, or typed only by the article before it ("the Midlands"). */
    private static boolean weakOrThe(TokenView v, EntityStep.Candidate c) {
        return weak(c) || c.gazetteerId() == null && c.group() == null && c.strength() == 2 && !c.type().isPlace()
                && v.text(c.first() - 1).equals("the") && c.type() == EntityType.ORGANIZATION;
    }

    /** "A, B", "A and B", "A, the B", "A and the B", "A or B". */
    private static boolean listed(TokenView v, EntityStep.Candidate a, EntityStep.Candidate b) {
        int k = a.last() + 1;
        String w = v.text(k);
        if (!w.equals(",") && !w.equals("and") && !w.equals("or")) {
            return false;
        }
        if (v.text(k + 1).equals("the")) {
            k++;
        }
        return b.first() == k + 1;
    }

    private static boolean weak(EntityStep.Candidate c) {
        return c.gazetteerId() == null && c.group() == null && c.strength() <= 1 && !c.type().isPlace();
    }

    private static EntityStep.Candidate asPlace(EntityStep.Candidate c) {
        return new EntityStep.Candidate(c.first(), c.last(), c.sentence(), c.surface(), EntityType.PLACE, 2, null, null, false,
                false);
    }

    private static boolean personLike(EntityStep.Candidate c) {
        return c.type() == EntityType.PERSON && c.strength() >= 2 && c.gazetteerId() == null;
    }

    private static boolean weakFullName(EntityStep.Candidate c) {
        return c.gazetteerId() == null && c.group() == null && c.strength() <= 1 && c.surface().split(" ").length >= 2;
    }

    private static EntityStep.Candidate retype(EntityStep.Candidate c) {
        return new EntityStep.Candidate(c.first(), c.last(), c.sentence(), c.surface(), EntityType.PERSON, 2, null, null, false, false);
    }
}

package org.w3id.newsgraph.extract.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.w3id.newsgraph.extract.text.TokenView;
import org.w3id.newsgraph.model.EntityType;

/**
 * One name read where the text names two. A body and its part joined by a possessive ("the Foreign Ministry's
 * Southeast Asian Department", "Harlow University's Center for Coastal Studies") are two organisations, the part
 * and its owner, when both hold an organisation word, the owner at its end: a firm named with a possessive ("Quent's Bakery Co.") has
 * no organisation word before it. A body right before a person's given name and surname with no title between
 * ("Supreme Soviet Council Ivan Dorn", "Pacific Fleet Igor Lanin") is the body and the person: the title the text leaves
 * out is the post, and the person is no part of the body's name.
 */
final class BodyNameSplits {
    /** Armed bodies' words the organisation keywords lack: "Pacific Fleet", "Marine Corps", "Coast Guard". */
    private static final Set<String> MILITARY = Set.of("fleet", "corps", "guard", "command");

    private final TokenView v;
    private final NameLexicon lexicon;

    BodyNameSplits(TokenView v, NameLexicon lexicon) {
        this.v = v;
        this.lexicon = lexicon;
    }

    /** The candidates, sorted by first token, with such names split in two. */
    List<EntityStep.Candidate> split(List<EntityStep.Candidate> found) {
        List<EntityStep.Candidate> out = new ArrayList<>(found.size());
        for (EntityStep.Candidate c : found) {
            if (!c.type().isOrganization() || c.gazetteerId() != null || c.group() != null || c.generic()) {
                out.add(c);
                continue;
            }
            int owner = possessive(c);
            int person = owner < 0 ? person(c) : -1;
            if (owner > 0) {
                out.add(part(c, c.first(), owner - 1, c.type()));
                out.add(part(c, owner + 1, c.last(), c.type()));
            } else if (person > 0) {
                out.add(part(c, c.first(), person - 1, c.type()));
                out.add(part(c, person, c.last(), EntityType.PERSON));
            } else {
                out.add(c);
            }
        }
        return out;
    }

    private EntityStep.Candidate part(EntityStep.Candidate c, int first, int last, EntityType type) {
        return new EntityStep.Candidate(first, last, c.sentence(), v.written(first, last), type, c.strength(), null,
                null, false, false);
    }

    /** The possessive token between two organisation names, or -1. */
    private int possessive(EntityStep.Candidate c) {
        for (int i = c.first() + 1; i < c.last(); i++) {
            if (v.isPossessive(i) && orgWord(i - 1) && v.isCap(i + 1) && holdsOrgWord(i + 1, c.last())) {
                return i;
            }
        }
        return -1;
    }

    /** "Center for Coastal Studies": an organisation word anywhere in the part. */
    private boolean holdsOrgWord(int first, int last) {
        for (int i = first; i <= last; i++) {
            if (orgWord(i)) {
                return true;
            }
        }
        return false;
    }

    /** The token of a given name that, with one surname after it, ends the name after an organisation word; or -1. */
    private int person(EntityStep.Candidate c) {
        int given = c.last() - 1;
        if (given <= c.first() || !orgWord(given - 1) || !lexicon.isGivenName(v.text(given))
                || lexicon.isCommonWord(NameLexicon.lower(v.text(given))) || !v.isCap(c.last())
                || orgWord(c.last())) {
            return -1;
        }
        return given;
    }

    private boolean orgWord(int i) {
        String w = NameLexicon.lower(v.text(i));
        return v.isCap(i) && (NameLexicon.ORG_KEYWORDS.contains(w) || MILITARY.contains(w));
    }
}

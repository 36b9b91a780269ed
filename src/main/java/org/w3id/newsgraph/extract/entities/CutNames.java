package org.w3id.newsgraph.extract.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.w3id.newsgraph.extract.text.TokenView;
import org.w3id.newsgraph.gazetteer.Gazetteer;
import org.w3id.newsgraph.model.EntityType;

/**
 * Names cut in two that are one: a campaign named "Quent for Harlow", a firm named "X &amp; Y" ("Harlow &amp; Quent" read as "&amp; Quent" or as two
 * names), and a state's or province's own department ("Ohio Department of State" is Ohio's, not the federal
 * "Department of State" with Ohio before it). A country before a department keeps the listed national body.
 */
final class CutNames {
    private static final Set<String> DEPARTMENT_HEADS = Set.of("department", "ministry", "office", "bureau",
            "division", "board", "secretary");

    private final TokenView v;
    private final Gazetteer gazetteer;

    CutNames(TokenView v, Gazetteer gazetteer) {
        this.v = v;
        this.gazetteer = gazetteer;
    }

    /** The candidates, sorted by first token, with cut names joined. */
    List<EntityStep.Candidate> join(List<EntityStep.Candidate> found) {
        List<EntityStep.Candidate> out = new ArrayList<>(found.size());
        for (EntityStep.Candidate c : found) {
            EntityStep.Candidate prev = out.isEmpty() ? null : out.get(out.size() - 1);
            EntityStep.Candidate firm = firm(prev, c);
            if (firm != null) {
                if (prev != null && prev.last() >= firm.first()) {
                    out.remove(out.size() - 1);
                }
                out.add(firm);
                continue;
            }
            if (prev != null && forPlace(prev, c)) {
                out.remove(out.size() - 1);
                out.add(new EntityStep.Candidate(prev.first(), c.last(), prev.sentence(),
                        v.written(prev.first(), c.last()), EntityType.ORGANIZATION, 2, null, null, false, false));
                continue;
            }
            if (prev != null && statesOwn(prev, c)) {
                out.remove(out.size() - 1);
                out.add(new EntityStep.Candidate(prev.first(), c.last(), c.sentence(), v.written(prev.first(), c.last()),
                        EntityType.GOVERNMENT_BODY, Math.max(prev.strength(), c.strength()), null, null, false, false));
                continue;
            }
            out.add(c);
        }
        return out;
    }

    /** "X &amp; Y": the whole firm, from the capitalised words before the ampersand; null when c is no such half. */
    private EntityStep.Candidate firm(EntityStep.Candidate prev, EntityStep.Candidate c) {
        if (c.gazetteerId() != null) {
            return null;
        }
        int amp = v.text(c.first()).equals("&") ? c.first() : v.text(c.first() - 1).equals("&") ? c.first() - 1 : -1;
        if (amp < 1 || amp == c.last() || !v.sameSentence(amp - 1, amp) || !v.isCap(amp + 1)) {
            return null;
        }
        int first;
        if (prev != null && prev.last() == amp - 1) {
            if (prev.gazetteerId() != null) {
                return null;
            }
            first = prev.first();
        } else {
            first = amp;
            while (first > 0 && amp - first < 3 && v.sameSentence(first - 1, amp) && v.isCap(first - 1)
                    && !NameLexicon.isStop(v.text(first - 1))) {
                first--;
            }
            if (first == amp) {
                return null;
            }
        }
        return new EntityStep.Candidate(first, c.last(), c.sentence(), v.written(first, c.last()), EntityType.COMPANY,
                Math.max(2, c.strength()), null, null, false, false);
    }

    /**
     * "Quent for Harlow": a name, "for" and a place, not after a verb ("thanked Quent for Harlow's help" is no
     * name), is a campaign or advocacy organisation's name, not the person and the place; but a legislature for a
     * place names a seat ("a member of Parliament for Harlow").
     */
    private boolean forPlace(EntityStep.Candidate name, EntityStep.Candidate place) {
        String before = v.pos(name.first() - 1);
        return name.last() + 2 == place.first() && v.text(name.last() + 1).equals("for") && place.type().isPlace()
                && name.gazetteerId() == null && !name.type().isPlace() && name.type() != EntityType.GOVERNMENT_BODY
                && !NameCues.LEGISLATURES.contains(NameLexicon.lower(v.text(name.last()))) && !before.equals("VERB")
                && !before.equals("AUX") && v.sameSentence(name.first(), place.last()) && !v.isPossessive(place.last() + 1)
                && !v.isCap(place.last() + 1);
    }

    /**
     * A state, province or city right before its department: "Ohio" + "Department of State" (the model may read
     * the state as an organisation there, so a listed place counts by its listed type).
     */
    private boolean statesOwn(EntityStep.Candidate place, EntityStep.Candidate body) {
        EntityType listed = gazetteer.byName(place.surface()).map(e -> e.type()).orElse(place.type());
        return place.last() + 1 == body.first() && listed.isPlace() && listed != EntityType.COUNTRY
                && body.type().isOrganization() && DEPARTMENT_HEADS.contains(NameLexicon.lower(v.text(body.first())))
                && !place.generic() && v.sameSentence(place.first(), body.first());
    }
}

package org.w3id.newsgraph.extract.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.w3id.newsgraph.extract.text.TokenView;
import org.w3id.newsgraph.model.EntityType;

/**
 * Numbered courts, districts and military units: "the 5th U.S. Circuit Court of Appeals", "the 7th Fleet", "the
 * 82nd Airborne Division". The ordinal is part of the name (the fifth circuit's court is not the federal appeals
 * courts as a whole), but the name rules start at the first capitalised word, so the ordinal is dropped, and a
 * unit of capitalised words with no organisation keyword ("Airborne Division") is not found at all. Only names
 * that hold a word of such a numbered body are read so, so "the 3rd Harlow Marathon" or "its 2nd Acme plant" are
 * left alone.
 */
final class OrdinalBodyNames {
    private static final Pattern ORDINAL = Pattern.compile("[1-9][0-9]{0,2}+(?:st|nd|rd|th)");
    /** Words of bodies that are numbered: courts' circuits and districts, armed units. */
    private static final Set<String> NUMBERED = Set.of("circuit", "district", "fleet", "army", "division", "corps",
            "brigade", "regiment", "battalion", "airborne", "infantry", "cavalry", "squadron", "armored",
            "armoured", "marines", "precinct");
    /** A numbered district or precinct alone is an area ("the 5th District"), not a body. */
    private static final Set<String> PLACES = Set.of("district", "precinct");
    private static final int MAX_WORDS = 6;

    private final TokenView v;

    OrdinalBodyNames(TokenView v) {
        this.v = v;
    }

    /** The candidates, sorted by first token, with numbered bodies' ordinals joined or their names added. */
    List<EntityStep.Candidate> join(List<EntityStep.Candidate> found) {
        List<EntityStep.Candidate> out = new ArrayList<>(found.size());
        int k = 0;
        for (int i = 0; i + 1 < v.size(); i++) {
            while (k < found.size() && found.get(k).first() <= i) {
                out.add(found.get(k++));
            }
            if (!ORDINAL.matcher(v.text(i)).matches() || !v.sameSentence(i, i + 1) || !v.isCap(i + 1)
                    || !out.isEmpty() && out.get(out.size() - 1).last() >= i) {
                continue;
            }
            EntityStep.Candidate next = k < found.size() ? found.get(k) : null;
            if (next != null && next.first() == i + 1) {
                if (next.type().isOrganization() && numbered(next.first(), next.last())) {
                    out.add(new EntityStep.Candidate(i, next.last(), next.sentence(), v.written(i, next.last()),
                            next.type(), next.strength(), null, null, false, false));
                    k++;
                }
                continue;
            }
            int end = unitEnd(i + 1, next == null ? Integer.MAX_VALUE : next.first());
            if (end > 0) {
                out.add(new EntityStep.Candidate(i, end, v.token(i).sentence(), v.written(i, end),
                        EntityType.GOVERNMENT_BODY, 2, null, null, false, false));
            }
        }
        while (k < found.size()) {
            out.add(found.get(k++));
        }
        return out;
    }

    private boolean numbered(int first, int last) {
        for (int i = first; i <= last; i++) {
            if (NUMBERED.contains(NameLexicon.lower(v.text(i)))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "82nd Airborne Division": capitalised words from {@code first}, before the next name, the last a numbered
     * body's word; its last token, or -1.
     */
    private int unitEnd(int first, int nextName) {
        int end = -1;
        for (int i = first; i < first + MAX_WORDS && i < nextName && i < v.size() && v.sameSentence(first, i)
                && v.isCap(i) && !NameLexicon.isStop(v.text(i)); i++) {
            if (NUMBERED.contains(NameLexicon.lower(v.text(i))) && !PLACES.contains(NameLexicon.lower(v.text(i)))) {
                end = i;
            }
        }
        return end;
    }
}

package org.w3id.newsgraph.extract.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.w3id.newsgraph.extract.text.TokenView;
import org.w3id.newsgraph.model.EntityType;

/**
 * A legislature's committee or delegation written with lower-case words: "the Senate Appropriations energy and
 * water subcommittee", "the House Foreign Affairs subcommittee", "the Harlow County House delegation". Wire style
 * leaves the committee's own words in lower case, so the name rules stop at the chamber ("Senate Appropriations")
 * and a post then names the chamber instead of its committee. A name holding a chamber word, then at most six
 * capitalised or lower-case nouns and adjectives, then "committee", "subcommittee" or "delegation", is one
 * government body. Other bodies' committees ("the party's steering committee") are left alone: outside a
 * legislature the lower-case words are rarely part of the name.
 */
final class ChamberCommittees {
    private static final Set<String> CHAMBERS = Set.of("senate", "house", "assembly", "congress", "parliament",
            "legislature", "commons");
    private static final Set<String> HEADS = Set.of("committee", "subcommittee", "delegation");
    private static final Set<String> INNER_POS = Set.of("NOUN", "ADJ", "PROPN", "CCONJ");
    private static final int MAX_GAP = 6;

    private final TokenView v;

    ChamberCommittees(TokenView v) {
        this.v = v;
    }

    /** The candidates, sorted by first token, with each chamber's committee taking the names inside it. */
    List<EntityStep.Candidate> join(List<EntityStep.Candidate> found) {
        List<EntityStep.Candidate> out = new ArrayList<>(found.size());
        int skipTo = -1;
        for (EntityStep.Candidate c : found) {
            if (c.first() <= skipTo) {
                continue;
            }
            int head = chamber(c) ? head(c.last()) : -1;
            if (head - c.first() < 2) {
                head = -1; // "the Senate committee" is a description, not a name
            }
            if (head < 0) {
                out.add(c);
                continue;
            }
            out.add(new EntityStep.Candidate(c.first(), head, c.sentence(), v.written(c.first(), head),
                    EntityType.GOVERNMENT_BODY, Math.max(2, c.strength()), null, null, false, false));
            skipTo = head;
        }
        return out;
    }

    private boolean chamber(EntityStep.Candidate c) {
        if (!c.type().isOrganization() || c.generic()) {
            return false;
        }
        for (int i = c.first(); i <= c.last(); i++) {
            if (CHAMBERS.contains(NameLexicon.lower(v.text(i)))) {
                return true;
            }
        }
        return false;
    }

    /** The token of "committee" after the name's last token, or -1 when other words come between. */
    private int head(int last) {
        for (int i = last + 1; i <= last + MAX_GAP + 1 && v.sameSentence(last, i); i++) {
            String w = v.text(i);
            String lw = NameLexicon.lower(w);
            if (HEADS.contains(w)) {
                return i; // in lower case: "House Ethics Committee" in capitals is the name rules' own
            }
            if (w.isEmpty() || !Character.isLetter(w.charAt(0)) || !INNER_POS.contains(v.pos(i))
                    || NameLexicon.isStop(lw) && !lw.equals("and") || HEADS.contains(lw)) {
                return -1;
            }
        }
        return -1;
    }
}

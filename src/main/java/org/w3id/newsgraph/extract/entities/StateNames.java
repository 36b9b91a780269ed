package org.w3id.newsgraph.extract.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.w3id.newsgraph.extract.text.TokenView;
import org.w3id.newsgraph.gazetteer.Gazetteer;
import org.w3id.newsgraph.gazetteer.GazetteerEntry;
import org.w3id.newsgraph.model.EntityType;

/**
 * A listed city that shares its name with a US state ("New York", "Washington") is the state where the words name
 * a state: before a word of the state's vote or its statewide posts ("the New York primary", "her New York victory",
 * "New York voters", "New York Sen. Jane Roe"), after "state of" ("his home state of New York"), and in a list after
 * "states such as" / "like" / "including" ("primary states, such as New York and California"). Elsewhere the city
 * stays ("New York Mayor Jane Roe", "in New York").
 */
final class StateNames {
    /** Words after a state's name that speak of the state: its vote, its statewide posts. As written, lower case. */
    private static final Set<String> STATE_WORDS = Set.of("primary", "primaries", "caucus", "caucuses", "victory",
            "win", "vote", "votes", "voters", "delegates", "delegation", "contest", "legislature", "electorate",
            "gov", "gov.", "governor", "sen", "sen.", "senator", "senators", "lawmakers", "democrats", "republicans", "results");
    /** Words before a list of states' names: "states such as", "states like", "states including". Lower case. */
    private static final Set<String> LIST_OPENERS = Set.of("as", "like", "including");

    private StateNames() {
    }

    static List<EntityStep.Candidate> fix(TokenView v, Gazetteer gazetteer, List<EntityStep.Candidate> found) {
        List<EntityStep.Candidate> out = new ArrayList<>(found.size());
        for (EntityStep.Candidate c : found) {
            Optional<GazetteerEntry> state = state(gazetteer, c);
            if (state.isPresent() && (stateWordAfter(v, c) || stateOf(v, c) || listOfStates(v, c))) {
                out.add(new EntityStep.Candidate(c.first(), c.last(), c.sentence(), c.surface(), state.get().type(),
                        c.strength(), state.get().id(), null, false, false));
            } else {
                out.add(c);
            }
        }
        return out;
    }

    /** The state a listed city's mention can name: the region listed as "X State" for the mention "X". */
    private static Optional<GazetteerEntry> state(Gazetteer gazetteer, EntityStep.Candidate c) {
        if (c.gazetteerId() == null || c.type() != EntityType.CITY) {
            return Optional.empty();
        }
        return gazetteer.byName(c.surface() + " State").filter(e -> e.type() == EntityType.REGION);
    }

    private static boolean stateWordAfter(TokenView v, EntityStep.Candidate c) {
        int k = c.last() + 1;
        if (k < v.size() && v.isPossessive(k)) {
            k++;
        }
        return k < v.size() && v.sameSentence(c.last(), k) && STATE_WORDS.contains(NameLexicon.lower(v.text(k)));
    }

    /** "the state of New York", "his home state of New York". */
    private static boolean stateOf(TokenView v, EntityStep.Candidate c) {
        int k = c.first();
        return k >= 2 && v.sameSentence(k - 2, k) && "of".equals(v.text(k - 1))
                && "state".equals(NameLexicon.lower(v.text(k - 2)));
    }

    /** An item of a list after "states such as", "states like", "states including"; back over names, commas, "and". */
    private static boolean listOfStates(TokenView v, EntityStep.Candidate c) {
        for (int k = c.first() - 1; k >= 0 && k >= c.first() - 12 && v.sameSentence(k, c.first()); k--) {
            String w = NameLexicon.lower(v.text(k));
            if (LIST_OPENERS.contains(w)) {
                int j = "as".equals(w) ? k - 1 : k;
                String such = j < k ? NameLexicon.lower(v.text(j)) : "";
                int s = j - 1;
                if (s >= 0 && ",".equals(v.text(s))) {
                    s--;
                }
                return ("as".equals(w) ? "such".equals(such) : true) && s >= 0 && v.sameSentence(s, c.first())
                        && "states".equals(NameLexicon.lower(v.text(s)));
            }
            if (!(v.isCap(k) || ",".equals(w) || "and".equals(w) || ".".equals(w))) {
                return false;
            }
        }
        return false;
    }
}

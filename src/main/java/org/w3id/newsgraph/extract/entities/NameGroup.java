package org.w3id.newsgraph.extract.entities;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.w3id.newsgraph.extract.text.Words;
import org.w3id.newsgraph.model.EntityType;

/** Name mentions taken to name one referent, with its longest name and the type its mentions vote for. */
final class NameGroup {
    final List<EntityStep.Candidate> mentions = new ArrayList<>();
    final String gazetteerId;
    final boolean government;
    int parent = -1;

    NameGroup(String gazetteerId, boolean government) {
        this.gazetteerId = gazetteerId;
        this.government = government;
    }

    // Asked for every pair of groups while linking, so kept until the mention count changes (mentions are
    // only added, and sorted only before the first question).
    private int memoSize = -1;
    private String memoLongest;
    private String[] memoWords;
    private EntityType memoVote;

    private void memo() {
        if (memoSize != mentions.size()) {
            memoLongest = computeLongest();
            memoWords = Words.of(memoLongest);
            memoVote = computeVote();
            memoSize = mentions.size();
        }
    }

    String longest() {
        memo();
        return memoLongest;
    }

    /** The words of {@link #longest()}; not to be changed. */
    String[] longestWords() {
        memo();
        return memoWords;
    }

    EntityType vote() {
        memo();
        return memoVote;
    }

    private String computeLongest() {
        String best = mentions.get(0).surface();
        for (EntityStep.Candidate c : mentions) {
            int n = Words.of(c.surface()).length;
            int bn = Words.of(best).length;
            if (n > bn || n == bn && c.surface().length() > best.length()) {
                best = c.surface();
            }
        }
        return best;
    }

    EntityType coarse() {
        return vote().coarse();
    }

    private EntityType computeVote() {
        Map<EntityType, Integer> score = new EnumMap<>(EntityType.class);
        Map<EntityType, EntityStep.Candidate> best = new EnumMap<>(EntityType.class);
        for (EntityStep.Candidate c : mentions) {
            EntityType k = c.type().coarse();
            score.merge(k, c.strength(), Integer::sum);
            EntityStep.Candidate b = best.get(k);
            if (b == null || c.strength() > b.strength()
                    || c.strength() == b.strength() && b.type() == k && c.type() != k) {
                best.put(k, c);
            }
        }
        EntityType top = null;
        for (Map.Entry<EntityType, Integer> e : score.entrySet()) {
            if (top == null || e.getValue() > score.get(top)) {
                top = e.getKey();
            }
        }
        return best.get(top).type();
    }
}

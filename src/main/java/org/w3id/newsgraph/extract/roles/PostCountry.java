package org.w3id.newsgraph.extract.roles;

import java.util.HashMap;
import java.util.Map;

import org.w3id.newsgraph.extract.ArticleView;
import org.w3id.newsgraph.extract.entities.MentionIndex.Hit;
import org.w3id.newsgraph.model.Entity;
import org.w3id.newsgraph.model.EntityType;

/**
 * The country a government post belongs to when the text names none beside it ("Interior Minister Jane Doe"):
 * the country the story is about, but only when it is one: named at least twice in the body and more often
 * than any other country. A story that names several countries alike gets none, so a "President" from a
 * quoted history is not given whichever country the story names most.
 */
final class PostCountry {
    private static final int MIN_MENTIONS = 2;

    private PostCountry() {}

    /** The story's country, or null when no country dominates. */
    static Entity of(ArticleView view) {
        Map<String, Integer> counts = new HashMap<>();
        Entity best = null;
        int bestCount = 0;
        for (Hit h : view.mentions().hits()) {
            if (h.type() == EntityType.COUNTRY && view.sentenceAt(h.begin()) != null) {
                int c = counts.merge(h.key(), 1, Integer::sum);
                if (c > bestCount) {
                    bestCount = c;
                    best = h.entity();
                }
            }
        }
        if (best == null || bestCount < MIN_MENTIONS) {
            return null;
        }
        String bestKey = best.key();
        int top = bestCount;
        boolean tied = counts.entrySet().stream().anyMatch(e -> !e.getKey().equals(bestKey) && e.getValue() >= top);
        return tied ? null : best;
    }
}

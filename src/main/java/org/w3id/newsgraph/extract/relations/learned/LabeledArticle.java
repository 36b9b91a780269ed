package org.w3id.newsgraph.extract.relations.learned;

import java.util.List;

/**
 * One training article: its text, its candidate pairs and their gold labels (same order).
 *
 * @param name       the article's file name
 * @param text       its text
 * @param candidates its candidate pairs
 * @param labels     the gold label of each candidate
 */
public record LabeledArticle(String name, String text, List<Candidate> candidates, List<PairLabel> labels) {
    public LabeledArticle {
        candidates = List.copyOf(candidates);
        labels = List.copyOf(labels);
        if (candidates.size() != labels.size()) {
            throw new IllegalArgumentException("one label per candidate");
        }
    }
}

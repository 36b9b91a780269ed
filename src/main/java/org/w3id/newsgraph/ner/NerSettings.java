package org.w3id.newsgraph.ner;

import java.nio.file.Path;
import java.util.Set;

/**
 * Everything that decides a trained name model, so the same settings and data always give the same model.
 *
 * @param types      name types learnt (others are left out of the training names)
 * @param features   optional feature groups on top of OpenNLP's defaults
 * @param algorithm  OpenNLP trainer: PERCEPTRON or MAXENT
 * @param iterations training iterations
 * @param cutoff     minimum count of a feature
 * @param clusters   NLP4J English jar or its Brown-cluster .xz file (only with {@link FeatureSet#CLUSTERS})
 */
public record NerSettings(Set<String> types, Set<FeatureSet> features, String algorithm, int iterations, int cutoff,
        Path clusters) {
    public NerSettings {
        types = Set.copyOf(types);
        features = Set.copyOf(features);
        if (iterations < 1 || cutoff < 0) {
            throw new IllegalArgumentException("iterations must be at least 1, cutoff at least 0");
        }
    }

    public static NerSettings defaults() {
        return new NerSettings(Set.of("PER", "ORG", "LOC"), Set.of(), "PERCEPTRON", 300, 1,
                BrownClusterSource.defaultJar());
    }
}

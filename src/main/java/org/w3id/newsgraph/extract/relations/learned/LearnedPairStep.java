package org.w3id.newsgraph.extract.relations.learned;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.w3id.newsgraph.extract.ArticleView;
import org.w3id.newsgraph.pipeline.AnnotationKey;
import org.w3id.newsgraph.pipeline.Annotations;
import org.w3id.newsgraph.pipeline.Document;
import org.w3id.newsgraph.pipeline.Step;

/**
 * Runs the learned pair classifier over the candidate pairs of each sentence and keeps the decisions that clear
 * their thresholds; the role and relation steps turn them into memberships, basedIn and locatedIn. Without a
 * model it decides nothing. Stateless apart from the immutable model.
 */
public final class LearnedPairStep implements Step {
    /** The decisions that cleared their thresholds, in text order. */
    public static final AnnotationKey<List<PairDecision>> PAIRS = AnnotationKey.of("learned pairs", List.class);

    private final PairModel model;

    /** @param model the classifier, or null for none */
    public LearnedPairStep(PairModel model) {
        this.model = model;
    }

    @Override
    public Set<AnnotationKey<?>> requires() {
        return Set.of(Annotations.SENTENCES, Annotations.TOKENS, Annotations.ENTITIES, Annotations.COREFERENCE);
    }

    @Override
    public Set<AnnotationKey<?>> provides() {
        return Set.of(PAIRS);
    }

    @Override
    public Document apply(Document document) {
        List<PairDecision> out = new ArrayList<>();
        if (model != null) {
            ArticleView view = ArticleView.of(document);
            for (Candidate c : Candidates.of(view, document.get(Annotations.TOKENS))) {
                model.decide(view.text(), c).ifPresent(out::add);
            }
        }
        return document.with(PAIRS, List.copyOf(out));
    }
}

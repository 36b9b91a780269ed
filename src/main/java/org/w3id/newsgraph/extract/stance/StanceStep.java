package org.w3id.newsgraph.extract.stance;

import org.w3id.newsgraph.extract.ArticleView;
import java.util.Set;

import org.w3id.newsgraph.pipeline.AnnotationKey;
import org.w3id.newsgraph.pipeline.Annotations;
import org.w3id.newsgraph.pipeline.Document;
import org.w3id.newsgraph.pipeline.Step;

/** Finds who is critical or supportive of whom, clause by clause ({@link StanceFinder}). */
public final class StanceStep implements Step {
    @Override
    public Set<AnnotationKey<?>> requires() {
        return Set.of(Annotations.SENTENCES, Annotations.ENTITIES, Annotations.QUOTES);
    }

    @Override
    public Set<AnnotationKey<?>> provides() {
        return Set.of(Annotations.STANCES);
    }

    @Override
    public Document apply(Document document) {
        return document.with(Annotations.STANCES,
                new StanceFinder(ArticleView.of(document), document.get(Annotations.QUOTES)).find());
    }
}

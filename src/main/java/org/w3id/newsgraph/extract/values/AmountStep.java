package org.w3id.newsgraph.extract.values;

import java.util.Set;

import org.w3id.newsgraph.pipeline.AnnotationKey;
import org.w3id.newsgraph.pipeline.Annotations;
import org.w3id.newsgraph.pipeline.Document;
import org.w3id.newsgraph.pipeline.Step;

/** Finds sums of money in the body sentences ({@link Amounts}). Stateless. */
public final class AmountStep implements Step {
    @Override
    public Set<AnnotationKey<?>> requires() {
        return Set.of(Annotations.SENTENCES);
    }

    @Override
    public Set<AnnotationKey<?>> provides() {
        return Set.of(Annotations.AMOUNTS);
    }

    @Override
    public Document apply(Document document) {
        return document.with(Annotations.AMOUNTS, Amounts.find(document.text(), document.get(Annotations.SENTENCES)));
    }
}

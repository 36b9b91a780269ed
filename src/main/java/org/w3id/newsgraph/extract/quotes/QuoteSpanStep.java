package org.w3id.newsgraph.extract.quotes;

import java.util.Set;

import org.w3id.newsgraph.pipeline.AnnotationKey;
import org.w3id.newsgraph.pipeline.Annotations;
import org.w3id.newsgraph.pipeline.Document;
import org.w3id.newsgraph.pipeline.Step;

/**
 * Finds the quote-marked spans of the body once, as an annotation, so that coreference (no antecedent inside a
 * quote), roles and attribution all read the same spans without the article view knowing about quotes.
 */
public final class QuoteSpanStep implements Step {
    @Override
    public Set<AnnotationKey<?>> requires() {
        return Set.of(Annotations.SENTENCES);
    }

    @Override
    public Set<AnnotationKey<?>> provides() {
        return Set.of(Annotations.QUOTE_SPANS);
    }

    @Override
    public Document apply(Document document) {
        return document.with(Annotations.QUOTE_SPANS, QuoteSpans.find(document.text(), document.get(Annotations.SENTENCES)));
    }
}

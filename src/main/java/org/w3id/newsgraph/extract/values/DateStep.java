package org.w3id.newsgraph.extract.values;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

import org.w3id.newsgraph.pipeline.AnnotationKey;
import org.w3id.newsgraph.pipeline.Annotations;
import org.w3id.newsgraph.pipeline.Document;
import org.w3id.newsgraph.pipeline.Step;

/**
 * Finds the article's own date ({@link ArticleDates}) and the date expressions of the body
 * ({@link DateExpressions}), resolving relative ones against the article's date. Stateless.
 */
public final class DateStep implements Step {
    @Override
    public Set<AnnotationKey<?>> requires() {
        return Set.of(Annotations.BODY, Annotations.BOILERPLATE, Annotations.SENTENCES);
    }

    @Override
    public Set<AnnotationKey<?>> provides() {
        return Set.of(Annotations.DATES, Annotations.ARTICLE_DATE);
    }

    @Override
    public Document apply(Document document) {
        Optional<LocalDate> date = ArticleDates.find(document.text(), document.get(Annotations.BODY),
                document.get(Annotations.BOILERPLATE));
        return document.with(Annotations.ARTICLE_DATE, date)
                .with(Annotations.DATES, DateExpressions.find(document.text(), document.get(Annotations.SENTENCES),
                        date.orElse(null)));
    }
}

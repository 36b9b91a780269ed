package org.w3id.newsgraph.ingest;

import java.util.function.Function;

import org.w3id.newsgraph.extract.Extractor;
import org.w3id.newsgraph.model.ArticleFacts;
import org.w3id.newsgraph.model.SourceText;
import org.w3id.newsgraph.pipeline.TimeBudget;

/**
 * The standard extractor, created when the first article needs it: loading its models takes seconds, which a run
 * that extracts nothing (a re-run on an unchanged folder, a corpus whose names are cached) does not spend.
 * Thread-safe.
 */
public final class LazyExtractor implements Function<SourceText, ArticleFacts> {
    private final TimeBudget budget;
    private Extractor extractor;

    /** The standard extractor with its default time budget per article. */
    public LazyExtractor() {
        this(TimeBudget.DEFAULT);
    }

    /** With another time budget ({@link TimeBudget#UNLIMITED} where every article must be extracted). */
    public LazyExtractor(TimeBudget budget) {
        this.budget = budget;
    }

    @Override
    public ArticleFacts apply(SourceText text) {
        return get().extract(text);
    }

    private synchronized Extractor get() {
        if (extractor == null) {
            extractor = Extractor.create(budget);
        }
        return extractor;
    }
}

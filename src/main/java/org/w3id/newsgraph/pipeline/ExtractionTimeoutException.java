package org.w3id.newsgraph.pipeline;

import java.math.BigDecimal;
import java.time.Duration;

/**
 * An article took longer than its {@link TimeBudget}: extraction stopped and the article is skipped. Unchecked,
 * so that it crosses the steps untouched; the caller (the ingestor) turns its one-line message into the
 * article's error.
 */
public final class ExtractionTimeoutException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ExtractionTimeoutException(String source, Duration budget) {
        super(source + ": extraction took longer than its budget of " + seconds(budget) + " s, skipped");
    }

    /** "8", or "0.25" for a budget that is no whole number of seconds. */
    private static String seconds(Duration d) {
        return BigDecimal.valueOf(d.toMillis(), 3).stripTrailingZeros().toPlainString();
    }
}

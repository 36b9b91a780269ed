package org.w3id.newsgraph.pipeline;

import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * The moment by which one article's extraction must end. Immutable, so it travels in the {@link Document} from
 * step to step; {@link #check()} is cheap (one clock read) and is called between steps and in the loops of
 * long steps, which is as fine-grained as a stop can be without interrupting a library call.
 */
public final class Deadline {
    /** A deadline that never passes (documents made without a budget). */
    public static final Deadline NONE = new Deadline("", Duration.ofDays(365 * 100L), () -> 0L);

    private final String source;
    private final Duration budget;
    private final LongSupplier clock;
    private final long end;

    Deadline(String source, Duration budget, LongSupplier clock) {
        this.source = source;
        this.budget = budget;
        this.clock = clock;
        this.end = clock.getAsLong() + budget.toNanos();
    }

    /** The time this article was given. */
    public Duration budget() {
        return budget;
    }

    public boolean passed() {
        return clock.getAsLong() - end > 0;
    }

    /** Throws when the deadline has passed. */
    public void check() {
        if (passed()) {
            throw new ExtractionTimeoutException(source, budget);
        }
    }
}

package org.w3id.newsgraph.pipeline;

import java.time.Duration;
import java.util.Objects;
import java.util.function.LongSupplier;

import org.w3id.newsgraph.model.SourceText;

/**
 * How long extracting one article may take: a base plus a share per started 10,000 characters of text, so a
 * 3 KB article gets 8 s by default and a 60 KB one 23 s. Normal articles need well under a second; the budget
 * only stops pathological input (a 60 KB line of symbols once took minutes in the part-of-speech tagger).
 *
 * <pre>{@code
 * Deadline d = TimeBudget.DEFAULT.start(source);   // checked between steps and inside long loops
 * }</pre>
 *
 * @param base     the time every article gets
 * @param perBlock the time added for each started block of {@link #BLOCK} characters
 */
public record TimeBudget(Duration base, Duration perBlock) {
    /** Characters per block: 10,000, about 10 KB of English text. */
    public static final int BLOCK = 10_000;
    /** 5 s plus 3 s per 10 KB. */
    public static final TimeBudget DEFAULT = new TimeBudget(Duration.ofSeconds(5), Duration.ofSeconds(3));
    /** No limit, for benchmarks and tools that must see every article through. */
    public static final TimeBudget UNLIMITED = new TimeBudget(Duration.ofDays(365), Duration.ZERO);

    public TimeBudget {
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(perBlock, "perBlock");
        if (base.isNegative() || perBlock.isNegative()) {
            throw new IllegalArgumentException("a time budget cannot be negative: " + base + " + " + perBlock);
        }
    }

    /** The budget of a text of {@code chars} characters. */
    public Duration forLength(int chars) {
        long blocks = (Math.max(0, chars) + (long) BLOCK - 1) / BLOCK;
        return base.plus(perBlock.multipliedBy(blocks));
    }

    /** The deadline of extracting {@code source}, starting now. */
    public Deadline start(SourceText source) {
        return start(source, System::nanoTime);
    }

    /** The deadline of extracting {@code source} by the given clock (nanoseconds, as {@link System#nanoTime}). */
    public Deadline start(SourceText source, LongSupplier clock) {
        return new Deadline(source.source(), forLength(source.text().length()), clock);
    }
}

package org.w3id.newsgraph.server;

import java.time.Duration;

/**
 * A request's time budget, counted from when the server takes the request up: parsing, execution and (for
 * updates) writing all spend from the same budget, so the whole request ends within the configured timeout.
 */
record Deadline(long startNanos, Duration budget) {
    static Deadline start(Duration budget) {
        return new Deadline(System.nanoTime(), budget);
    }

    long elapsedMillis() {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }

    /** Milliseconds left; zero or less once the budget is spent. */
    long remainingMillis() {
        return budget.toMillis() - elapsedMillis();
    }

    boolean passed() {
        return remainingMillis() <= 0;
    }

    /** The budget for messages, e.g. {@code 30 s} or {@code 1500 ms}. */
    String describe() {
        long ms = budget.toMillis();
        return ms % 1000 == 0 ? ms / 1000 + " s" : ms + " ms";
    }
}

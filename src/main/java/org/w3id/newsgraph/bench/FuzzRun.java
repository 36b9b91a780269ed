package org.w3id.newsgraph.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.w3id.newsgraph.model.SourceText;

/**
 * Runs fuzz cases one after another until a number of cases or a time is reached, and sums them up: how many
 * ran, which failed (with the property they broke), and the slowest case (with its budget). Case {@code n}
 * of a seed is always the same text, so "seed S, case N" replays a failure ({@code bench fuzz --seed S
 * --from N --cases 1}).
 */
public final class FuzzRun {
    private final FuzzInputs inputs;
    private final FuzzCheck check;

    public FuzzRun(FuzzInputs inputs, FuzzCheck check) {
        this.inputs = inputs;
        this.check = check;
    }

    /** The summary of a run. */
    public record Summary(long cases, Duration took, List<FuzzCheck.Result> failures, FuzzCheck.Result slowest,
            long chars) {}

    /**
     * Runs cases {@code from}, {@code from + 1}, ... until {@code maxCases} have run or {@code maxTime} has
     * passed (whichever comes first); each result goes to {@code progress} as it comes.
     */
    public Summary run(long from, long maxCases, Duration maxTime, Consumer<FuzzCheck.Result> progress) {
        long t0 = System.nanoTime();
        long end = t0 + maxTime.toNanos();
        List<FuzzCheck.Result> failures = new ArrayList<>();
        FuzzCheck.Result slowest = null;
        long cases = 0;
        long chars = 0;
        for (long n = from; cases < maxCases && System.nanoTime() - end < 0; n++) {
            SourceText s = inputs.generate(n);
            FuzzCheck.Result r = check.check(s);
            cases++;
            chars += r.chars();
            if (!r.ok()) {
                failures.add(r);
            }
            if (slowest == null || r.took().compareTo(slowest.took()) > 0) {
                slowest = r;
            }
            progress.accept(r);
        }
        return new Summary(cases, Duration.ofNanos(System.nanoTime() - t0), List.copyOf(failures), slowest, chars);
    }
}

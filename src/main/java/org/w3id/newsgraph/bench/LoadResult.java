package org.w3id.newsgraph.bench;

import java.util.Arrays;
import java.util.List;

/** Requests, errors, throughput and exact latency percentiles (milliseconds) of a load run. */
public record LoadResult(long requests, int errors, double seconds, int clients, double p50, double p95, double p99,
        double max) {
    static LoadResult of(List<long[]> perClient, int errors, double seconds, int clients) {
        long[] all = perClient.stream().flatMapToLong(Arrays::stream).sorted().toArray();
        return new LoadResult(all.length, errors, seconds, clients, pct(all, 0.50), pct(all, 0.95), pct(all, 0.99),
                all.length == 0 ? 0 : all[all.length - 1] / 1e6);
    }

    /** Nearest-rank percentile of sorted nanosecond latencies, in milliseconds. */
    static double pct(long[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        int rank = (int) Math.ceil(p * sorted.length);
        return sorted[Math.max(0, rank - 1)] / 1e6;
    }

    public double throughput() {
        return requests / seconds;
    }
}

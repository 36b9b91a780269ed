package org.w3id.newsgraph.ingest;

/**
 * How many articles one write transaction takes: a batch closes at {@code articles} articles or {@code triples}
 * triples, whichever comes first. Fewer, larger transactions leave far fewer dead blocks in TDB2 and commit (an
 * fsync) far less often; the cap on triples bounds the memory a batch holds.
 */
public record BatchLimits(int articles, long triples) {
    /** One article per transaction. */
    public static final BatchLimits ONE = new BatchLimits(1, Long.MAX_VALUE);
    /**
     * What {@code build} uses on a store that holds articles (a first build bulk-loads). 1,000 articles added to a
     * 10,000-article store: one transaction took 38 s and grew the store by 1.6 GB, five of 200 took 60 s and 3.4 GB
     * (docs/BENCHMARKS.md); the triples cap still bounds a batch's memory.
     */
    public static final BatchLimits BUILD = new BatchLimits(1_000, 500_000);

    public BatchLimits {
        if (articles < 1 || triples < 1) {
            throw new IllegalArgumentException("a batch takes at least one article and one triple");
        }
    }
}

package org.w3id.newsgraph.spark;

import java.util.List;

/**
 * What one run of the job wrote.
 *
 * @param articles articles written (each once; the manifest has one line per article)
 * @param failures one line per input that gave no article, as {@code build} prints it
 * @param shards   the N-Quads shard files, one per partition that held an article
 * @param seconds  from reading the inputs to the report, without starting Spark
 */
public record ShardReport(long articles, List<String> failures, List<String> shards, double seconds) {
    public ShardReport {
        failures = List.copyOf(failures);
        shards = List.copyOf(shards);
    }
}

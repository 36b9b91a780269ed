package org.w3id.newsgraph.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;

/**
 * Writes the rows of {@link ExtractPartition} in one pass, through Spark's own committer (a retried or
 * speculative task leaves no half shard), one folder per kind: {@code OUT/nquads/part-*.nq} (the shards, one per
 * partition), {@code OUT/manifest/} (article IRI and source, one line each) and {@code OUT/failed/} (one line
 * per failed input). The failures and the article count are then read back from those folders rather than
 * counted in accumulators, which a retried task would count twice.
 */
final class ShardOutput {
    private ShardOutput() {}

    /** Writes the rows and reads the report back; {@code startNanos}: {@link System#nanoTime()} when the run began. */
    static ShardReport write(SparkSession spark, Dataset<Row> rows, String output, boolean gzip, long startNanos) {
        // Up to three open files per task (one per kind) instead of a sort of the partition by kind first.
        spark.conf().set("spark.sql.maxConcurrentOutputFileWriters", "3");
        rows.write().mode(SaveMode.ErrorIfExists).partitionBy("kind")
                .option("compression", gzip ? "gzip" : "none")
                .text(output);
        try {
            Path out = new Path(output);
            FileSystem fs = out.getFileSystem(spark.sparkContext().hadoopConfiguration());
            for (String kind : List.of(ExtractPartition.NQUADS, ExtractPartition.MANIFEST, ExtractPartition.FAILED)) {
                Path from = new Path(out, "kind=" + kind);
                if (fs.exists(from) && !fs.rename(from, new Path(out, kind))) {
                    throw new IOException("cannot rename " + from);
                }
            }
            List<String> shards = shardNames(fs, new Path(out, ExtractPartition.NQUADS));
            long articles = lines(spark, fs, new Path(out, ExtractPartition.MANIFEST)).count();
            List<String> failures = lines(spark, fs, new Path(out, ExtractPartition.FAILED)).collectAsList();
            return new ShardReport(articles, failures, shards, (System.nanoTime() - startNanos) / 1e9);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot finish the shards in " + output + ": " + e.getMessage(), e);
        }
    }

    /** Renames the text writer's {@code part-*.txt} to {@code .nq}, the extension Jena's loaders read N-Quads by. */
    private static List<String> shardNames(FileSystem fs, Path dir) throws IOException {
        List<String> shards = new ArrayList<>();
        if (!fs.exists(dir)) {
            return shards;
        }
        for (FileStatus f : fs.listStatus(dir)) {
            String name = f.getPath().getName();
            if (!name.startsWith("part-")) {
                continue;
            }
            Path shard = new Path(dir, name.replaceFirst("\\.txt(\\.gz)?$", ".nq$1"));
            if (!fs.rename(f.getPath(), shard)) {
                throw new IOException("cannot rename " + f.getPath());
            }
            shards.add(shard.toString());
        }
        shards.sort(null);
        return shards;
    }

    private static Dataset<String> lines(SparkSession spark, FileSystem fs, Path dir) throws IOException {
        return fs.exists(dir) ? spark.read().textFile(dir.toString()) : spark.emptyDataset(Encoders.STRING());
    }
}

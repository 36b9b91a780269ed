package org.w3id.newsgraph.spark;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.apache.jena.sys.JenaSystem;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.w3id.newsgraph.text.ArticleReader;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * The Spark job: articles in, N-Quads shards out, one named graph per article exactly as {@code extract} writes
 * it (docs/SCALE.md). Run with spark-submit against the newsgraph jar, which does not carry Spark:
 * <pre>
 * spark-submit --class org.w3id.newsgraph.spark.ShardJob target/newsgraph.jar --output OUT DIR...
 * </pre>
 */
@Command(name = "newsgraph-shards", mixinStandardHelpOptions = true,
        description = "Extract articles on Spark into N-Quads shards, one named graph per article.")
public final class ShardJob implements Callable<Integer> {
    @Parameters(paramLabel = "INPUT", arity = "1..*",
            description = "Folders of *.txt articles (any Hadoop file system), or Parquet tables with --parquet.")
    List<String> inputs;

    @Option(names = "--output", required = true, paramLabel = "DIR",
            description = "Where to write nquads/, manifest/ and failed/; must not exist.")
    String output;

    @Option(names = "--parquet", description = "The inputs are Parquet tables with string columns source and text.")
    boolean parquet;

    @Option(names = "--partitions", paramLabel = "N", defaultValue = "0",
            description = "Partitions, so shards (default: Spark's default parallelism, one per core).")
    int partitions;

    @Option(names = "--gzip", description = "Write the shards as .nq.gz.")
    boolean gzip;

    @Option(names = "--max-size", paramLabel = "BYTES", defaultValue = "" + ArticleReader.DEFAULT_MAX_BYTES,
            description = "Refuse input files larger than this many bytes (default: ${DEFAULT-VALUE}).")
    long maxBytes;

    @Spec
    CommandSpec spec;

    public static void main(String[] args) {
        System.exit(new CommandLine(new ShardJob()).execute(args));
    }

    @Override
    public Integer call() {
        SparkSession spark = SparkSession.builder().appName("newsgraph shards").getOrCreate();
        try {
            ShardReport report = run(spark);
            PrintWriter err = spec.commandLine().getErr();
            report.failures().forEach(err::println);
            err.flush();
            PrintWriter out = spec.commandLine().getOut();
            out.println(summary(report));
            out.flush();
            return report.articles() > 0 ? 0 : 1;
        } finally {
            spark.stop();
        }
    }

    /** Runs the job on a session the caller owns; the failures are in the report, not printed. */
    ShardReport run(SparkSession spark) {
        long t0 = System.nanoTime();
        JdkStax.pin();
        JenaSystem.init(); // on the driver; each executor's Jena initialises on first use
        Dataset<Row> articles = parquet ? ArticleRows.parquet(spark, inputs) : ArticleRows.folders(spark, inputs);
        int n = partitions > 0 ? partitions : spark.sparkContext().defaultParallelism();
        Dataset<Row> rows = articles.repartition(n)
                .mapPartitions(new ExtractPartition(maxBytes), org.apache.spark.sql.Encoders.row(ExtractPartition.SCHEMA));
        return ShardOutput.write(spark, rows, output, gzip, t0);
    }

    String summary(ShardReport r) {
        return String.format(Locale.ROOT, "%d articles, %d failed, %d shards in %s/%s (%.1f s, %.2f articles/s)",
                r.articles(), r.failures().size(), r.shards().size(), output, ExtractPartition.NQUADS, r.seconds(),
                r.articles() / r.seconds());
    }
}

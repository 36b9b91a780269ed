package org.w3id.newsgraph.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.regexp_replace;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;

/**
 * The job's input as rows of {@code source} (what the article records as dcterms:source and names its IRI with),
 * {@code name} (how an error message names the input), {@code content} (the file's bytes) and {@code text}
 * (already text, from a table): exactly one of the last two is set.
 */
final class ArticleRows {
    static final String SOURCE = "source";
    static final String NAME = "name";
    static final String CONTENT = "content";
    static final String TEXT = "text";

    private ArticleRows() {}

    /**
     * The {@code *.txt} files under each folder, on any Hadoop file system. The source is the path below the
     * folder's parent ({@code dev/a/story.txt} for folder {@code dev}), as {@code extract} and {@code build}
     * record it (text/InputFile), so the same file gets the same article IRI on both paths. Spark's listing
     * skips names that start with "." (as {@code build} does) and also "_".
     */
    static Dataset<Row> folders(SparkSession spark, List<String> folders) {
        Dataset<Row> all = null;
        for (String folder : folders) {
            Path root = qualified(spark, folder);
            String prefix = root.toString().endsWith("/") ? root.toString() : root + "/";
            Column path = col("path");
            Dataset<Row> files = spark.read().format("binaryFile")
                    .option("pathGlobFilter", "*.txt")
                    .option("recursiveFileLookup", "true")
                    .load(root.toString())
                    .select(concat(lit(root.getName() + "/"), path.substr(prefix.length() + 1, Integer.MAX_VALUE))
                                    .as(SOURCE),
                            regexp_replace(path, "^file:", "").as(NAME),
                            col(CONTENT),
                            lit(null).cast(DataTypes.StringType).as(TEXT));
            all = all == null ? files : all.unionByName(files);
        }
        return all;
    }

    /**
     * A Parquet table with string columns {@code source} and {@code text}. The text's UTF-8 bytes stand for the
     * file's bytes in the content hash, so a table made from UTF-8 files without a byte-order mark gives the same
     * article IRIs as the files.
     */
    static Dataset<Row> parquet(SparkSession spark, List<String> tables) {
        return spark.read().parquet(tables.toArray(String[]::new))
                .select(col(SOURCE), col(SOURCE).as(NAME), lit(null).cast(DataTypes.BinaryType).as(CONTENT),
                        col(TEXT));
    }

    private static Path qualified(SparkSession spark, String folder) {
        Path p = new Path(folder);
        try {
            FileSystem fs = p.getFileSystem(spark.sparkContext().hadoopConfiguration());
            return fs.makeQualified(p);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot reach " + folder + ": " + e.getMessage(), e);
        }
    }
}

package org.w3id.newsgraph.spark;

import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import java.util.Spliterators;
import java.util.stream.StreamSupport;

import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.w3id.newsgraph.extract.Extractor;
import org.w3id.newsgraph.ingest.ArticleOutcome;
import org.w3id.newsgraph.ingest.Ingestor;
import org.w3id.newsgraph.model.SourceText;
import org.w3id.newsgraph.rdf.ArticleMapper;
import org.w3id.newsgraph.rdf.ShapeValidator;
import org.w3id.newsgraph.text.ArticleReader;
import org.w3id.newsgraph.text.InputException;
import org.w3id.newsgraph.text.Printable;

/**
 * Extracts one partition of {@link ArticleRows}: one extraction pipeline per partition (the models and the
 * gazetteer behind it are loaded once per executor JVM and shared), articles one after another through the same
 * {@link Ingestor#prepare(SourceText)} that {@code extract} and {@code build} use. Each input gives rows of
 * {@link #SCHEMA}: an article its N-Quads and a manifest line, a failed input its one-line error, as
 * {@code build} prints it. Lazy: one article's rows are in memory at a time.
 */
final class ExtractPartition implements MapPartitionsFunction<Row, Row> {
    private static final long serialVersionUID = 1L;

    /** Output kinds, each written to its own folder ({@link ShardOutput}). */
    static final String NQUADS = "nquads";
    static final String MANIFEST = "manifest";
    static final String FAILED = "failed";

    static final StructType SCHEMA = new StructType()
            .add("kind", DataTypes.StringType, false)
            .add("line", DataTypes.StringType, false);

    private final long maxBytes;

    ExtractPartition(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    @Override
    public Iterator<Row> call(Iterator<Row> inputs) {
        JdkStax.pin();
        ArticleReader reader = new ArticleReader(maxBytes);
        // Threads = 1: Spark runs one task per core already; prepare() runs on the task's thread.
        Ingestor ingestor = new Ingestor(reader, Extractor.create()::extract, new ArticleMapper(),
                new ShapeValidator(), 1);
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(inputs, 0), false)
                .flatMap(row -> rows(outcome(row, reader, ingestor)).stream())
                .iterator();
    }

    /**
     * What became of one input row; never throws (as {@link Ingestor#prepare(SourceText)}). A table row's text is
     * read as a file holding its UTF-8 bytes would be: the same size limit, checks and content hash.
     */
    static ArticleOutcome outcome(Row row, ArticleReader reader, Ingestor ingestor) {
        String source = row.getAs(ArticleRows.SOURCE);
        byte[] content = row.getAs(ArticleRows.CONTENT);
        if (content == null) {
            String text = row.getAs(ArticleRows.TEXT);
            content = (text == null ? "" : text).getBytes(StandardCharsets.UTF_8);
        }
        try {
            return ingestor.prepare(reader.decode(content, source, row.getAs(ArticleRows.NAME)));
        } catch (InputException e) {
            return new ArticleOutcome.Failed(source, e.getMessage(), e);
        }
    }

    private static List<Row> rows(ArticleOutcome outcome) {
        return switch (outcome) {
            case ArticleOutcome.Ready r -> List.of(
                    RowFactory.create(NQUADS, ArticleQuads.of(r)),
                    RowFactory.create(MANIFEST, manifestLine(r)));
            case ArticleOutcome.Failed f -> List.of(RowFactory.create(FAILED, "newsgraph: " + Printable.escape(f.message())));
            case ArticleOutcome.Duplicate d -> List.of(); // prepare() never gives one
        };
    }

    /** The article IRI (it ends with the content hash) and its source: what a later incremental run compares. */
    static String manifestLine(ArticleOutcome.Ready r) {
        return r.article().getURI() + "\t" + Printable.escape(r.file());
    }
}

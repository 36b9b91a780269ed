package org.w3id.newsgraph.spark;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.w3id.newsgraph.export.ExportFormat;
import org.w3id.newsgraph.export.Exporter;
import org.w3id.newsgraph.ingest.ArticleOutcome;

/**
 * One article's named graph as N-Quads text, written the way {@code newsgraph extract --format nquads} writes it:
 * the same in-memory dataset and the same {@link Exporter}, so a shard line and an {@code extract} line for the
 * same quad are the same bytes. The mapper makes no blank nodes, so articles can share a shard file without
 * their nodes merging on load.
 */
final class ArticleQuads {
    private ArticleQuads() {}

    /** The article's quads, one per line, without the last line break (the text writer adds it). */
    static String of(ArticleOutcome.Ready article) {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        dsg.addGraph(article.article(), article.graph());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Exporter.write(dsg, ExportFormat.NQUADS, out);
        return out.toString(StandardCharsets.UTF_8).stripTrailing();
    }
}

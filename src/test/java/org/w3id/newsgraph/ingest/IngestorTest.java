package org.w3id.newsgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.newsgraph.extract.Extractor;
import org.w3id.newsgraph.model.ContentHash;
import org.w3id.newsgraph.rdf.ArticleMapper;
import org.w3id.newsgraph.rdf.Ids;
import org.w3id.newsgraph.rdf.Ontology;
import org.w3id.newsgraph.rdf.ShapeValidator;
import org.w3id.newsgraph.text.ArticleReader;
import org.w3id.newsgraph.text.InputFile;

/**
 * An article whose graph breaks the shapes is reported, with its first violation, and never reaches the sink (the
 * store); the other articles still do. The project's shapes pass every extracted graph, so this test adds a shape
 * that one article cannot pass.
 */
class IngestorTest {
    static final String STRICT = """
            @prefix sh: <http://www.w3.org/ns/shacl#> .
            @prefix ng: <https://w3id.org/newsgraph/ontology#> .
            @prefix dcterms: <http://purl.org/dc/terms/> .
            ng:TestArticleShape a sh:NodeShape ; sh:targetClass ng:NewsArticle ;
                sh:property [ sh:path dcterms:source ; sh:pattern "^ok-" ;
                              sh:message "test: the source must start with ok-" ] .
            """;
    static final String TEXT = "LONDON (Reuters) - Acme Widgets said on Monday it would open a factory in Leeds.\n";

    @TempDir
    Path dir;

    @Test
    void violationsAreReportedAndTheArticleIsNotStored() throws Exception {
        Graph shapes = Ontology.shapes(); // a fresh copy of the project's shapes
        RDFParser.fromString(STRICT, Lang.TURTLE).parse(shapes);
        Ingestor ingestor = new Ingestor(new ArticleReader(ArticleReader.DEFAULT_MAX_BYTES), Extractor.create()::extract,
                new ArticleMapper(), new ShapeValidator(shapes, Ontology.ontology()), 2);
        Path good = Files.writeString(dir.resolve("ok-news.txt"), TEXT);
        Path bad = Files.writeString(dir.resolve("bad-news.txt"), TEXT);

        List<Node> stored = new ArrayList<>();
        IngestReport report = ingestor.ingest(List.of(InputFile.of(bad), InputFile.of(good)),
                r -> stored.add(r.article()), ProgressListener.NONE);

        String hash = ContentHash.sha256(TEXT.getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of(Ids.article("ok-news.txt", hash)), stored);
        assertEquals(1, report.articles());
        assertEquals(List.of("bad-news.txt: the extracted graph breaks the shapes (1 violations, first: "
                + "ngid:article/bad-news-" + hash.substring(0, 12)
                + ": test: the source must start with ok- (dcterms:source))"), report.failures());
        assertInstanceOf(ArticleOutcome.Failed.class, ingestor.prepare(bad));
    }
}

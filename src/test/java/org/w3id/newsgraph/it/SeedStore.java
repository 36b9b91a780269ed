package org.w3id.newsgraph.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.w3id.newsgraph.ingest.IngestReport;
import org.w3id.newsgraph.ingest.Ingestor;
import org.w3id.newsgraph.ingest.ProgressListener;
import org.w3id.newsgraph.ingest.StoreSink;
import org.w3id.newsgraph.rdf.Ontology;
import org.w3id.newsgraph.store.NewsStore;
import org.w3id.newsgraph.text.ArticleReader;
import org.w3id.newsgraph.text.InputFile;
import org.w3id.newsgraph.text.InputFiles;

/** A real TDB2 store on disk built from the project's seeds/, as {@code newsgraph build} builds it. */
final class SeedStore {
    private SeedStore() {}

    static Path seeds() {
        return Path.of("seeds").toAbsolutePath();
    }

    static NewsStore build(Path dir) {
        NewsStore store = NewsStore.open(dir);
        store.replaceGraph(Ontology.GRAPH_NAME, Ontology.ontology());
        List<InputFile> files = InputFiles.expand(List.of(seeds())).inputs();
        IngestReport report = Ingestor.standard(ArticleReader.DEFAULT_MAX_BYTES).ingest(files, new StoreSink(store),
                ProgressListener.NONE);
        if (report.articles() != files.size()) {
            throw new IllegalStateException("seeds did not all build: " + report.failures());
        }
        return store;
    }

    static Path tempDir() {
        try {
            return Files.createTempDirectory("newsgraph-seeds");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

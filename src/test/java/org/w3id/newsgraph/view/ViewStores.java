package org.w3id.newsgraph.view;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.w3id.newsgraph.bench.SyntheticNews;
import org.w3id.newsgraph.ingest.IngestReport;
import org.w3id.newsgraph.ingest.Ingestor;
import org.w3id.newsgraph.ingest.ProgressListener;
import org.w3id.newsgraph.ingest.StoreSink;
import org.w3id.newsgraph.query.QueryCatalog;
import org.w3id.newsgraph.rdf.Ontology;
import org.w3id.newsgraph.server.NewsServer;
import org.w3id.newsgraph.server.ServerConfig;
import org.w3id.newsgraph.store.NewsStore;
import org.w3id.newsgraph.text.ArticleReader;
import org.w3id.newsgraph.text.InputFile;
import org.w3id.newsgraph.text.InputFiles;

/** Real TDB2 stores for the view's tests (the seeds, or made-up articles), a real server and real Chromium. */
final class ViewStores {
    private static final Logger CDP_LOG = Logger.getLogger("org.openqa.selenium.devtools.CdpVersionFinder");

    private ViewStores() {}

    /** A store at {@code dir} with the ontology and the seeds, built as {@code newsgraph build} builds it. */
    static NewsStore seeds(Path dir, Ingestor ingestor) {
        NewsStore store = NewsStore.open(dir);
        store.replaceGraph(Ontology.GRAPH_NAME, Ontology.ontology());
        List<InputFile> seeds = InputFiles.expand(List.of(Path.of("seeds").toAbsolutePath())).inputs();
        IngestReport report = ingestor.ingest(seeds, new StoreSink(store), ProgressListener.NONE);
        assertEquals(seeds.size(), report.articles(), () -> "seeds did not all build: " + report.failures());
        return store;
    }

    static NewsStore seeds(Path dir) {
        return seeds(dir, Ingestor.standard(ArticleReader.DEFAULT_MAX_BYTES));
    }

    /** A store of {@code articles} made-up articles ({@link SyntheticNews}, seed 13). */
    static NewsStore synthetic(Path dir, SyntheticNews news, int articles) {
        NewsStore store = NewsStore.open(dir);
        store.replaceGraph(Ontology.GRAPH_NAME, Ontology.ontology());
        news.fill(store, articles);
        return store;
    }

    /** Quits the browser, stops the server and closes the store, whichever of them a test class got to start. */
    static void stop(org.openqa.selenium.WebDriver driver, NewsServer server, NewsStore store) {
        if (driver != null) {
            driver.quit();
        }
        if (server != null) {
            server.stop();
        }
        if (store != null) {
            store.close();
        }
    }

    static NewsServer serve(NewsStore store) throws IOException {
        return new NewsServer(store, ServerConfig.defaults().withPort(freePort()),
                QueryCatalog.standard(Path.of("").toAbsolutePath())).start();
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    static ChromeDriver chromium(Path profile) throws IOException {
        // Selenium warns that it has no DevTools bindings for Debian's Chromium version; the tests use none
        CDP_LOG.setLevel(Level.OFF);
        Files.createDirectories(profile);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(Browser.CHROMEDRIVER)
                .usingAnyFreePort().build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(Browser.CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--window-size=1600,1000", "--user-data-dir=" + profile);
        return new ChromeDriver(service, options);
    }
}

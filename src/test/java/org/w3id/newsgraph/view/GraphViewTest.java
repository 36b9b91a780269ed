package org.w3id.newsgraph.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.w3id.newsgraph.ingest.ArticleOutcome;
import org.w3id.newsgraph.ingest.IngestReport;
import org.w3id.newsgraph.ingest.Ingestor;
import org.w3id.newsgraph.ingest.ProgressListener;
import org.w3id.newsgraph.ingest.StoreSink;
import org.w3id.newsgraph.model.ContentHash;
import org.w3id.newsgraph.model.SourceText;
import org.w3id.newsgraph.query.QueryCatalog;
import org.w3id.newsgraph.rdf.Ontology;
import org.w3id.newsgraph.server.NewsServer;
import org.w3id.newsgraph.server.ServerConfig;
import org.w3id.newsgraph.store.NewsStore;
import org.w3id.newsgraph.text.ArticleReader;
import org.w3id.newsgraph.text.InputFile;
import org.w3id.newsgraph.text.InputFiles;

/**
 * The graph view at {@code /view/} in headless Chromium, over a real TDB2 store built from the seeds plus one
 * made-up article whose names and quote carry markup: the page loads its data through the prepared-query API,
 * search and node taps fill the side panel, filters hide nodes, and markup in the data is shown as text.
 * Skipped only where Debian's {@code chromium} and {@code chromedriver} are not installed, and never on CI
 * ({@code CI=true}), where a missing browser fails the class ({@link Browser#require()}).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GraphViewTest {
    static final String ENTITY = "https://w3id.org/newsgraph/id/entity/";
    static final String MERKEL = ENTITY + "angela-merkel";
    static final String HUAWEI = ENTITY + "huawei";
    static final String HALVORSEN = ENTITY + "jonas-halvorsen";
    static final String SCRIPT = "<script>window.__xss=1</script>";
    static final String IMG = "<img src=x onerror=\"window.__xss=2\">";
    static final String MARKUP_NAME = "Jonas <b>Halvorsen</b>" + SCRIPT + IMG;
    static final String MARKUP_QUOTE = "We will <b>never</b> sell " + SCRIPT + " to anyone";
    static final String ARTICLE = """
            Acme Widgets names a new chief

            Acme Widgets, a toy maker based in Norway, said on Monday that its profits had doubled.

            "We will <b>never</b> sell <script>window.__xss=1</script> to anyone," said Jonas Halvorsen, \
            the chief executive of Acme Widgets.

            Halvorsen said the company works closely with the Norwegian government.
            """;

    NewsStore store;
    NewsServer server;
    ChromeDriver driver;

    @BeforeAll
    void start(@TempDir Path tmp) throws IOException {
        Browser.require();
        store = NewsStore.open(tmp.resolve("db"));
        store.replaceGraph(Ontology.GRAPH_NAME, Ontology.ontology());
        Ingestor ingestor = Ingestor.standard(ArticleReader.DEFAULT_MAX_BYTES);
        List<InputFile> seeds = InputFiles.expand(List.of(Path.of("seeds").toAbsolutePath())).inputs();
        IngestReport report = ingestor.ingest(seeds, new StoreSink(store), ProgressListener.NONE);
        assertEquals(seeds.size(), report.articles(), () -> "seeds did not all build: " + report.failures());
        storeMarkupArticle(ingestor);
        server = new NewsServer(store, ServerConfig.defaults().withPort(freePort()),
                QueryCatalog.standard(Path.of("").toAbsolutePath())).start();
        driver = chromium(tmp.resolve("chromium-profile"));
    }

    /**
     * The made-up article, extracted as usual; its speaker's name is then given markup (the extractor never reads
     * a name with tags, but anyone with update rights can store one), and an alias that runs script when parsed.
     */
    void storeMarkupArticle(Ingestor ingestor) {
        ArticleOutcome outcome = ingestor.prepare(new SourceText("markup-test.txt", ARTICLE));
        if (!(outcome instanceof ArticleOutcome.Ready ready)) {
            throw new AssertionError("the made-up article did not build: " + outcome);
        }
        Node person = NodeFactory.createURI(HALVORSEN);
        Graph graph = GraphFactory.createDefaultGraph();
        ready.graph().find().forEach(t -> {
            if (!(t.getSubject().equals(person) && t.getPredicate().equals(RDFS.label.asNode()))) {
                graph.add(t);
            }
        });
        assertTrue(graph.size() < ready.graph().size(), "the article names Jonas Halvorsen");
        graph.add(Triple.create(person, RDFS.label.asNode(), NodeFactory.createLiteralString(MARKUP_NAME)));
        graph.add(Triple.create(person, SKOS.altLabel.asNode(), NodeFactory.createLiteralString(IMG + "Jonny")));
        store.replaceArticle(ready.article(), graph);
    }

    static ChromeDriver chromium(Path profile) throws IOException {
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

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    @AfterAll
    void stop() {
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

    // ------------------------------------------------------------ helpers

    Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /** Polls {@code return EXPR} until it is true, for up to 30 s. */
    void waitUntil(String expr, Object... args) {
        long end = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < end) {
            if (Boolean.TRUE.equals(js("return Boolean(" + expr + ");", args))) {
                return;
            }
            sleep(100);
        }
        fail("timed out waiting for " + expr + "; page state " + js("return document.body.dataset.state;")
                + ", status '" + js("return document.getElementById('status').textContent;") + "', panel '"
                + js("return document.getElementById('panel').textContent;") + "'");
    }

    static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    void openView() {
        driver.get(server.viewUrl());
        waitUntil("document.body.dataset.state === 'ready'");
    }

    void waitForPanel(String iri) {
        waitUntil("document.getElementById('panel').dataset.state === 'loaded'"
                + " && document.getElementById('panel').dataset.entity === arguments[0]", iri);
    }

    WebElement panel() {
        return driver.findElement(By.id("panel"));
    }

    List<String> texts(String css) {
        return panel().findElements(By.cssSelector(css)).stream().map(e -> e.getAttribute("textContent")).toList();
    }

    void search(String text) {
        WebElement box = driver.findElement(By.id("search"));
        box.clear();
        box.sendKeys(text);
    }

    // ------------------------------------------------------------ tests

    @Test
    void searchSelectsMerkelAndThePanelShowsHerFacts() throws IOException {
        openView();
        assertTrue(((Number) js("return window.newsgraphView.cy.nodes().length;")).intValue() >= 30);
        search("merk");
        List<String> matches = driver.findElements(By.cssSelector("#matches li")).stream().map(WebElement::getText)
                .toList();
        assertEquals(List.of("Angela Merkel"), matches);
        driver.findElement(By.id("search")).sendKeys(Keys.ENTER);
        waitForPanel(MERKEL);
        assertEquals(Boolean.TRUE, js("return window.newsgraphView.cy.getElementById(arguments[0]).selected();", MERKEL));
        // centred in the graph (after the short pan animation)
        waitUntil("(() => { const cy = window.newsgraphView.cy; const p = cy.getElementById(arguments[0])"
                + ".renderedPosition(); return Math.abs(p.x - cy.width() / 2) < 2 && Math.abs(p.y - cy.height() / 2)"
                + " < 2; })()", MERKEL);

        assertEquals("Angela Merkel", panel().findElement(By.tagName("h2")).getText());
        assertEquals(List.of("Person"), texts(".types .badge"));
        assertEquals("Also called: Merkel", panel().findElement(By.cssSelector(".aliases")).getText());
        List<String> roles = texts("li.role");
        assertEquals(1, roles.size(), roles.toString());
        assertTrue(roles.get(0).startsWith("Chancellor — Germany"), roles.get(0));
        assertTrue(roles.get(0).contains("German Chancellor Angela Merkel said this week"), roles.get(0));
        List<String> quotes = texts("li.said .quote");
        assertTrue(quotes.stream().anyMatch(q -> q.startsWith("We need to talk to China")), quotes.toString());
        assertTrue(texts("li.said .speaker").stream().allMatch(s -> s.equals("— Angela Merkel")));
        List<String> relations = texts("li.relation");
        assertTrue(relations.stream().anyMatch(r -> r.startsWith("Angela Merkel holds a role in Germany")
                && r.contains("German Chancellor Angela Merkel said this week that “there are big discussions about"
                        + " Huawei” in her country.")
                && r.endsWith("seeds/000_dda217fced0dccb5.txt")), relations.toString());

        Path shot = Path.of("target/view-screenshot.png");
        Files.createDirectories(shot.getParent());
        Files.write(shot, driver.getScreenshotAs(OutputType.BYTES));
    }

    @Test
    void tappingANodeOrAnEntityInThePanelSelectsIt() {
        openView();
        // a real click on the canvas, at the node's rendered position
        WebElement graph = driver.findElement(By.id("graph"));
        @SuppressWarnings("unchecked")
        Map<String, Number> at = (Map<String, Number>) js(
                "return window.newsgraphView.cy.getElementById(arguments[0]).renderedPosition();", HUAWEI);
        new Actions(driver).moveToElement(graph, at.get("x").intValue() - graph.getSize().getWidth() / 2,
                at.get("y").intValue() - graph.getSize().getHeight() / 2).click().perform();
        waitForPanel(HUAWEI);
        assertEquals("Huawei", panel().findElement(By.tagName("h2")).getText());
        assertEquals(List.of("Company", "Organization"), texts(".types .badge"));

        // the page's own hook, then a link from the panel to another entity
        js("window.newsgraphView.select(arguments[0]);", ENTITY + "germany");
        waitForPanel(ENTITY + "germany");
        assertEquals("Germany", panel().findElement(By.tagName("h2")).getText());
        WebElement wikidata = panel().findElement(By.cssSelector("a.wikidata"));
        assertEquals("https://www.wikidata.org/wiki/Q183", wikidata.getAttribute("href"));
        panel().findElement(By.cssSelector("li.role button.entity[data-entity='" + MERKEL + "']")).click();
        waitForPanel(MERKEL);
        assertEquals("Angela Merkel", panel().findElement(By.tagName("h2")).getText());
    }

    @Test
    void filtersHideNodesByTypeAndByArticle() {
        openView();
        String visible = "return window.newsgraphView.cy.getElementById(arguments[0]).visible();";
        List<String> options = driver.findElements(By.cssSelector("#article option")).stream()
                .map(o -> o.getAttribute("value")).toList();
        assertEquals(List.of("", "markup-test.txt", "seeds/000_dda217fced0dccb5.txt", "seeds/004_25da5277dcdc13c7.txt"),
                options);
        driver.findElement(By.cssSelector("#types input[data-type='Person']")).click();
        assertEquals(Boolean.FALSE, js(visible, MERKEL));
        assertEquals(Boolean.TRUE, js(visible, HUAWEI));
        driver.findElement(By.cssSelector("#types input[data-type='Person']")).click();
        assertEquals(Boolean.TRUE, js(visible, MERKEL));

        driver.findElement(By.cssSelector("#article option[value='seeds/004_25da5277dcdc13c7.txt']")).click();
        assertEquals(Boolean.FALSE, js(visible, MERKEL));
        assertEquals(Boolean.TRUE, js(visible, HUAWEI));
        assertEquals(Boolean.TRUE, js(visible, ENTITY + "christopher-wray"));
        String counts = driver.findElement(By.id("counts")).getText();
        assertTrue(counts.matches("\\d+ entities · \\d+ relations"), counts);
    }

    @Test
    void markupInTheDataIsShownAsTextAndNeverRuns() {
        openView();
        search("Jonny");
        List<String> matches = driver.findElements(By.cssSelector("#matches li")).stream()
                .map(e -> e.getAttribute("textContent")).toList();
        assertEquals(List.of(MARKUP_NAME + "(" + IMG + "Jonny)"), matches);
        driver.findElement(By.id("search")).sendKeys(Keys.ENTER);
        waitForPanel(HALVORSEN);

        assertEquals("undefined", js("return typeof window.__xss;"));
        assertEquals(MARKUP_NAME, panel().findElement(By.tagName("h2")).getAttribute("textContent"));
        assertTrue(texts("li.said .quote").contains(MARKUP_QUOTE), texts("li.said .quote").toString());
        assertTrue(texts(".aliases").get(0).contains(IMG + "Jonny"), texts(".aliases").toString());
        assertEquals(0L, js("return document.querySelectorAll('#panel b, #panel img, #panel script, #matches b,"
                + " #matches img').length;"));
        assertEquals(MARKUP_NAME, js("return window.newsgraphView.cy.getElementById(arguments[0]).data('label');",
                HALVORSEN));
        String roles = texts("li.role").stream().collect(Collectors.joining("\n"));
        assertTrue(roles.contains("chief executive of Acme Widgets"), roles);
        assertTrue(roles.contains("\"" + MARKUP_QUOTE + ",\" said Jonas Halvorsen"), roles);
        assertFalse(driver.getPageSource().contains("<b>never</b>"), "no quote was parsed as markup");
        assertEquals("undefined", js("return typeof window.__xss;"));
    }

    @Test
    void markupInTheHtmlDescriptionsIsShownAsTextAndNeverRuns() {
        String article = "/id/article/markup-test-"
                + ContentHash.sha256(ARTICLE.getBytes(StandardCharsets.UTF_8)).substring(0, 12);
        for (String path : List.of("/id/entity/jonas-halvorsen", article)) {
            driver.get(server.baseUrl() + path);
            assertEquals("undefined", js("return typeof window.__xss;"), path);
            assertEquals(0L, js("return document.querySelectorAll('body b, body img, body script').length;"), path);
            String text = (String) js("return document.body.textContent;");
            assertTrue(text.contains(MARKUP_NAME), path + ": " + text);
            assertTrue(text.contains(MARKUP_QUOTE), path + ": " + text);
        }
        assertEquals(MARKUP_NAME, js("return document.querySelector('a[href=\"/id/entity/jonas-halvorsen\"]')"
                + ".textContent;"));
    }
}

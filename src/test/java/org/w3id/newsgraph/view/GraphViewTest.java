package org.w3id.newsgraph.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
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
import org.openqa.selenium.interactions.Actions;
import org.w3id.newsgraph.ingest.ArticleOutcome;
import org.w3id.newsgraph.ingest.Ingestor;
import org.w3id.newsgraph.model.ContentHash;
import org.w3id.newsgraph.model.SourceText;
import org.w3id.newsgraph.server.NewsServer;
import org.w3id.newsgraph.store.NewsStore;
import org.w3id.newsgraph.text.ArticleReader;

/**
 * The graph view at {@code /view/} in headless Chromium, over a real TDB2 store built from the seeds plus one
 * made-up article whose names and quote carry markup: it opens on the most-mentioned entities, a tap brings a
 * neighbourhood in and into view, a deep link restores an entity, the filters hide what they should, the
 * exports hold what is shown, and markup in the data is shown as text. What a person reads is checked as text:
 * the "On screen" list carries the graph's labels. Skipped only where Debian's {@code chromium} and
 * {@code chromedriver} are not installed, and never on CI ({@code CI=true}, {@link Browser#require()}).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GraphViewTest {
    static final String HALVORSEN = "https://w3id.org/newsgraph/id/entity/jonas-halvorsen";
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
    ViewPage page;

    @BeforeAll
    void start(@TempDir Path tmp) throws IOException {
        Browser.require();
        Ingestor ingestor = Ingestor.standard(ArticleReader.DEFAULT_MAX_BYTES);
        store = ViewStores.seeds(tmp.resolve("db"), ingestor);
        storeMarkupArticle(ingestor);
        server = ViewStores.serve(store);
        driver = ViewStores.chromium(tmp.resolve("chromium-profile"));
        page = new ViewPage(driver, server.baseUrl());
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
            if (!(t.getSubject().equals(person) && t.getPredicate().equals(org.w3id.newsgraph.rdf.Schema.name))) {
                graph.add(t);
            }
        });
        assertTrue(graph.size() < ready.graph().size(), "the article names Jonas Halvorsen");
        graph.add(Triple.create(person, org.w3id.newsgraph.rdf.Schema.name, NodeFactory.createLiteralString(MARKUP_NAME)));
        graph.add(Triple.create(person, org.w3id.newsgraph.rdf.Schema.alternateName, NodeFactory.createLiteralString(IMG + "Jonny")));
        store.replaceArticle(ready.article(), graph);
    }

    @AfterAll
    void stop() {
        ViewStores.stop(driver, server, store);
    }

    @Test
    void opensOnTheMostMentionedEntitiesWithReadableLabels() throws IOException {
        page.open("");
        List<String> shown = page.shown();
        assertEquals(List.of("Huawei", "United Kingdom", "China"), shown.subList(0, 3), shown.toString());
        assertEquals(page.count("return window.newsgraphView.cy.nodes(':visible').length"), shown.size());
        assertTrue(shown.containsAll(List.of("Angela Merkel", "Germany", "BT", "Christopher Wray")), shown.toString());
        assertEquals(shown.size() + " entities · " + page.count("return window.newsgraphView.cy.edges(':visible')"
                + ".length") + " links", driver.findElement(By.id("counts")).getText());
        assertEquals("", page.status());
        assertEquals("fcose", driver.findElement(By.id("layout-name")).getText());
        // every label drawn is at least 12 px on screen, also once zoomed out, where fewer are drawn
        assertEquals(List.of(), page.smallLabels());
        // on main, ten pairs: "CNN BusineIvana Kottasová", "Michael UKgovernment", ...
        assertEquals(List.of(), page.overlappingLabels(), "labels drawn over each other");
        long labelled = page.count("return window.newsgraphView.cy.nodes('.labelled').length");
        assertTrue(labelled >= 12, "labels drawn: " + labelled);
        page.js("window.newsgraphView.cy.zoom(0.25);");
        page.waitUntil("window.newsgraphView.cy.nodes('.labelled').length < arguments[0]", labelled);
        assertEquals(List.of(), page.smallLabels());
        assertEquals(List.of(), page.overlappingLabels(), "labels drawn over each other, zoomed out");
        Path shot = Path.of("target/view-screenshot.png");
        Files.createDirectories(shot.getParent());
        Files.write(shot, driver.getScreenshotAs(OutputType.BYTES));
    }

    @Test
    void aTapBringsTheNeighbourhoodInAndIntoView() {
        page.open("?entity=marc-allera&depth=1");
        page.waitForPanel("marc-allera");
        List<String> before = page.shown();
        assertEquals(List.of("BT", "CNN", "Marc Allera"), before.stream().sorted().toList());
        // a real click on the canvas, at BT's rendered position
        WebElement graph = driver.findElement(By.id("graph"));
        @SuppressWarnings("unchecked")
        Map<String, Number> at = (Map<String, Number>) page.js(
                "return window.newsgraphView.cy.getElementById('bt').renderedPosition();");
        new Actions(driver).moveToElement(graph, at.get("x").intValue() - graph.getSize().getWidth() / 2,
                at.get("y").intValue() - graph.getSize().getHeight() / 2).click().perform();
        page.waitForPanel("bt");
        assertEquals("BT", page.panelTitle());
        // BT's neighbours came in (United Kingdom, Huawei), what was there stays
        assertEquals(List.of("BT", "CNN", "Huawei", "Marc Allera", "United Kingdom"),
                page.shown().stream().sorted().toList());
        assertEquals(List.of("BT", "Huawei", "Marc Allera", "United Kingdom"),
                page.apiNames("neighbours?entity=bt").stream().sorted().toList());
        assertEquals(Boolean.TRUE, page.js("return window.newsgraphView.cy.getElementById('bt').selected();"));
        assertEquals(List.of(), page.offScreen("bt"));
        assertTrue(driver.getCurrentUrl().endsWith("/view/?entity=bt&depth=1"), driver.getCurrentUrl());
    }

    @Test
    void aDeepLinkRestoresTheEntityAndItsFilters() {
        page.open("?entity=huawei&depth=1&relTypes=basedIn,operatesIn");
        page.waitForPanel("huawei");
        assertEquals("Huawei", page.panelTitle());
        assertEquals(List.of("Huawei", "United Kingdom", "China"), page.shown());
        assertEquals(List.of("basedIn", "operatesIn"), page.checked("#relations input"));
        assertEquals(Boolean.TRUE, page.js("return window.newsgraphView.cy.getElementById('huawei').selected();"));
        assertEquals(List.of(), page.offScreen("huawei"));

        // the search box opens an entity, and the address follows
        page.search("merk");
        assertEquals(List.of("Angela Merkel2"), page.texts("#matches li"));
        driver.findElement(By.id("search")).sendKeys(Keys.ENTER);
        page.waitForPanel("angela-merkel");
        assertTrue(driver.getCurrentUrl().endsWith("/view/?entity=angela-merkel&depth=1&relTypes=basedIn%2CoperatesIn"),
                driver.getCurrentUrl());
        page.open("?entity=no-such-entity");
        assertEquals("Cannot open no-such-entity: no entity 'no-such-entity'", page.status());
    }

    @Test
    void filtersHideWhatTheyShould() {
        page.open("");
        List<String> all = page.shown();
        assertTrue(all.contains("Angela Merkel") && all.contains("Huawei"), all.toString());
        page.click("#types input[data-type='Person']");
        List<String> noPeople = page.shown();
        assertFalse(noPeople.contains("Angela Merkel") || noPeople.contains("Christopher Wray"), noPeople.toString());
        assertTrue(noPeople.contains("Huawei") && noPeople.contains("Germany"), noPeople.toString());
        page.click("#types input[data-type='Person']");
        assertEquals(all, page.shown());

        page.number("min-mentions", 5);
        assertEquals(List.of("Huawei", "United Kingdom", "China"), page.shown());
        assertTrue(driver.getCurrentUrl().endsWith("/view/?minMentions=5"), driver.getCurrentUrl());
        page.number("min-weight", 2);
        assertEquals(List.of("huawei|basedIn|china", "huawei|operatesIn|united-kingdom"), page.visibleEdges());
        page.click("#relations input[data-relation='basedIn']");
        assertEquals(List.of("huawei|operatesIn|united-kingdom"), page.visibleEdges());
        page.click("#relations input[data-relation='basedIn']");

        // co-mentions are off by default; on, the server sends them and they are drawn dashed
        assertEquals(0L, page.count("return window.newsgraphView.cy.edges('[relation = \"coMention\"]').length"));
        page.click("#co-mentions");
        page.waitUntil("window.newsgraphView.cy.edges('[relation = \"coMention\"]').length > 0");
        assertEquals(List.of("china|coMention|huawei", "china|coMention|united-kingdom", "huawei|basedIn|china",
                "huawei|coMention|united-kingdom", "huawei|operatesIn|united-kingdom"), page.visibleEdges());
        assertEquals("dashed", page.js("return window.newsgraphView.cy.getElementById('china|coMention|huawei')"
                + ".style('line-style');"));
    }

    @Test
    void exportsHoldWhatIsShown() {
        page.open("?entity=angela-merkel&depth=1");
        String svg = (String) page.js("return window.newsgraphView.svg();");
        assertTrue(svg.matches("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\\d+\" height=\"\\d+\" .*</svg>"),
                svg);
        assertEquals(2, svg.split("<circle ", -1).length - 1, svg);
        assertEquals(1, svg.split("<line ", -1).length - 1, svg);
        assertTrue(svg.contains(">Angela Merkel</text>") && svg.contains(">Germany</text>"), svg);
        String png = (String) page.js("return window.newsgraphView.png();");
        assertTrue(png.startsWith("data:image/png;base64,iVBORw0KGgo"), png.substring(0, 40));

        // the PNG and SVG buttons hand the browser a file (its link's click recorded here instead of a download)
        page.js("window.testFiles = []; HTMLAnchorElement.prototype.click = function () {"
                + " const name = this.download; window.testFiles.push(fetch(this.href).then(r => r.blob())"
                + " .then(async b => ({ name, type: b.type, size: b.size, text: b.type.includes('svg') ? await b.text()"
                + " : '' }))); };");
        page.click("#export-png");
        page.click("#export-svg");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> files = (List<Map<String, Object>>) page.js("return Promise.all(window.testFiles);");
        assertEquals(List.of("newsgraph-view.png image/png", "newsgraph-view.svg image/svg+xml"), files.stream()
                .map(f -> f.get("name") + " " + String.valueOf(f.get("type")).replaceAll(";.*", "")).toList());
        assertTrue(((Number) files.get(0).get("size")).longValue() > 5000, files.get(0).toString());
        String file = (String) files.get(1).get("text");
        assertTrue(file.contains(">Angela Merkel</text>") && file.contains(">Germany</text>"), file);
    }

    @Test
    void markupInTheDataIsShownAsTextAndNeverRuns() {
        page.open("");
        page.search("Jonny");
        List<String> matches = page.texts("#matches li");
        assertEquals(1, matches.size(), matches.toString());
        assertTrue(matches.get(0).startsWith(MARKUP_NAME), matches.toString());
        driver.findElement(By.id("search")).sendKeys(Keys.ENTER);
        page.waitForPanel("jonas-halvorsen");

        assertEquals("undefined", page.js("return typeof window.__xss;"));
        assertEquals(MARKUP_NAME, page.panelTitle());
        assertTrue(page.texts("#panel li.said .quote").contains(MARKUP_QUOTE), page.texts("#panel li.said .quote").toString());
        assertTrue(page.texts("#panel .aliases").get(0).contains(IMG + "Jonny"), page.texts("#panel .aliases").toString());
        assertTrue(page.shown().contains(MARKUP_NAME), page.shown().toString());
        assertEquals(0L, page.count("return document.querySelectorAll('#panel b, #panel img, #panel script, #matches b,"
                + " #matches img, #shown b, #shown img').length;"));
        assertTrue(((String) page.js("return window.newsgraphView.svg();")).contains("Jonas &lt;b&gt;Halvorsen"));
        assertFalse(driver.getPageSource().contains("<b>never</b>"), "no quote was parsed as markup");
        assertEquals("undefined", page.js("return typeof window.__xss;"));
    }

    @Test
    void markupInTheHtmlDescriptionsIsShownAsTextAndNeverRuns() {
        String article = "/id/article/markup-test-"
                + ContentHash.sha256(ARTICLE.getBytes(StandardCharsets.UTF_8)).substring(0, 12);
        for (String path : List.of("/id/entity/jonas-halvorsen", article)) {
            driver.get(server.baseUrl() + path);
            assertEquals("undefined", page.js("return typeof window.__xss;"), path);
            assertEquals(0L, page.js("return document.querySelectorAll('body b, body img, body script').length;"), path);
            String text = (String) page.js("return document.body.textContent;");
            assertTrue(text.contains(MARKUP_NAME), path + ": " + text);
            assertTrue(text.contains(MARKUP_QUOTE), path + ": " + text);
        }
        assertEquals(MARKUP_NAME, page.js("return document.querySelector('a[href=\"/id/entity/jonas-halvorsen\"]')"
                + ".textContent;"));
    }
}

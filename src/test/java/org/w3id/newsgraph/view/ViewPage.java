package org.w3id.newsgraph.view;

import static org.junit.jupiter.api.Assertions.fail;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import org.apache.jena.atlas.json.JSON;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** The graph view as a test reads and drives it: what is on screen as text, its controls, its hooks. */
final class ViewPage {
    private static final String IDLE = "document.body.dataset.state === 'ready' && document.body.dataset.busy !== 'yes'";

    private final WebDriver driver;
    private final String base;

    ViewPage(WebDriver driver, String base) {
        this.driver = driver;
        this.base = base;
    }

    Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    long count(String script) {
        return ((Number) js(script)).longValue();
    }

    /** Polls {@code EXPR} until it is true, for up to 60 s (the machine may be busy). */
    void waitUntil(String expr, Object... args) {
        long end = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < end) {
            if (Boolean.TRUE.equals(js("return Boolean(" + expr + ");", args))) {
                return;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        fail("timed out waiting for " + expr + "; page state " + js("return document.body.dataset.state;")
                + ", status '" + status() + "', panel '" + js("return document.getElementById('panel').textContent;")
                + "'");
    }

    /** Loads {@code /view/QUERY} and waits until it has drawn. */
    void open(String query) {
        driver.get(base + "/view/" + query);
        waitUntil("document.body.dataset.state === 'ready' || document.body.dataset.state === 'error'");
        idle();
    }

    void idle() {
        waitUntil(IDLE);
    }

    String status() {
        return (String) js("return document.getElementById('status').textContent;");
    }

    void waitForPanel(String key) {
        waitUntil("document.getElementById('panel').dataset.state === 'loaded'"
                + " && document.getElementById('panel').dataset.entity === arguments[0]", key);
        idle();
    }

    String panelTitle() {
        return driver.findElement(By.cssSelector("#panel h2")).getAttribute("textContent");
    }

    /** The names in the "On screen" list, most-mentioned first. */
    List<String> shown() {
        return texts("#shown .name");
    }

    List<String> texts(String css) {
        return driver.findElements(By.cssSelector(css)).stream().map(e -> e.getAttribute("textContent")).toList();
    }

    List<String> checked(String css) {
        return driver.findElements(By.cssSelector(css)).stream().filter(WebElement::isSelected)
                .map(e -> e.getAttribute("value")).toList();
    }

    void click(String css) {
        driver.findElement(By.cssSelector(css)).click();
        idle();
    }

    /** Types a number into a field and leaves it (its change event fires). */
    void number(String id, int value) {
        WebElement input = driver.findElement(By.id(id));
        js("arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('change'));", input,
                String.valueOf(value));
        idle();
    }

    void search(String text) {
        WebElement box = driver.findElement(By.id("search"));
        box.clear();
        box.sendKeys(text);
        waitUntil("!document.getElementById('matches').hidden");
    }

    /** The ids (source|relation|target) of the edges drawn, sorted. */
    @SuppressWarnings("unchecked")
    List<String> visibleEdges() {
        return ((List<String>) js("return window.newsgraphView.cy.edges(':visible').map(e => e.id()).sort();"));
    }

    /** Labels drawn smaller than 12 px on screen ("name: size"). */
    @SuppressWarnings("unchecked")
    List<String> smallLabels() {
        return (List<String>) js("return window.newsgraphView.cy.nodes('.labelled:visible')"
                + ".filter(n => parseFloat(n.renderedStyle('font-size')) < 12)"
                + ".map(n => n.data('label') + ': ' + n.renderedStyle('font-size'));");
    }

    /** The pairs of drawn labels whose boxes overlap (by more than 2 px each way on screen): text over text. */
    @SuppressWarnings("unchecked")
    List<String> overlappingLabels() {
        return (List<String>) js("const cy = window.newsgraphView.cy; const m = 2 / cy.zoom();"
                + " const ls = cy.nodes('.labelled:visible').map(n => ({ name: n.data('label'),"
                + " b: n.boundingBox({ includeNodes: false, includeEdges: false, includeLabels: true }) }));"
                + " const out = []; for (let i = 0; i < ls.length; i++) for (let j = i + 1; j < ls.length; j++) {"
                + " const a = ls[i].b, b = ls[j].b;"
                + " if (a.x1 + m < b.x2 && b.x1 + m < a.x2 && a.y1 + m < b.y2 && b.y1 + m < a.y2)"
                + " out.push(ls[i].name + ' / ' + ls[j].name); } return out;");
    }

    /** The nodes of {@code key}'s neighbourhood whose centre is outside the canvas. */
    @SuppressWarnings("unchecked")
    List<String> offScreen(String key) {
        return (List<String>) js("const cy = window.newsgraphView.cy; return cy.getElementById(arguments[0])"
                + ".closedNeighborhood().nodes(':visible').filter(n => { const p = n.renderedPosition();"
                + " return p.x < 0 || p.y < 0 || p.x > cy.width() || p.y > cy.height(); }).map(n => n.id());", key);
    }

    /** The names the API itself gives for {@code pathAndQuery} (to compare what is drawn with what was sent). */
    List<String> apiNames(String pathAndQuery) {
        try {
            HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base
                    + "/view/api/" + pathAndQuery)).build(), HttpResponse.BodyHandlers.ofString());
            return JSON.parse(r.body()).get("nodes").getAsArray().stream()
                    .map(n -> n.getAsObject().get("label").getAsString().value()).toList();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

}

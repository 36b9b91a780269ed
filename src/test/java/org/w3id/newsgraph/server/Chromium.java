package org.w3id.newsgraph.server;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.logging.Level;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Headless Chromium for the page tests, with its network log on, so a test can list every URL the page asked
 * for. Skipped where Debian's {@code chromium} and {@code chromedriver} are missing, failed instead on CI
 * ({@code CI=true}), where they are installed and a skip would hide a broken install.
 */
final class Chromium {
    static final File BROWSER = new File("/usr/bin/chromium");
    static final File DRIVER = new File("/usr/bin/chromedriver");

    private Chromium() {}

    static ChromeDriver start(Path profile) throws IOException {
        boolean installed = BROWSER.canExecute() && DRIVER.canExecute();
        String missing = "needs " + BROWSER + " and " + DRIVER + " (apt-get install chromium chromium-driver)";
        if (!installed && "true".equalsIgnoreCase(System.getenv().getOrDefault("CI", "").strip())) {
            fail("CI=true but the browser test cannot run: it " + missing);
        }
        assumeTrue(installed, missing);
        Files.createDirectories(profile);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER)
                .usingAnyFreePort().build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BROWSER);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--window-size=1400,1000", "--user-data-dir=" + profile);
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.PERFORMANCE, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        return new ChromeDriver(service, options);
    }

    /** The URLs of the requests the pages made since the last call (the log is drained by reading it). */
    static List<String> requests(ChromeDriver driver) {
        return driver.manage().logs().get(LogType.PERFORMANCE).getAll().stream().map(LogEntry::getMessage)
                .map(m -> JSON.parse(m).get("message").getAsObject())
                .filter(m -> m.get("method").getAsString().value().equals("Network.requestWillBeSent"))
                .map(m -> ((JsonObject) m.get("params")).get("request").getAsObject().get("url").getAsString()
                        .value())
                .toList();
    }

    /** Every URL asked for is on {@code base}, or local to the page ({@code data:}, {@code blob:}). */
    static List<String> offMachine(List<String> urls, String base) {
        return urls.stream().filter(u -> !u.startsWith(base + "/") && !u.startsWith("data:")
                && !u.startsWith("blob:")).toList();
    }
}

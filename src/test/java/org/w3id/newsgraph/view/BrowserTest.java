package org.w3id.newsgraph.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/** The browser tests skip without Chromium, but fail on CI, where a skip would hide a broken install. */
class BrowserTest {
    @TempDir
    Path tmp;

    File missing() {
        return tmp.resolve("no-such-chromium").toFile();
    }

    File executable(String name) throws IOException {
        Path p = Files.writeString(tmp.resolve(name), "#!/bin/sh\n");
        Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwxr-xr-x"));
        return p.toFile();
    }

    @Test
    void missingBrowserSkipsOutsideCi() throws IOException {
        File driver = executable("chromedriver");
        TestAbortedException e = assertThrows(TestAbortedException.class,
                () -> Browser.require(missing(), driver, Map.of()));
        assertTrue(e.getMessage().contains("apt-get install chromium chromium-driver"), e.getMessage());
        assertThrows(TestAbortedException.class, () -> Browser.require(missing(), driver, Map.of("CI", "false")));
    }

    @Test
    void missingBrowserFailsOnCi() throws IOException {
        File driver = executable("chromedriver");
        AssertionFailedError e = assertThrows(AssertionFailedError.class,
                () -> Browser.require(missing(), driver, Map.of("CI", "true")));
        assertEquals("CI=true but the browser test cannot run: it needs " + missing() + " and " + driver
                + " (apt-get install chromium chromium-driver)", e.getMessage());
        assertThrows(AssertionFailedError.class, () -> Browser.require(executable("chromium"), missing(),
                Map.of("CI", "TRUE")));
    }

    @Test
    void installedBrowserRunsEverywhere() throws IOException {
        File chromium = executable("chromium");
        File driver = executable("chromedriver");
        Browser.require(chromium, driver, Map.of("CI", "true"));
        Browser.require(chromium, driver, Map.of());
        assertTrue(chromium.canExecute() && driver.canExecute());
    }
}

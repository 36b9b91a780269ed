package org.w3id.newsgraph.view;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.util.Map;

/**
 * Whether the browser tests can run. Where Debian's {@code chromium} and {@code chromedriver} are missing they are
 * skipped, except on CI ({@code CI=true}): {@code .ci/run} installs both, so a missing browser there is a broken
 * install and must fail the build rather than hide as zero tests run.
 */
public final class Browser {
    static final File CHROMIUM = new File("/usr/bin/chromium");
    static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");

    private Browser() {}

    /** Skips (or, on CI, fails) the calling test unless both executables are there. */
    public static void require() {
        require(CHROMIUM, CHROMEDRIVER, System.getenv());
    }

    static void require(File chromium, File chromedriver, Map<String, String> env) {
        boolean installed = chromium.canExecute() && chromedriver.canExecute();
        String missing = "needs " + chromium + " and " + chromedriver
                + " (apt-get install chromium chromium-driver)";
        if (!installed && "true".equalsIgnoreCase(env.getOrDefault("CI", "").strip())) {
            fail("CI=true but the browser test cannot run: it " + missing);
        }
        assumeTrue(installed, missing);
    }
}

package org.w3id.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ./newsgraph screenshot} ends by stopping the server it started. The server dies of that SIGTERM, so
 * waiting for it returns 143; under the launcher's {@code set -e} that status used to become the launcher's own
 * (the picture drawn, yet exit 143). The launcher's {@code screenshot_cleanup} is run here, as its exit trap,
 * around a stand-in server (a sleeping child), without building the jar or starting Chromium.
 */
class LauncherScreenshotTest {
    @TempDir
    Path tmp;

    private int runWithCleanup(String body) throws Exception {
        String script = "set -euo pipefail\n"
                + "eval \"$(sed -n '/^screenshot_cleanup() {/,/^}/p' newsgraph)\"\n"
                + "tmp=\"" + tmp.resolve("work") + "\"; mkdir -p \"$tmp\"; server=\"\"\n"
                + "trap screenshot_cleanup EXIT\n"
                + "sleep 60 & server=$!\n"
                + body;
        Process p = new ProcessBuilder("bash", "-c", script).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(30, TimeUnit.SECONDS), "the launcher's cleanup returned: " + out);
        return p.exitValue();
    }

    @Test
    void aServerStoppedAtTheEndDoesNotBecomeTheExitStatus() throws Exception {
        assertEquals(0, runWithCleanup("echo drawn\nexit 0\n"));
        assertFalse(Files.exists(tmp.resolve("work")), "the temporary folder is removed");
    }

    @Test
    void aFailureKeepsItsOwnStatus() throws Exception {
        assertEquals(1, runWithCleanup("echo 'no entity' >&2\nexit 1\n"));
        assertFalse(Files.exists(tmp.resolve("work")));
    }
}

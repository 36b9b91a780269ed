package org.w3id.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The built jar on a terminal: the progress bar's JLine loads a native library, which JDK 22+ reports in four
 * "restricted method" warnings unless the jar's manifest enables native access. Runs after {@code package}
 * (failsafe), under a pseudo-terminal from util-linux {@code script}.
 */
class JarNativeAccessIT {
    private static final Path JAR = Path.of("target/newsgraph.jar");

    @TempDir
    Path tmp;

    @Test
    void manifestEnablesNativeAccess() throws IOException {
        try (JarFile jar = new JarFile(JAR.toFile())) {
            assertEquals("ALL-UNNAMED", jar.getManifest().getMainAttributes().getValue("Enable-Native-Access"));
        }
    }

    @Test
    void buildOnATerminalPrintsNoNativeAccessWarning() throws Exception {
        Path script = Path.of("/usr/bin/script");
        assumeTrue(Files.isExecutable(script), "no util-linux script for a pseudo-terminal");
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        String command = java + " -jar " + JAR + " build --store " + tmp.resolve("store");
        Path log = tmp.resolve("terminal.txt");
        ProcessBuilder pb = new ProcessBuilder(List.of(script.toString(), "-qec", command, "/dev/null"))
                .redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().remove("CI"); // CI turns the bar (and so JLine) off
        pb.environment().putIfAbsent("TERM", "xterm");
        Process p = pb.start();
        assertTrue(p.waitFor(3, TimeUnit.MINUTES), "build did not finish");
        String text = Files.readString(log, StandardCharsets.UTF_8);
        assertEquals(0, p.exitValue(), text);
        assertTrue(text.contains("art/s"), "ran with the progress bar: " + text);
        assertFalse(text.contains("WARNING"), text);
    }
}

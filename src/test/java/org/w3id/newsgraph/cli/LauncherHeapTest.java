package org.w3id.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/**
 * The launcher ({@code ./newsgraph}) gives the JVM a heap: 4g by default (half the RAM when that is less),
 * {@code NEWSGRAPH_HEAP} when set, and nothing of its own when {@code NEWSGRAPH_JAVA_OPTS} already has one.
 * {@code ./newsgraph java-opts} prints the options it passes to {@code java}.
 */
class LauncherHeapTest {
    record Run(int exit, String out, String err) {
    }

    static Run javaOpts(Map<String, String> env) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder("bash", "newsgraph", "java-opts");
        pb.environment().remove("NEWSGRAPH_HEAP");
        pb.environment().remove("NEWSGRAPH_JAVA_OPTS");
        pb.environment().putAll(env);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
        }
        return new Run(p.exitValue(), out, err);
    }

    /** 4g, or half the RAM in MiB when that is less (as the launcher reads /proc/meminfo). */
    static String defaultHeap() throws IOException {
        Path meminfo = Path.of("/proc/meminfo");
        long mb = 4096;
        if (Files.exists(meminfo)) {
            for (String line : Files.readAllLines(meminfo)) {
                if (line.startsWith("MemTotal:")) {
                    mb = Math.min(mb, Long.parseLong(line.replaceAll("\\D", "")) / 1024 / 2);
                }
            }
        }
        return mb % 1024 == 0 ? "-Xmx" + mb / 1024 + "g" : "-Xmx" + mb + "m";
    }

    @Test
    void defaultHeapIsSetAndCanBeChanged() throws Exception {
        assertEquals(new Run(0, defaultHeap(), ""), javaOpts(Map.of()));
        assertEquals(new Run(0, "-Xmx8g", ""), javaOpts(Map.of("NEWSGRAPH_HEAP", "8g")));
        assertEquals(new Run(0, "-Xmx2g -Dfile.encoding=UTF-8", ""),
                javaOpts(Map.of("NEWSGRAPH_JAVA_OPTS", "-Xmx2g -Dfile.encoding=UTF-8", "NEWSGRAPH_HEAP", "8g")));
        assertEquals(new Run(0, defaultHeap() + " -Dfile.encoding=UTF-8", ""),
                javaOpts(Map.of("NEWSGRAPH_JAVA_OPTS", "-Dfile.encoding=UTF-8")));
        assertEquals(new Run(0, "-XX:MaxRAMPercentage=60", ""),
                javaOpts(Map.of("NEWSGRAPH_JAVA_OPTS", "-XX:MaxRAMPercentage=60")));
    }

    @Test
    void aBadHeapSizeIsOneLine() throws Exception {
        assertEquals(new Run(2, "", "newsgraph: NEWSGRAPH_HEAP must be a size such as 4g or 1500m, not 'lots'"),
                javaOpts(Map.of("NEWSGRAPH_HEAP", "lots")));
    }
}

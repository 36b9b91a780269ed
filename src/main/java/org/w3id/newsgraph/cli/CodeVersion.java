package org.w3id.newsgraph.cli;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * The versions of this build, from {@code newsgraph-build.properties} (filled in by Maven from the pom), and a
 * fingerprint of the running code for records that only that code may reuse.
 */
final class CodeVersion {
    private CodeVersion() {}

    /** The build's properties: {@code version}, {@code jena.version}, {@code opennlp.version}; empty when absent. */
    static Properties properties() {
        Properties p = new Properties();
        try (InputStream in = CodeVersion.class.getResourceAsStream("/newsgraph-build.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            // absent or unreadable: the callers show "(development build)"
        }
        return p;
    }

    /**
     * The project version, with the size and time of the jar it runs from: a development version stays the same
     * while its code changes, and every rebuilt jar gets a new fingerprint. Conservative by design: a new jar
     * only costs one re-extraction of what an older one refused.
     */
    static String fingerprint() {
        String version = properties().getProperty("version", "development");
        try {
            Path code = Path.of(CodeVersion.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isRegularFile(code)) {
                return version + " " + Files.size(code) + " " + Files.getLastModifiedTime(code).toMillis();
            }
        } catch (IOException | URISyntaxException | RuntimeException e) {
            // no jar to fingerprint: the version alone
        }
        return version;
    }
}

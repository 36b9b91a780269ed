package org.w3id.newsgraph.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

import picocli.CommandLine.IVersionProvider;

/**
 * Reads the versions from {@code newsgraph-build.properties}, which Maven fills in from the pom, so they are
 * never out of step with the build. (The shaded jar's manifest is ours, so Jena cannot report its own version.)
 */
final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() throws IOException {
        Properties p = new Properties();
        try (InputStream in = VersionProvider.class.getResourceAsStream("/newsgraph-build.properties")) {
            if (in != null) {
                p.load(in);
            }
        }
        return new String[] {"newsgraph " + p.getProperty("version", "(development build)"),
                "Apache Jena " + p.getProperty("jena.version", "?") + ", Apache OpenNLP " + p.getProperty("opennlp.version", "?")
                        + ", Java " + Runtime.version()};
    }
}

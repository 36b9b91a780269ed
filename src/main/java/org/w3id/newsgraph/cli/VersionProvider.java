package org.w3id.newsgraph.cli;

import java.util.Properties;

import picocli.CommandLine.IVersionProvider;

/**
 * The versions from {@code newsgraph-build.properties} ({@link CodeVersion}), which Maven fills in from the pom,
 * so they are never out of step with the build. (The shaded jar's manifest is ours, so Jena cannot report its own version.)
 */
final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        Properties p = CodeVersion.properties();
        return new String[] {"newsgraph " + p.getProperty("version", "(development build)"),
                "Apache Jena " + p.getProperty("jena.version", "?") + ", Apache OpenNLP " + p.getProperty("opennlp.version", "?")
                        + ", Java " + Runtime.version()};
    }
}

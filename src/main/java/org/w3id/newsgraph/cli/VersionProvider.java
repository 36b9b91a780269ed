package org.w3id.newsgraph.cli;

import picocli.CommandLine.IVersionProvider;

/** Reads the version from the jar manifest (Implementation-Version), so it is never out of step with the pom. */
final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        String v = Main.class.getPackage().getImplementationVersion();
        return new String[] {"newsgraph " + (v == null ? "(development build)" : v),
                "Java " + Runtime.version() + ", Apache Jena " + org.apache.jena.Jena.VERSION};
    }
}

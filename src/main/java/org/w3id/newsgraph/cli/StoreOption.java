package org.w3id.newsgraph.cli;

import java.nio.file.Path;

import picocli.CommandLine.Option;

/** The {@code --store} option shared by the commands that read or write the TDB2 store. */
final class StoreOption {
    @Option(names = "--store", paramLabel = "DIR", description = "TDB2 store folder (default: data/ in the project).")
    Path store;

    Path dir() {
        return store != null ? store : Home.store();
    }
}

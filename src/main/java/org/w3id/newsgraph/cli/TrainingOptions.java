package org.w3id.newsgraph.cli;

import picocli.CommandLine.Option;

/** The learner's settings every {@code train} command shares (a picocli mixin). */
final class TrainingOptions {
    @Option(names = "--iterations", defaultValue = "300", description = "Training iterations (default: ${DEFAULT-VALUE}).")
    int iterations;

    @Option(names = "--cutoff", defaultValue = "1", description = "Minimum feature count (default: ${DEFAULT-VALUE}).")
    int cutoff;
}

package org.w3id.newsgraph.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code bench}: the benchmarks, one subcommand each (results go to docs/BENCHMARKS.md by hand). */
@Command(name = "bench", mixinStandardHelpOptions = true, description = "Benchmarks: extraction speed, server load.",
        subcommands = {BenchExtractCommand.class, BenchServerCommand.class})
final class BenchCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}

package org.w3id.newsgraph.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code bench}: the benchmarks and the fuzzer, one subcommand each (results go to docs/ by hand). */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Benchmarks: extraction speed, server load, fuzzing, the graph view.",
        subcommands = {BenchExtractCommand.class, BenchServerCommand.class, BenchFuzzCommand.class,
            BenchViewCommand.class})
final class BenchCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}

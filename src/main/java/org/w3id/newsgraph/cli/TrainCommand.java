package org.w3id.newsgraph.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code train}: trains the statistical models that ship in the jar, one subcommand each. */
@Command(name = "train", mixinStandardHelpOptions = true, description = "Train the models that ship in the jar.",
        subcommands = {TrainNerCommand.class, TrainRelationsCommand.class})
final class TrainCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}

package org.w3id.newsgraph.cli;

import java.io.PrintWriter;

import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Wrong usage is one line and exit 2, like every other error (picocli's default prints the whole usage after
 * the message, burying it). Picocli's own messages get a pointer to {@code --help}; a wrong format names the
 * choices itself.
 */
final class UsageErrors implements IParameterExceptionHandler {
    @Override
    public int handleParseException(ParameterException ex, String[] args) {
        CommandLine cmd = ex.getCommandLine();
        PrintWriter err = cmd.getErr();
        if (ex.getCause() instanceof FormatConverter.UnknownFormat wrong) {
            err.println("newsgraph: " + Main.oneLine(wrong));
        } else if (ex instanceof UnmatchedArgumentException || ex instanceof MissingParameterException) {
            err.println("newsgraph: " + Main.oneLine(ex) + " (see '" + cmd.getCommandSpec().qualifiedName()
                    + " --help')");
        } else {
            err.println("newsgraph: " + Main.oneLine(ex));
        }
        err.flush();
        return cmd.getCommandSpec().exitCodeOnInvalidInput();
    }
}

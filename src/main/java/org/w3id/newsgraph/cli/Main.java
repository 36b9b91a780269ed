package org.w3id.newsgraph.cli;

import java.io.PrintWriter;

import org.apache.jena.sys.JenaSystem;
import org.w3id.newsgraph.logging.Logging;
import org.w3id.newsgraph.text.Printable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * The {@code newsgraph} command line. Exit codes: 0 success, 1 failure at run time, 2 wrong usage. Errors are
 * one line; {@code --verbose} adds the stack trace and Jena's and Jetty's logs.
 */
@Command(name = "newsgraph", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Builds a knowledge graph from English news articles, stores it in TDB2 and serves it with Fuseki.",
        subcommands = {HelpCommand.class, ExtractCommand.class, BuildCommand.class, ServeCommand.class,
            UpCommand.class, CompactCommand.class, QueryCommand.class, QueriesCommand.class, ExportCommand.class,
            EvaluateCommand.class, BenchCommand.class, ScreenshotCommand.class,
            TrainCommand.class})
public final class Main implements Runnable {
    static final int OK = 0;
    static final int FAILED = 1;

    private boolean verbose;

    @Option(names = "--verbose", scope = ScopeType.INHERIT, description = "Show stack traces and library logs.")
    void setVerbose(boolean verbose) {
        this.verbose = verbose;
        Logging.verbose(verbose);
    }

    boolean verbose() {
        return verbose;
    }

    /** Whether {@code --verbose} was given, for a subcommand. */
    static boolean verbose(CommandLine.Model.CommandSpec spec) {
        return spec.root().userObject() instanceof Main m && m.verbose();
    }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The configured command line; tests call this and capture its writers. */
    public static CommandLine commandLine() {
        JenaSystem.init(); // Jena must initialise before any vocabulary class is touched
        Logging.quiet();
        Main main = new Main();
        CommandLine cl = new CommandLine(main);
        cl.setParameterExceptionHandler(new UsageErrors()); // wrong usage: one line, exit 2
        cl.setExecutionExceptionHandler((ex, cmd, parseResult) -> {
            PrintWriter err = cmd.getErr();
            err.println("newsgraph: " + oneLine(ex));
            if (main.verbose) {
                ex.printStackTrace(err);
            }
            err.flush();
            return FAILED;
        });
        return cl;
    }

    /** The message on one line: line breaks become spaces, other control characters are escaped. */
    static String oneLine(Throwable ex) {
        String m = ex.getMessage();
        if (m == null || m.isBlank()) {
            m = ex.getClass().getSimpleName();
        }
        return Printable.escape(m.strip().replaceAll("\\s*\\R\\s*", " "));
    }
}

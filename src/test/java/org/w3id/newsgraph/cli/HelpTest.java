package org.w3id.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import picocli.CommandLine;

/** {@code --help} on every command and subcommand, and {@code --version}. */
class HelpTest {
    /** Every command path below the root, e.g. "build", "bench server", found from the command line itself. */
    static Stream<String> commands() {
        List<String> out = new ArrayList<>();
        collect(Main.commandLine(), "", out);
        return out.stream();
    }

    private static void collect(CommandLine cl, String prefix, List<String> out) {
        cl.getSubcommands().forEach((name, sub) -> {
            String path = prefix.isEmpty() ? name : prefix + " " + name;
            out.add(path);
            collect(sub, path, out);
        });
    }

    @Test
    void everyCommandOfTheIssueIsThere() {
        assertTrue(commands().toList().containsAll(List.of("extract", "build", "serve", "up", "query", "queries",
                "export", "evaluate", "bench", "bench extract", "bench server")), commands().toList().toString());
    }

    @ParameterizedTest(name = "{0} --help")
    @MethodSource("commands")
    void helpExitsZeroWithUsage(String command) {
        List<String> args = new ArrayList<>(List.of(command.split(" ")));
        args.add("--help");
        Cli r = Cli.run(args.toArray(String[]::new));
        assertEquals(0, r.exit(), r.err());
        assertEquals("", r.err());
        // picocli's own help command puts its description first
        assertTrue(r.out().lines().anyMatch(l -> l.startsWith("Usage: newsgraph " + command + " [-h")), r.out());
        assertTrue(r.out().contains("-h, --help"), r.out());
    }

    @Test
    void rootHelpListsTheCommands() {
        Cli r = Cli.run("--help");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().startsWith("Usage: newsgraph [-hV] [--verbose] [COMMAND]"), r.out());
        commands().filter(c -> !c.contains(" ")).forEach(c -> assertTrue(r.out().contains("\n  " + c + " "), c));
    }

    @Test
    void versionNamesJenaAndExitsZero() {
        Cli r = Cli.run("--version");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().matches("(?s)newsgraph \\d+\\.\\d+\\.\\d+.*\\RApache Jena 6\\.\\d+\\.\\d+, .*"), r.out());
        assertEquals(r.out(), Cli.run("-V").out());
    }
}

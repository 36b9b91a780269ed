package org.w3id.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code query} on the seeds: a missing parameter is wrong usage; a result cut at --max-rows says so. */
class QueryCommandTest {
    @TempDir
    static Path dir;

    private static String store() {
        return dir.resolve("store").toString();
    }

    @BeforeAll
    static void build() {
        Cli r = Cli.run("build", "--store", store());
        assertEquals(0, r.exit(), r.err());
    }

    @Test
    void missingParameterIsOneLineAndExitTwo() {
        Cli r = Cli.run("query", "acting-on", "--store", store());
        assertEquals(1, r.errLines().size(), r.err());
        assertEquals(true, r.err().startsWith("newsgraph: query acting-on needs a value for 'entity' ("), r.err());
        assertEquals(true, r.err().endsWith("): --param entity=...\n"), r.err());
        assertEquals("", r.out());
        assertEquals(2, r.exit());
    }

    @Test
    void unknownParameterIsExitTwo() {
        Cli r = Cli.run("query", "roles", "--store", store(), "--param", "who=x");
        assertEquals("newsgraph: query roles has no parameter 'who'; its parameters: limit, offset\n", r.err());
        assertEquals(2, r.exit());
    }

    @Test
    void cappedResultSaysSoOnStandardError() {
        Cli r = Cli.run("query", "roles", "--store", store(), "--format", "csv", "--max-rows", "2");
        assertEquals(0, r.exit(), r.err());
        assertEquals(3, r.out().lines().count(), r.out()); // the header and two rows
        assertEquals("newsgraph: showing the first 2 rows (--max-rows)\n", r.err());
    }

    @Test
    void wholeResultSaysNothing() {
        Cli r = Cli.run("query", "roles", "--store", store(), "--format", "csv", "--max-rows", "6");
        assertEquals(0, r.exit(), r.err());
        assertEquals(6, r.out().lines().count(), r.out()); // the header and the five roles
        assertEquals("", r.err());
    }
}

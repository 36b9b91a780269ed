package org.w3id.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Wrong usage is one line on standard error and exit 2, never the whole usage. */
class UsageErrorsTest {
    private static final String EXPORT_FORMATS = "turtle, trig, jsonld, nquads, ntriples, graphml, gexf, dot, cytoscape";

    @ParameterizedTest(name = "{0} --format xyz")
    @CsvSource(delimiter = '|', value = {
        "query roles          | table, csv, tsv, json",
        "export               | " + EXPORT_FORMATS,
        "extract seeds        | " + EXPORT_FORMATS})
    void unknownFormatIsOneLine(String command, String choices) {
        String[] words = command.split(" ");
        String[] args = java.util.Arrays.copyOf(words, words.length + 2);
        args[words.length] = "--format";
        args[words.length + 1] = "xyz";
        Cli r = Cli.run(args);
        assertEquals("newsgraph: unknown format 'xyz' (choose from " + choices + ")\n", r.err());
        assertEquals("", r.out());
        assertEquals(2, r.exit());
    }

    @Test
    void formatsAreReadInAnyCaseAndByExtension() {
        Cli r = Cli.run("extract", "seeds/004_25da5277dcdc13c7.txt", "--format", "NT");
        assertEquals(0, r.exit(), r.err());
    }

    @Test
    void unknownOptionIsOneLineWithAPointerToHelp() {
        Cli r = Cli.run("build", "--no-such-option");
        assertEquals("newsgraph: Unknown option: '--no-such-option' (see 'newsgraph build --help')\n", r.err());
        assertEquals(2, r.exit());
    }
}

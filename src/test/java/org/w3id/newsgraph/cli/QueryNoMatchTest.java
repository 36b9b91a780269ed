package org.w3id.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.w3id.newsgraph.query.FixtureStore;

/**
 * {@code query acting-on|stance|who-said-about --param entity=...} on a real TDB2 store: a name that matches
 * nothing prints the header and no rows (exit 0), a matching one its exact rows. (Jena 6.0.0 failed the first
 * with "Peek iterator is already empty".)
 */
class QueryNoMatchTest {
    @TempDir
    static Path tmp;
    static Path store;

    @BeforeAll
    static void build() {
        store = tmp.resolve("db");
        FixtureStore.open(store).close();
    }

    static List<List<String>> run(String name, String entity) {
        Cli r = Cli.run("query", name, "--store", store.toString(), "--format", "csv", "--param", "entity=" + entity);
        assertEquals(0, r.exit(), r.err());
        assertEquals("", r.err());
        return FixtureStore.rows(r.out());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "acting-on, organizationName|relation|objectName|evidence|article",
        "stance, holderName|polarity|targetName|cues|quote|article",
        "who-said-about, aboutName|speakerName|quote|article"})
    void noMatchPrintsTheHeaderOnly(String name, String header) {
        assertEquals(List.of(List.of(header.split("\\|"))), run(name, "Nobody"));
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"acting-on, huawei", "stance, huawei", "who-said-about, NCSC"})
    void aMatchPrintsItsRows(String name, String entity) {
        FixtureStore.assertSameRows(FixtureStore.expected(name + "@" + entity), run(name, entity));
    }
}

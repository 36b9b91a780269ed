package org.w3id.newsgraph.query;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.w3id.newsgraph.store.EntitySummary;
import org.w3id.newsgraph.store.ListPages;
import org.w3id.newsgraph.store.NewsStore;

/**
 * The prepared queries' fixture ({@code src/test/resources/queries/fixture.trig}) in a real TDB2 store, and its
 * expected rows ({@code expected/NAME@VALUE.csv}), for tests outside this package.
 */
public final class FixtureStore {
    private FixtureStore() {
    }

    /** Opens a TDB2 store in {@code dir} holding the fixture's graphs and their entity summary. */
    public static NewsStore open(Path dir) {
        NewsStore store = NewsStore.open(dir);
        DatasetGraph d = store.dataset();
        try (InputStream in = FixtureStore.class.getResourceAsStream("/queries/fixture.trig")) {
            // the article graphs as the mapper writes them, then the entity summary a build keeps beside them
            Txn.executeWrite(d, () -> {
                RDFParser.source(in).lang(Lang.TRIG).parse(d);
                EntitySummary.rebuild(d);
                ListPages.refresh(d);
            });
        } catch (IOException e) {
            store.close();
            throw new UncheckedIOException(e);
        }
        return store;
    }

    /** The expected rows, header first, of {@code expected/NAME.csv}. */
    public static List<List<String>> expected(String name) {
        try {
            Path file = Path.of(FixtureStore.class.getResource("/queries/expected/" + name + ".csv").toURI());
            return Csv.parse(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The same header, in order, and the same rows, in any order. */
    public static void assertSameRows(List<List<String>> expected, List<List<String>> actual) {
        assertEquals(expected.get(0), actual.get(0), "columns");
        assertEquals(new HashSet<>(expected.subList(1, expected.size())), new HashSet<>(actual.subList(1, actual.size())),
                "rows");
        assertEquals(expected.size(), actual.size(), "row count");
    }

    /** CSV text (RFC 4180, as Jena writes it) as rows of fields. */
    public static List<List<String>> rows(String csv) {
        return Csv.parse(csv);
    }
}

package org.w3id.newsgraph.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3id.newsgraph.query.PreparedQuery;
import org.w3id.newsgraph.query.QueryCatalog;
import org.w3id.newsgraph.query.QueryRunner;
import org.w3id.newsgraph.query.ResultFormat;
import org.w3id.newsgraph.store.NewsStore;

/**
 * Every prepared query, run against a TDB2 store built from the seeds, returns exactly the rows in
 * {@code src/test/resources/seed-queries/NAME[--PARAM=VALUE].csv} (compared as row sets, header first).
 * After a deliberate extraction change, regenerate them with {@code -Dnewsgraph.regenerate=true} and review the diff.
 */
class SeedQueriesTest {
    static final Path EXPECTED = Path.of("src/test/resources/seed-queries");
    static final boolean REGENERATE = Boolean.getBoolean("newsgraph.regenerate");

    static Path dir;
    static NewsStore store;
    static QueryRunner runner;

    @BeforeAll
    static void build() {
        dir = SeedStore.tempDir();
        store = SeedStore.build(dir);
        runner = new QueryRunner(store.dataset(), Duration.ofSeconds(30));
    }

    @AfterAll
    static void close() throws IOException {
        store.close();
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    /** Each prepared query: without parameters when it can run so, and with each parameter set. */
    static Stream<Arguments> cases() {
        List<Arguments> out = new ArrayList<>();
        for (PreparedQuery q : QueryCatalog.fromDirectory(Path.of("queries")).list()) {
            if (q.params().stream().allMatch(p -> p.defaultValue().isPresent())) {
                out.add(Arguments.of(q.name(), Map.of()));
            }
            for (var p : q.params()) {
                if (!p.paging()) {
                    out.add(Arguments.of(q.name(), Map.of(p.name(), "Huawei")));
                }
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("cases")
    void rowsAreExactlyTheExpectedOnes(String name, Map<String, String> params) throws IOException {
        PreparedQuery q = QueryCatalog.fromDirectory(Path.of("queries")).get(name);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        runner.run(q, params, ResultFormat.CSV, out);
        String actual = out.toString(StandardCharsets.UTF_8);
        String file = name + params.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue())
                .reduce("", String::concat) + ".csv";
        Path expectedFile = EXPECTED.resolve(file);
        if (REGENERATE) {
            Files.createDirectories(EXPECTED);
            Files.writeString(expectedFile, actual);
            return;
        }
        if (!Files.exists(expectedFile)) {
            fail("no expected rows for " + file + "; run with -Dnewsgraph.regenerate=true and review");
        }
        List<String> expectedLines = Files.readString(expectedFile).lines().toList();
        List<String> actualLines = actual.lines().toList();
        assertEquals(expectedLines.get(0), actualLines.get(0), name + ": columns");
        TreeSet<String> missing = new TreeSet<>(expectedLines.subList(1, expectedLines.size()));
        actualLines.subList(1, actualLines.size()).forEach(missing::remove);
        TreeSet<String> unexpected = new TreeSet<>(actualLines.subList(1, actualLines.size()));
        expectedLines.subList(1, expectedLines.size()).forEach(unexpected::remove);
        assertTrue(missing.isEmpty() && unexpected.isEmpty() && expectedLines.size() == actualLines.size(),
                name + ": missing rows " + missing + "; unexpected rows " + unexpected);
    }

    @Test
    void thereAreAtLeastTenPreparedQueries() {
        assertTrue(QueryCatalog.fromDirectory(Path.of("queries")).size() >= 10);
    }
}

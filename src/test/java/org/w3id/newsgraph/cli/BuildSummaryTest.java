package org.w3id.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The build summary counts what the store holds (an entity in two articles once) and says "1 role", "2 roles". */
class BuildSummaryTest {
    @TempDir
    Path dir;

    @Test
    void summaryCountsDistinctEntitiesInTheStore() {
        String store = dir.resolve("store").toString();
        Cli r = Cli.run("build", "--store", store);
        assertEquals(0, r.exit(), r.err());
        List<String> lines = r.out().lines().toList();
        Matcher m = Pattern.compile("  entities:  (\\d+) \\((.*)\\)").matcher(lines.get(1));
        assertTrue(m.matches(), lines.get(1));
        int total = Integer.parseInt(m.group(1));
        int sum = Pattern.compile("\\d+").matcher(m.group(2)).results().mapToInt(x -> Integer.parseInt(x.group())).sum();
        assertEquals(total, sum, "the types add up to the total: " + lines.get(1));
        // one row per entity in the store, where the per-article counts (15 + 18) name Huawei and others twice
        Cli entities = Cli.run("query", "entities", "--store", store, "--format", "csv");
        assertEquals(total, entities.out().lines().count() - 1, entities.out());
        assertTrue(total < 33, lines.get(1));
        assertEquals("  roles:     5", lines.get(2));
        assertTrue(lines.get(5).matches("  triples:   \\d+ in the store"), lines.get(5));
        assertTrue(lines.get(6).matches("  written:   through Jena's bulk loader into the empty store, while extraction "
                + "went on \\(\\d+\\.\\d s with the summary, the search index and the list pages\\)"), lines.get(6));
        assertTrue(lines.get(7).matches("  shapes:    the union graph conforms to ontology/archive-shapes\\.ttl "
                + "\\(checked in \\d+\\.\\d s\\)"), lines.get(7));
        assertEquals(8, lines.size(), r.out());
    }

    @Test
    void aStoreHoldingArticlesIsWrittenInBatches() {
        String store = dir.resolve("store").toString();
        Cli first = Cli.run("build", "seeds/000_dda217fced0dccb5.txt", "--store", store);
        assertEquals(0, first.exit(), first.err());
        assertTrue(first.out().contains("through Jena's bulk loader"), first.out());
        Cli second = Cli.run("build", "seeds/004_25da5277dcdc13c7.txt", "--store", store);
        assertEquals(0, second.exit(), second.err());
        assertTrue(second.out().lines().anyMatch(l -> l.matches("  written:   1 write transaction in \\d+\\.\\d s "
                + "\\(on a writer thread, while extraction went on\\)")), second.out());
    }

    @Test
    void countsOfOneAreSingular() throws IOException {
        Path good = Files.writeString(dir.resolve("good.txt"), BadInputTest.GOOD, StandardCharsets.UTF_8);
        Cli r = Cli.run("build", good.toString(), "--store", dir.resolve("store").toString());
        assertEquals(0, r.exit(), r.err());
        // one relation: the chief executive's post; "it would open a factory in Leeds" is under a modal (CueMood)
        assertEquals(List.of("[1/1] good.txt: 5 entities, 1 role, 1 quote, 1 relation"),
                r.errLines());
        assertEquals("Built 1 article into " + dir.resolve("store") + " in ", r.out().lines().findFirst().orElseThrow()
                .replaceAll("[0-9.]+ s$", ""));
    }

    @Test
    void pluralOfNouns() {
        assertEquals("1 role", Plural.of(1, "role"));
        assertEquals("0 roles", Plural.of(0, "role"));
        assertEquals("1 entity", Plural.of(1, "entity"));
        assertEquals("2 entities", Plural.of(2, "entity"));
    }
}

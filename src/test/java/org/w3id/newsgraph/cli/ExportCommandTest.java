package org.w3id.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.newsgraph.export.ExportFixture;

/** {@code export} with the visualisation formats and their options, on the export fixture. */
class ExportCommandTest {
    @TempDir
    Path dir;

    String store() {
        return dir.resolve("db").toString();
    }

    @BeforeEach
    void setUp() {
        ExportFixture.store(dir.resolve("db")).close();
    }

    static List<String> dotEdges(String dot) {
        return dot.lines().filter(l -> l.contains(" -> "))
                .map(l -> l.replaceAll("^\\s*\"[^\"]*/entity/([^\"]+)\" -> \"[^\"]*/entity/([^\"]+)\".*relation=\"([^\"]+)\".*$",
                        "$1 $3 $2"))
                .sorted().toList();
    }

    @Test
    void dotWithTypesAndRelationsOnly() {
        Cli r = Cli.run("export", "--store", store(), "--format", "dot", "--types", "Person,Company",
                "--relations-only");
        assertEquals(0, r.exit(), r.err());
        assertEquals(List.of("alice-smith holdsRoleIn acme"), dotEdges(r.out()));
        assertEquals(2, Pattern.compile("^\\s*\"[^\"]+\" \\[", Pattern.MULTILINE).matcher(r.out()).results().count());
    }

    @Test
    void gexfFileWithMinimumWeight() throws Exception {
        Path out = dir.resolve("g.gexf");
        Cli r = Cli.run("export", "--store", store(), "--format", "gexf", "--min-weight", "2", "-o", out.toString());
        assertEquals(0, r.exit(), r.err());
        String xml = Files.readString(out);
        assertTrue(xml.startsWith("<?xml"), xml);
        assertEquals(4, Pattern.compile("<edge ").matcher(xml).results().count(), xml);
        assertEquals(6, Pattern.compile("<node ").matcher(xml).results().count(), xml);
    }

    @Test
    void badOptionsAreUsageErrors() {
        Cli r = Cli.run("export", "--store", store(), "--format", "graphml", "--types", "Planet");
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("unknown entity type 'Planet'; known: Person, Organization"), r.err());
        Cli w = Cli.run("export", "--store", store(), "--format", "cytoscape", "--min-weight", "0");
        assertEquals(2, w.exit());
        assertTrue(w.err().contains("minimum weight must be at least 1, not 0"), w.err());
    }
}

package org.w3id.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code evaluate} as the README shows it (no arguments) on a fresh clone, where no {@code ../shared} sits beside
 * the project: the default gold is the repository's own copy.
 */
class EvaluateDefaultGoldTest {
    @TempDir
    Path dir;

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(f, target);
                }
            }
        }
    }

    @Test
    void defaultGoldIsTheSharedFolderWhenPresentElseTheProjectsOwnCopy() throws IOException {
        Path home = Files.createDirectories(dir.resolve("clone"));
        assertEquals(home.resolve("src/test/resources/seeds-gold"), Home.gold(home));
        Path shared = Files.createDirectories(dir.resolve("shared/seeds-gold"));
        assertEquals(shared, Home.gold(home));
    }

    @Test
    void evaluateWithoutArgumentsWorksOnAFreshClone() throws IOException {
        Path home = dir.resolve("clone");
        copyTree(Path.of("seeds"), home.resolve("seeds"));
        copyTree(Path.of("src/test/resources/seeds-gold"), home.resolve("src/test/resources/seeds-gold"));
        String before = System.getProperty("newsgraph.home");
        System.setProperty("newsgraph.home", home.toString());
        try {
            Cli r = Cli.run("evaluate");
            assertEquals("", r.err());
            assertEquals(0, r.exit());
            assertTrue(r.out().startsWith("newsgraph evaluation: 2 document(s)"), r.out());
            assertTrue(r.out().contains("\n  roles               1.000  1.000  1.000    5    0    0\n"), r.out());
        } finally {
            if (before == null) {
                System.clearProperty("newsgraph.home");
            } else {
                System.setProperty("newsgraph.home", before);
            }
        }
    }
}

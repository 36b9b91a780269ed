package org.w3id.newsgraph.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the project's folders are. The launcher passes {@code -Dnewsgraph.home}; without it, the working
 * directory. Defaults such as {@code seeds/}, {@code data/} resolve against it.
 */
final class Home {
    private Home() {}

    static Path dir() {
        String p = System.getProperty("newsgraph.home");
        return (p == null || p.isBlank() ? Path.of("") : Path.of(p)).toAbsolutePath().normalize();
    }

    static Path seeds() {
        return dir().resolve("seeds");
    }

    static Path store() {
        return dir().resolve("data");
    }

    /**
     * The gold annotations of the seeds: {@code ../shared/seeds-gold} beside the project when there (the team's
     * master copy), else the repository's own verbatim copy in {@code src/test/resources/seeds-gold}, so
     * {@code evaluate} works on a fresh clone.
     */
    static Path gold() {
        return gold(dir());
    }

    static Path gold(Path home) {
        Path beside = home.resolveSibling("shared").resolve("seeds-gold");
        return Files.isDirectory(beside) ? beside : home.resolve(OWN_GOLD);
    }

    /** Where the repository keeps its copy of the seed gold files. */
    static final String OWN_GOLD = "src/test/resources/seeds-gold";
}

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

    /** The gold annotations of the seeds, in the shared folder beside the repository, if there. */
    static Path gold() {
        Path beside = dir().resolveSibling("shared").resolve("seeds-gold");
        return Files.isDirectory(beside) ? beside : dir().resolve("seeds-gold");
    }
}

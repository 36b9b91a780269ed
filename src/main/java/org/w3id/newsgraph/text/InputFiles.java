package org.w3id.newsgraph.text;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Expands command-line paths into the article files to read, each with its source ({@link InputFile}): files as
 * given, folders walked recursively for {@code *.txt} files in sorted order, hidden files and folders skipped.
 * Problems are collected, not thrown, so one bad path does not stop a batch.
 */
public final class InputFiles {
    private InputFiles() {}

    /**
     * @param inputs   the files to read with their sources, in order, each file once
     * @param problems one-line messages about paths that gave no file
     */
    public record Selection(List<InputFile> inputs, List<String> problems) {
        public Selection {
            inputs = List.copyOf(inputs);
            problems = List.copyOf(problems);
        }

        /** The files alone. */
        public List<Path> files() {
            return inputs.stream().map(InputFile::path).toList();
        }
    }

    public static Selection expand(List<Path> paths) {
        Map<Path, InputFile> inputs = new LinkedHashMap<>(); // by real location: a file named twice is read once
        List<String> problems = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                List<Path> found = walk(p, problems);
                if (found.isEmpty()) {
                    problems.add("no .txt files in folder: " + p);
                }
                found.forEach(f -> inputs.putIfAbsent(key(f), InputFile.under(p, f)));
            } else if (Files.exists(p)) {
                inputs.putIfAbsent(key(p), InputFile.of(p));
            } else {
                problems.add("no such file or directory: " + p);
            }
        }
        return new Selection(new ArrayList<>(inputs.values()), problems);
    }

    private static Path key(Path file) {
        return file.toAbsolutePath().normalize();
    }

    private static List<Path> walk(Path dir, List<String> problems) {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile)
                    .filter(f -> f.getFileName().toString().endsWith(".txt"))
                    .filter(f -> !hidden(dir, f))
                    .sorted()
                    .toList();
        } catch (IOException | java.io.UncheckedIOException e) {
            problems.add("cannot list folder: " + dir + ": " + e.getMessage());
            return List.of();
        }
    }

    /** True when the file or a folder between {@code root} and it starts with a dot. */
    private static boolean hidden(Path root, Path file) {
        for (Path part : root.relativize(file)) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }
}

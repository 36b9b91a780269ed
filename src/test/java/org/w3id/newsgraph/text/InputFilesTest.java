package org.w3id.newsgraph.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputFilesTest {
    @TempDir
    Path dir;

    @Test
    void expandsFoldersSortedOnlyTxtSkippingHidden() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("in"));
        Files.writeString(folder.resolve("b.txt"), "b");
        Files.writeString(folder.resolve("a.txt"), "a");
        Files.writeString(folder.resolve("c.html"), "c");
        Files.writeString(folder.resolve(".hidden.txt"), "h");
        Path sub = Files.createDirectories(folder.resolve("sub"));
        Files.writeString(sub.resolve("d.txt"), "d");
        Path hiddenDir = Files.createDirectories(folder.resolve(".git"));
        Files.writeString(hiddenDir.resolve("e.txt"), "e");
        Path single = Files.writeString(dir.resolve("single.md"), "s");

        InputFiles.Selection s = InputFiles.expand(List.of(single, folder));
        assertEquals(List.of(single, folder.resolve("a.txt"), folder.resolve("b.txt"), sub.resolve("d.txt")), s.files());
        assertEquals(List.of(), s.problems());
    }

    @Test
    void reportsMissingPathsAndFoldersWithoutText() throws Exception {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        Files.writeString(empty.resolve("x.csv"), "x");
        Path missing = dir.resolve("missing.txt");
        InputFiles.Selection s = InputFiles.expand(List.of(missing, empty));
        assertEquals(List.of(), s.files());
        assertEquals(List.of("no such file or directory: " + missing, "no .txt files in folder: " + empty), s.problems());
    }

    /** A folder's files keep the folder's own name in their source; a file given by itself is its name. */
    @Test
    void sourcesArePathsBelowTheFoldersParent() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("in"));
        Path sub = Files.createDirectories(folder.resolve("sub"));
        Files.writeString(folder.resolve("a.txt"), "a");
        Files.writeString(sub.resolve("d.txt"), "d");
        Path single = Files.writeString(dir.resolve("single.txt"), "s");
        InputFiles.Selection s = InputFiles.expand(List.of(folder, single, folder.resolve("sub/../a.txt")));
        assertEquals(List.of(new InputFile(folder.resolve("a.txt"), "in/a.txt"),
                new InputFile(sub.resolve("d.txt"), "in/sub/d.txt"), new InputFile(single, "single.txt")), s.inputs());
        assertEquals("in", InputFiles.expand(List.of(folder.resolve("."))).inputs().get(0).source().split("/")[0]);
    }

    @Test
    void aFileGivenTwiceIsReadOnce() throws Exception {
        Path f = Files.writeString(dir.resolve("a.txt"), "a");
        assertEquals(List.of(f), InputFiles.expand(List.of(f, dir, f)).files());
    }
}

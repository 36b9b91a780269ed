package org.w3id.newsgraph.text;

import java.nio.file.Path;

/**
 * One file to ingest and the source it records (dcterms:source): its path relative to the parent of the folder
 * given, so the folder's own name is kept ({@code a/story.txt} for folder {@code a}), or its file name when the
 * file itself was given. The source, not the absolute path, is what tells an edited file from a new one, so it
 * is the same wherever the folder is checked out.
 */
public record InputFile(Path path, String source) {
    /** A file given by itself. */
    public static InputFile of(Path file) {
        return new InputFile(file, file.getFileName() == null ? file.toString() : file.getFileName().toString());
    }

    /** A file found in folder {@code root}. */
    static InputFile under(Path root, Path file) {
        Path base = root.toAbsolutePath().normalize();
        Path relative = base.relativize(file.toAbsolutePath().normalize());
        Path named = base.getFileName() == null ? relative : base.getFileName().resolve(relative);
        return new InputFile(file, named.toString().replace(named.getFileSystem().getSeparator(), "/"));
    }
}

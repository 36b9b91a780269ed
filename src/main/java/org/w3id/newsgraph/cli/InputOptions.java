package org.w3id.newsgraph.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.w3id.newsgraph.model.SourceText;

import org.w3id.newsgraph.text.ArticleReader;
import org.w3id.newsgraph.text.InputException;
import org.w3id.newsgraph.text.InputFile;
import org.w3id.newsgraph.text.InputFiles;
import org.w3id.newsgraph.text.Printable;

import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Input files and folders, and the size limit, shared by extract, build, up and the benchmarks. */
final class InputOptions {
    @Parameters(paramLabel = "FILE|DIR", arity = "0..*",
            description = "Article text files (UTF-8; UTF-16 or UTF-32 with a byte-order mark) or folders of *.txt "
                    + "files (default: seeds/).")
    List<Path> paths = List.of();

    @Option(names = "--max-size", paramLabel = "BYTES", defaultValue = "" + ArticleReader.DEFAULT_MAX_BYTES,
            description = "Refuse input files larger than this many bytes (default: ${DEFAULT-VALUE}).")
    long maxBytes;

    /** The articles of the files, read; a file that cannot be read is printed, one line each, and left out. */
    List<SourceText> articles(PrintWriter err, boolean defaultToSeeds) {
        ArticleReader reader = new ArticleReader(maxBytes);
        List<SourceText> out = new ArrayList<>();
        for (Path f : files(err, defaultToSeeds)) {
            try {
                out.add(reader.read(f));
            } catch (InputException e) {
                err.println("newsgraph: " + Printable.escape(e.getMessage()));
            }
        }
        return out;
    }

    /**
     * The files to read with their sources ({@code a/story.txt}); problems with the paths (missing, no .txt files)
     * are printed, one line each.
     */
    List<InputFile> inputs(PrintWriter err, boolean defaultToSeeds) {
        List<Path> given = paths.isEmpty() && defaultToSeeds ? List.of(Home.seeds()) : paths;
        InputFiles.Selection selection = InputFiles.expand(given);
        selection.problems().forEach(p -> err.println("newsgraph: " + Printable.escape(p)));
        return selection.inputs();
    }

    /** The files alone. */
    List<Path> files(PrintWriter err, boolean defaultToSeeds) {
        return inputs(err, defaultToSeeds).stream().map(InputFile::path).toList();
    }
}

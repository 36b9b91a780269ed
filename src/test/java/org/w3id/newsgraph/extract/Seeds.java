package org.w3id.newsgraph.extract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.w3id.newsgraph.model.SourceText;

/** The two seed pages, read from the project's seeds folder. */
final class Seeds {
    static final String CNN = "000_dda217fced0dccb5.txt";
    static final String ITWIRE = "004_25da5277dcdc13c7.txt";
    static final List<String> ALL = List.of(CNN, ITWIRE);

    private Seeds() {}

    static SourceText read(String name) {
        try {
            return new SourceText(name, Files.readString(Path.of("seeds", name)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

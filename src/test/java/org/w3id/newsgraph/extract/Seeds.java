package org.w3id.newsgraph.extract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.w3id.newsgraph.eval.GoldFile;
import org.w3id.newsgraph.eval.GoldReader;
import org.w3id.newsgraph.model.SourceText;

/** The two seed pages, read from the project's seeds folder, and their gold files. */
public final class Seeds {
    public static final String CNN = "000_dda217fced0dccb5.txt";
    public static final String ITWIRE = "004_25da5277dcdc13c7.txt";
    public static final List<String> ALL = List.of(CNN, ITWIRE);

    private Seeds() {}

    public static SourceText read(String name) {
        try {
            return new SourceText(name, Files.readString(Path.of("seeds", name)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The seed's gold annotations (the verbatim copy of ../shared/seeds-gold in the test resources). */
    public static GoldFile gold(String name) {
        return GoldReader.read(Path.of("src/test/resources/seeds-gold", name.replace(".txt", GoldReader.SUFFIX)));
    }
}

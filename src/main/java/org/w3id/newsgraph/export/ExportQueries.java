package org.w3id.newsgraph.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Reads the export's SPARQL and JSON-LD resources from {@code /export/} on the class path. */
final class ExportQueries {
    private ExportQueries() {
    }

    /** The text of {@code /export/name}. */
    static String text(String name) {
        try (InputStream in = ExportQueries.class.getResourceAsStream("/export/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource /export/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

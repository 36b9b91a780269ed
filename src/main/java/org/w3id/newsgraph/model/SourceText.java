package org.w3id.newsgraph.model;

import java.nio.charset.StandardCharsets;

/**
 * A decoded input article.
 *
 * @param source where it came from (dcterms:source): the path relative to the folder given, e.g. {@code a/story.txt},
 *               the file name of a file given, or the name of an upload
 * @param text   its full text, exactly as decoded
 * @param sha256 the SHA-256 of the bytes it was decoded from ({@link ContentHash}); with {@code source} it makes
 *               the article IRI
 */
public record SourceText(String source, String text, String sha256) {
    /** A text that was never bytes on disk (tests, benchmarks): hashed as UTF-8. */
    public SourceText(String source, String text) {
        this(source, text, ContentHash.sha256(text.getBytes(StandardCharsets.UTF_8)));
    }
}

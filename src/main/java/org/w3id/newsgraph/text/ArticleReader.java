package org.w3id.newsgraph.text;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.w3id.newsgraph.model.ContentHash;
import org.w3id.newsgraph.model.SourceText;

/**
 * Reads one article file ({@link TextDecoder}: UTF-8, or UTF-8/16/32 with a byte-order mark). Checks happen in
 * order of cost: existence and size from the file system before any byte is read (so a huge file is refused in
 * bounded memory), then binary content and decoding. Immutable and thread-safe.
 */
public final class ArticleReader {
    /** 5 MiB: far above any news article, small enough to keep a batch in memory. */
    public static final long DEFAULT_MAX_BYTES = 5L * 1024 * 1024;

    private final long maxBytes;

    public ArticleReader(long maxBytes) {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maxBytes must be positive");
        }
        this.maxBytes = maxBytes;
    }

    public ArticleReader() {
        this(DEFAULT_MAX_BYTES);
    }

    public long maxBytes() {
        return maxBytes;
    }

    /** Reads a file given by itself: its source is its file name. */
    public SourceText read(Path file) throws InputException {
        return read(file, file.getFileName() == null ? file.toString() : file.getFileName().toString());
    }

    /**
     * Reads one article file.
     *
     * @param source what the article records as its source (dcterms:source), e.g. {@code a/story.txt}
     */
    public SourceText read(Path file, String source) throws InputException {
        if (!Files.exists(file)) {
            throw new InputException("no such file: " + file);
        }
        if (!Files.isRegularFile(file)) {
            throw new InputException("not a regular file: " + file);
        }
        if (!Files.isReadable(file)) {
            throw new InputException("cannot read file (permission denied): " + file);
        }
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            throw new InputException("cannot read file: " + file + ": " + e.getMessage());
        }
        if (size > maxBytes) {
            throw new InputException("file too large: " + file + " has " + size + " bytes, the limit is " + maxBytes
                    + " bytes (raise it with --max-size)");
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new InputException("cannot read file: " + file + ": " + e.getMessage());
        }
        return decode(bytes, source, file.toString());
    }

    /**
     * Decodes an article's bytes read elsewhere (the Spark job reads them from any Hadoop file system) under the
     * same rules as a file: the size limit, text not binary, not blank.
     *
     * @param name how messages name it (the file path)
     */
    public SourceText decode(byte[] bytes, String source, String name) throws InputException {
        if (bytes.length > maxBytes) { // also when a file grew while we looked
            throw new InputException("file too large: " + name + " has " + bytes.length + " bytes, the limit is "
                    + maxBytes + " bytes (raise it with --max-size)");
        }
        String text = TextDecoder.decode(bytes, name);
        if (text.isBlank()) {
            throw new InputException("empty file: " + name);
        }
        return new SourceText(source, text, ContentHash.sha256(bytes));
    }
}

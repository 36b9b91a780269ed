package org.w3id.newsgraph.text;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.w3id.newsgraph.model.SourceText;

/**
 * Reads one article file as strict UTF-8. Checks happen in order of cost: existence and size from the file
 * system before any byte is read (so a huge file is refused in bounded memory), then binary content, then
 * decoding. Immutable and thread-safe.
 */
public final class ArticleReader {
    /** 5 MiB: far above any news article, small enough to keep a batch in memory. */
    public static final long DEFAULT_MAX_BYTES = 5L * 1024 * 1024;
    /** Share of control characters (other than tab, CR, LF, FF) above which a file counts as binary. */
    private static final double MAX_CONTROL_SHARE = 0.05;

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

    public SourceText read(Path file) throws InputException {
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
        if (bytes.length > maxBytes) { // grew while we looked
            throw new InputException("file too large: " + file + ", the limit is " + maxBytes
                    + " bytes (raise it with --max-size)");
        }
        if (looksBinary(bytes)) {
            throw new InputException("binary file, not text: " + file);
        }
        String text = decode(file, bytes);
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            throw new InputException("empty file: " + file);
        }
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        return new SourceText(name, text);
    }

    private static boolean looksBinary(byte[] bytes) {
        int control = 0;
        for (byte b : bytes) {
            if (b == 0) {
                return true;
            }
            if (b > 0 && b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' || b == 0x7f) {
                control++;
            }
        }
        return bytes.length > 0 && control > MAX_CONTROL_SHARE * bytes.length;
    }

    private static String decode(Path file, byte[] bytes) throws InputException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult r = decoder.decode(in, out, true);
        if (r.isError()) {
            throw new InputException("invalid UTF-8 in " + file + " at byte offset " + in.position());
        }
        r = decoder.flush(out);
        if (r.isError()) {
            throw new InputException("invalid UTF-8 in " + file + " at byte offset " + in.position());
        }
        out.flip();
        return out.toString();
    }
}

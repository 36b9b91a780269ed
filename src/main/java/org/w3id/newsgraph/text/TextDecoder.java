package org.w3id.newsgraph.text;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns an article's bytes into text, strictly: UTF-8 without a byte-order mark, or UTF-8, UTF-16LE/BE or
 * UTF-32LE/BE with one (Windows tools save "Unicode" text as UTF-16 with a BOM). The BOM is dropped. Malformed
 * input and binary content are refused with a one-line {@link InputException}; nothing is guessed, so a Latin-1
 * file is refused rather than read as mojibake.
 */
public final class TextDecoder {
    /** Share of control characters (other than tab, CR, LF, FF) above which a text counts as binary. */
    private static final double MAX_CONTROL_SHARE = 0.05;
    private static final Charset UTF_32LE = Charset.forName("UTF-32LE");
    private static final Charset UTF_32BE = Charset.forName("UTF-32BE");

    private TextDecoder() {}

    /** A byte-order mark: its length and the encoding it announces. */
    private record Bom(int length, Charset charset) {}

    /**
     * @param bytes the whole input
     * @param name  how messages name it (the file path)
     * @return the text, without its byte-order mark
     */
    public static String decode(byte[] bytes, String name) throws InputException {
        Bom bom = bom(bytes);
        if (bom == null) {
            if (looksBinary(bytes)) { // cheap, and before decoding: a zip or an image is not "invalid UTF-8"
                throw new InputException("binary file, not text: " + name);
            }
            return strict(bytes, 0, StandardCharsets.UTF_8, name);
        }
        String text = strict(bytes, bom.length(), bom.charset(), name);
        if (looksBinary(text)) {
            throw new InputException("binary file, not text: " + name);
        }
        return text;
    }

    /** UTF-32 before UTF-16: FF FE 00 00 is the UTF-32LE mark, not a UTF-16LE mark followed by U+0000. */
    private static Bom bom(byte[] b) {
        if (starts(b, 0xFF, 0xFE, 0x00, 0x00)) {
            return new Bom(4, UTF_32LE);
        }
        if (starts(b, 0x00, 0x00, 0xFE, 0xFF)) {
            return new Bom(4, UTF_32BE);
        }
        if (starts(b, 0xEF, 0xBB, 0xBF)) {
            return new Bom(3, StandardCharsets.UTF_8);
        }
        if (starts(b, 0xFF, 0xFE)) {
            return new Bom(2, StandardCharsets.UTF_16LE);
        }
        if (starts(b, 0xFE, 0xFF)) {
            return new Bom(2, StandardCharsets.UTF_16BE);
        }
        return null;
    }

    private static boolean starts(byte[] b, int... prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((b[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static String strict(byte[] bytes, int offset, Charset charset, String name) throws InputException {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        CharBuffer out = CharBuffer.allocate((int) Math.ceil((bytes.length - offset) * (double) decoder.maxCharsPerByte()) + 1);
        CoderResult r = decoder.decode(in, out, true);
        if (!r.isError()) {
            r = decoder.flush(out);
        }
        if (r.isError()) {
            throw new InputException("invalid " + charset.name() + " in " + name + " at byte offset " + in.position());
        }
        return out.flip().toString();
    }

    private static boolean looksBinary(byte[] bytes) {
        int control = 0;
        for (byte b : bytes) {
            if (b == 0) {
                return true;
            }
            if (isControl(b)) {
                control++;
            }
        }
        return bytes.length > 0 && control > MAX_CONTROL_SHARE * bytes.length;
    }

    private static boolean looksBinary(String text) {
        int control = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 0) {
                return true;
            }
            if (c < 0x80 && isControl((byte) c)) {
                control++;
            }
        }
        return !text.isEmpty() && control > MAX_CONTROL_SHARE * text.length();
    }

    private static boolean isControl(byte b) {
        return b > 0 && b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' || b == 0x7f;
    }
}

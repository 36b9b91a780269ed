package org.w3id.newsgraph.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import java.nio.charset.Charset;
import java.util.HexFormat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.w3id.newsgraph.model.ContentHash;
import org.w3id.newsgraph.model.SourceText;

class ArticleReaderTest {
    @TempDir
    Path dir;

    private final ArticleReader reader = new ArticleReader(ArticleReader.DEFAULT_MAX_BYTES);

    private Path write(String name, byte[] bytes) throws IOException {
        Path p = dir.resolve(name);
        Files.write(p, bytes);
        return p;
    }

    private String error(Path p) {
        return assertThrows(InputException.class, () -> reader.read(p)).getMessage();
    }

    @Test
    void readsUtf8AndNamesTheSourceByFileName() throws Exception {
        Path p = write("a.txt", "Kottasová said “hi”.\n".getBytes(StandardCharsets.UTF_8));
        assertEquals(new SourceText("a.txt", "Kottasová said “hi”.\n"), reader.read(p));
    }

    @Test
    void dropsLeadingByteOrderMark() throws Exception {
        Path p = write("bom.txt", "\uFEFFHello world".getBytes(StandardCharsets.UTF_8));
        assertEquals("Hello world", reader.read(p).text());
    }

    static final String TEXT = "Kottasová said “hi” to 北京 and 😀.\n";

    /** Each Unicode encoding with its byte-order mark decodes to the same text, BOM dropped. */
    @ParameterizedTest(name = "{0} with a byte-order mark")
    @CsvSource({"UTF-8, EFBBBF", "UTF-16LE, FFFE", "UTF-16BE, FEFF", "UTF-32LE, FFFE0000", "UTF-32BE, 0000FEFF"})
    void readsUnicodeWithAByteOrderMark(String charset, String bom) throws Exception {
        byte[] mark = HexFormat.of().parseHex(bom);
        byte[] body = TEXT.getBytes(Charset.forName(charset));
        byte[] bytes = new byte[mark.length + body.length];
        System.arraycopy(mark, 0, bytes, 0, mark.length);
        System.arraycopy(body, 0, bytes, mark.length, body.length);
        Path p = write(charset + ".txt", bytes);
        SourceText read = reader.read(p);
        assertEquals(TEXT, read.text());
        assertEquals(ContentHash.sha256(bytes), read.sha256(), "the hash is of the bytes on disk");
    }

    @Test
    void utf16WithoutAByteOrderMarkIsStillBinary() throws Exception {
        Path p = write("utf16.txt", TEXT.getBytes(StandardCharsets.UTF_16LE));
        assertEquals("binary file, not text: " + p, error(p));
    }

    @Test
    void malformedUtf16AfterItsMarkIsOneLine() throws Exception {
        // a lone high surrogate (D800) followed by "a"
        Path p = write("lone.txt", new byte[] {(byte) 0xFF, (byte) 0xFE, 'H', 0, 'i', 0, 0x00, (byte) 0xD8, 'a', 0});
        assertEquals("invalid UTF-16LE in " + p + " at byte offset 6", error(p));
    }

    @Test
    void binaryAfterAByteOrderMarkIsBinary() throws Exception {
        Path p = write("zip.txt", new byte[] {(byte) 0xFE, (byte) 0xFF, 0, 'P', 0, 'K', 0, 0, 0, 3});
        assertEquals("binary file, not text: " + p, error(p));
    }

    @Test
    void theSourceIsWhatTheCallerSaysAndTheHashIsOfTheBytes() throws Exception {
        byte[] bytes = "Hello world".getBytes(StandardCharsets.UTF_8);
        SourceText s = reader.read(write("h.txt", bytes), "in/h.txt");
        assertEquals("in/h.txt", s.source());
        // python3 -c "import hashlib; print(hashlib.sha256(b'Hello world').hexdigest())"
        assertEquals("64ec88ca00b268e5ba1a35678a1b5316d212f4f366b2477232534a8aeca37f3c", s.sha256());
    }

    @Test
    void missingFile() {
        Path p = dir.resolve("nope.txt");
        assertEquals("no such file: " + p, error(p));
    }

    @Test
    void folderIsNotARegularFile() {
        assertEquals("not a regular file: " + dir, error(dir));
    }

    @Test
    void emptyAndBlankFiles() throws Exception {
        Path empty = write("empty.txt", new byte[0]);
        Path blank = write("blank.txt", " \n\t \r\n".getBytes(StandardCharsets.UTF_8));
        assertEquals("empty file: " + empty, error(empty));
        assertEquals("empty file: " + blank, error(blank));
    }

    @Test
    void nulByteMeansBinary() throws Exception {
        Path p = write("b.txt", new byte[] {'a', 'b', 0, 'c'});
        assertEquals("binary file, not text: " + p, error(p));
    }

    @Test
    void manyControlCharactersMeanBinary() throws Exception {
        byte[] b = new byte[100];
        for (int i = 0; i < b.length; i++) {
            b[i] = (byte) (i % 10 == 0 ? 0x01 : 'x');
        }
        Path p = write("ctl.txt", b);
        assertEquals("binary file, not text: " + p, error(p));
    }

    @Test
    void invalidUtf8NamesTheByteOffset() throws Exception {
        Path p = write("latin1.txt", new byte[] {'a', 'b', 'c', (byte) 0xE9, 'd'});
        assertEquals("invalid UTF-8 in " + p + " at byte offset 3", error(p));
    }

    @Test
    void tooLargeIsRefusedFromTheSizeWithTheOption() throws Exception {
        Path p = dir.resolve("big.txt");
        try (RandomAccessFile f = new RandomAccessFile(p.toFile(), "rw")) {
            f.setLength(50L * 1024 * 1024); // sparse: the reader must not read it
        }
        assertEquals("file too large: " + p + " has 52428800 bytes, the limit is 5242880 bytes (raise it with --max-size)",
                error(p));
        Path small = write("small.txt", "twelve bytes".getBytes(StandardCharsets.UTF_8));
        InputException e = assertThrows(InputException.class, () -> new ArticleReader(10).read(small));
        assertEquals("file too large: " + small + " has 12 bytes, the limit is 10 bytes (raise it with --max-size)",
                e.getMessage());
    }
}

package org.w3id.newsgraph.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
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

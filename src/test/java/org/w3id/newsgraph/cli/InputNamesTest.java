package org.w3id.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.newsgraph.store.NewsStore;

/**
 * File names with control characters print escaped in every progress line, error line and the summary, so a
 * newline cannot split a line and an escape sequence cannot drive the terminal; and articles saved as UTF-16 or
 * UTF-32 with a byte-order mark are built like UTF-8 ones.
 */
class InputNamesTest {
    @TempDir
    Path dir;

    private static byte[] withBom(byte[] bom, byte[] body) {
        byte[] out = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, out, 0, bom.length);
        System.arraycopy(body, 0, out, bom.length, body.length);
        return out;
    }

    /** No control character but the line ends: every line of the output is one whole line. */
    private static void assertPrintable(String output) {
        for (String line : output.lines().toList()) {
            assertTrue(line.chars().noneMatch(c -> Character.getType(c) == Character.CONTROL),
                    "control character in: " + line.replace('\u001b', '?'));
        }
    }

    @Test
    void controlCharactersInNamesAreEscapedInEveryLine() throws IOException {
        Path in = Files.createDirectory(dir.resolve("in"));
        Files.writeString(in.resolve("a\nb.txt"), ArticleIdentityTest.ACME);
        Files.writeString(in.resolve("c\td\u001b[31m.txt"), ArticleIdentityTest.BOREALIS);
        Files.writeString(in.resolve("e\rmpty.txt"), "  \n");
        Path store = dir.resolve("st\nore");
        Path missing = dir.resolve("no\u001bsuch.txt");
        Cli r = Cli.run("build", in.toString(), missing.toString(), "--store", store.toString());
        assertEquals(0, r.exit(), r.err());
        assertPrintable(r.out());
        assertPrintable(r.err());
        List<String> err = r.errLines();
        assertEquals(List.of(
                "newsgraph: no such file or directory: " + dir + "/no\\u001bsuch.txt",
                "[1/3] in/a\\nb.txt: " + err.get(1).substring(err.get(1).indexOf(": ") + 2),
                "[2/3] in/c\\td\\u001b[31m.txt: " + err.get(2).substring(err.get(2).indexOf(": ") + 2),
                "newsgraph: empty file: " + in + "/e\\rmpty.txt"), err);
        assertTrue(err.get(1).matches(".*, \\d+ relations?"), err.get(1)); // "1 relation", "2 relations"
        assertTrue(r.out().startsWith("Built 2 articles into " + dir + "/st\\nore in "), r.out());
        try (NewsStore s = NewsStore.open(store)) {
            assertEquals(2, s.articles().size());
        }
    }

    @Test
    void utf16AndUtf32WithAByteOrderMarkAreBuilt() throws IOException {
        Path in = Files.createDirectory(dir.resolve("in"));
        Files.write(in.resolve("utf16le.txt"), withBom(new byte[] {(byte) 0xFF, (byte) 0xFE},
                ArticleIdentityTest.ACME.getBytes(StandardCharsets.UTF_16LE)));
        Files.write(in.resolve("utf16be.txt"), withBom(new byte[] {(byte) 0xFE, (byte) 0xFF},
                ArticleIdentityTest.BOREALIS.getBytes(StandardCharsets.UTF_16BE)));
        Files.write(in.resolve("utf32le.txt"), withBom(new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 0},
                ArticleIdentityTest.CORVID.getBytes(java.nio.charset.Charset.forName("UTF-32LE"))));
        Files.write(in.resolve("utf8bom.txt"), withBom(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                ArticleIdentityTest.CORVID.replace("Corvid", "Heron").getBytes(StandardCharsets.UTF_8)));
        Files.write(in.resolve("latin1.txt"), "Caf\u00e9 society".getBytes(StandardCharsets.ISO_8859_1));
        Cli r = Cli.run("build", in.toString(), "--store", dir.resolve("store").toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().startsWith("Built 4 articles into"), r.out());
        List<String> failures = r.errLines().stream().filter(l -> l.startsWith("newsgraph: ")).toList();
        assertEquals(List.of("newsgraph: invalid UTF-8 in " + in.resolve("latin1.txt") + " at byte offset 3"), failures);
        assertFalse(r.err().contains("binary"), r.err());
    }
}

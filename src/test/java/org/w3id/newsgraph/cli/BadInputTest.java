package org.w3id.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each kind of bad input gets one clear line, the other inputs are still processed, and the exit code is
 * non-zero only when nothing could be done.
 */
class BadInputTest {
    static final String GOOD = "LONDON (Reuters) - Acme Widgets said on Monday it would open a factory in Leeds.\n"
            + "\"We are delighted,\" said Jane Fernsby, the chief executive of Acme Widgets.\n";

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    private Path writeBytes(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }

    private String store() {
        return dir.resolve("store").toString();
    }

    @Test
    void missingPathIsOneLineAndExitOne() {
        Cli r = Cli.run("build", dir.resolve("nope.txt").toString(), "--store", store());
        assertEquals(1, r.exit(), r.err());
        assertTrue(r.err().contains("no such file or directory"), r.err());
        assertFalse(r.err().contains("\tat "), "no stack trace: " + r.err());
    }

    @Test
    void folderWithoutTextFiles() throws IOException {
        Path empty = Files.createDirectory(dir.resolve("empty"));
        Files.writeString(empty.resolve("notes.md"), "# not an article");
        Cli r = Cli.run("build", empty.toString(), "--store", store());
        assertEquals(1, r.exit());
        assertTrue(r.err().contains("no .txt files"), r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
    }

    @Test
    void extractOfOnlyBadFilesPrintsNoDocument() throws IOException {
        Path bad = Files.writeString(dir.resolve("empty.txt"), "");
        Cli r = Cli.run("extract", bad.toString());
        assertEquals(1, r.exit());
        assertEquals("", r.out());
        assertEquals(1, r.err().strip().lines().count(), r.err());
    }

    @Test
    void badFilesAreSkippedAndTheGoodOneIsStored() throws IOException {
        Path in = Files.createDirectory(dir.resolve("in"));
        Files.writeString(in.resolve("a-good.txt"), GOOD);
        Files.writeString(in.resolve("b-empty.txt"), "  \n");
        Files.write(in.resolve("c-binary.txt"), new byte[] {0x50, 0x4b, 3, 4, 0, 0, 0, 0, 1, 2, 3});
        Files.write(in.resolve("d-latin1.txt"), "Caf\u00e9 society".getBytes(StandardCharsets.ISO_8859_1));
        Files.writeString(in.resolve("e-boilerplate.txt"),
                "PHOTO: Jan Kowalski/Getty Images\nNow playing\n01:48\nAdvertisement\n");
        Cli r = Cli.run("build", in.toString(), "--store", store());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("Built 1 article into"), r.out());
        List<String> messages = r.errLines().stream().filter(l -> l.startsWith("newsgraph: ")).toList();
        assertEquals(4, messages.size(), r.err());
        assertTrue(messages.get(0).contains("b-empty.txt") && messages.get(0).contains("empty"), messages.get(0));
        assertTrue(messages.get(1).contains("c-binary.txt") && messages.get(1).contains("binary"), messages.get(1));
        assertTrue(messages.get(2).contains("d-latin1.txt") && messages.get(2).contains("UTF-8"), messages.get(2));
        assertTrue(messages.get(3).contains("e-boilerplate.txt") && messages.get(3).contains("boilerplate"),
                messages.get(3));
    }

    @Test
    void hugeFileIsRefusedAboveTheLimitWithoutReadingIt() throws IOException {
        Path huge = dir.resolve("huge.txt");
        try (OutputStream out = Files.newOutputStream(huge)) {
            byte[] line = "All work and no play makes a long article. ".repeat(100).getBytes(StandardCharsets.US_ASCII);
            for (long n = 0; n < 50L * 1024 * 1024; n += line.length) {
                out.write(line);
            }
        }
        Path good = write("good.txt", GOOD);
        Cli r = Cli.run("build", huge.toString(), good.toString(), "--store", store());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.err().contains("huge.txt") && r.err().contains("--max-size"), r.err());
        assertTrue(r.out().contains("Built 1 article into"), r.out());
    }

    @Test
    void malformedQueryFileIsOneLineWithItsPosition() throws IOException {
        assertEquals(0, Cli.run("build", write("good.txt", GOOD).toString(), "--store", store()).exit());
        Path bad = write("bad.rq", "SELECT ?x WHERE {\n  ?x ?y \n");
        Cli r = Cli.run("query", bad.toString(), "--store", store());
        assertEquals(1, r.exit());
        assertEquals(1, r.errLines().size(), r.err());
        assertTrue(r.err().contains("bad.rq") && r.err().contains("line"), r.err());
    }

    @Test
    void missingOrUndecodableQueryFileIsOneLine() throws IOException {
        assertEquals(0, Cli.run("build", write("good.txt", GOOD).toString(), "--store", store()).exit());
        Path none = dir.resolve("none.rq");
        Cli r = Cli.run("query", none.toString(), "--store", store());
        assertEquals(1, r.exit());
        assertEquals(List.of("newsgraph: no such query file: " + none), r.errLines());
        Path latin1 = writeBytes("latin1.rq", "# caf\u00e9\nSELECT * { ?s ?p ?o }".getBytes(StandardCharsets.ISO_8859_1));
        Cli l = Cli.run("query", latin1.toString(), "--store", store());
        assertEquals(1, l.exit());
        assertEquals(List.of("newsgraph: cannot read " + latin1 + ": not UTF-8 text"), l.errLines());
    }

    @Test
    void portInUseIsOneLine() throws IOException {
        assertEquals(0, Cli.run("build", write("good.txt", GOOD).toString(), "--store", store()).exit());
        try (ServerSocket taken = new ServerSocket(0)) {
            Cli r = Cli.run("serve", "--store", store(), "--port", String.valueOf(taken.getLocalPort()));
            assertEquals(1, r.exit());
            assertEquals(1, r.errLines().size(), r.err());
            assertTrue(r.err().contains("already in use"), r.err());
        }
    }

    @Test
    void verboseAddsTheStackTrace() {
        Cli r = Cli.run("query", "no-such-query", "--store", store(), "--verbose");
        assertEquals(1, r.exit());
        assertTrue(r.err().contains("\tat "), r.err());
    }

    /** Without --verbose an article's failure is one line; with it, the line and then the stack trace. */
    @Test
    void verboseAddsAnArticlesStackTraceUnderItsLine() throws IOException {
        Path empty = write("empty.txt", "");
        Path good = write("good.txt", GOOD);
        Cli plain = Cli.run("build", empty.toString(), good.toString(), "--store", store());
        assertFalse(plain.err().contains("\tat "), plain.err());
        traceUnderItsLine(Cli.run("build", empty.toString(), good.toString(), "--store", store(), "--verbose"), empty);
    }

    private static void traceUnderItsLine(Cli verbose, Path empty) {
        assertEquals(0, verbose.exit(), verbose.err());
        List<String> lines = verbose.err().lines().toList();
        int at = lines.indexOf("newsgraph: empty file: " + empty);
        assertTrue(at >= 0, verbose.err());
        assertTrue(lines.get(at + 1).contains("InputException: empty file: "), lines.get(at + 1));
        assertTrue(lines.get(at + 2).startsWith("\tat "), lines.get(at + 2));
    }

    @Test
    void extractWithVerboseAddsTheStackTraceToo() throws IOException {
        Path empty = write("empty.txt", "");
        Path good = write("good.txt", GOOD);
        for (String format : List.of("turtle", "nquads")) { // the in-memory path and the streamed one
            Cli plain = Cli.run("extract", empty.toString(), good.toString(), "--format", format);
            assertFalse(plain.err().contains("\tat "), plain.err());
            traceUnderItsLine(Cli.run("extract", empty.toString(), good.toString(), "--format", format, "--verbose"),
                    empty);
        }
    }

    @Test
    void wrongUsageIsExitTwo() {
        assertEquals(2, Cli.run("build", "--no-such-option").exit());
        assertEquals(2, Cli.run("frobnicate").exit());
    }
}

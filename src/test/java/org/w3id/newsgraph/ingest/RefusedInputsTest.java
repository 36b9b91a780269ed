package org.w3id.newsgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.newsgraph.extract.Extractor;
import org.w3id.newsgraph.model.ContentHash;
import org.w3id.newsgraph.rdf.ArticleMapper;
import org.w3id.newsgraph.rdf.ShapeValidator;
import org.w3id.newsgraph.store.NewsStore;
import org.w3id.newsgraph.store.RefusedInputs;
import org.w3id.newsgraph.store.RefusedInputs.Refusal;
import org.w3id.newsgraph.store.StoredArticles;
import org.w3id.newsgraph.text.ArticleReader;
import org.w3id.newsgraph.text.InputFile;
import org.w3id.newsgraph.text.InputFiles;

/**
 * A re-run of a build does not extract again what the last run refused for what it is (a page of boilerplate
 * only), as long as its bytes and the code are the same; the record beside the store survives tabs in names, is
 * ignored when damaged or written by other code, and keeps what it knows of inputs outside the run.
 */
class RefusedInputsTest {
    private static final Extractor REAL = Extractor.create();
    private static final String MENUS = """
            Home | News | Sport | Business | Culture
            Sign in
            Accept all cookies
            Contact us | Privacy policy | Terms of use | Accessibility
            """;

    @TempDir
    Path dir;

    private final AtomicInteger extracted = new AtomicInteger();

    private Ingestor ingestor() {
        return new Ingestor(new ArticleReader(), s -> {
            extracted.incrementAndGet();
            return REAL.extract(s);
        }, new ArticleMapper(), new ShapeValidator(), 2);
    }

    @Test
    void aRefusedPageIsNotExtractedAgainUntilItsBytesChange() throws Exception {
        Path news = Files.createDirectories(dir.resolve("news"));
        Files.writeString(news.resolve("good.txt"), ArticleIsolationTest.GOOD);
        Files.writeString(news.resolve("menus.txt"), MENUS);
        List<InputFile> inputs = InputFiles.expand(List.of(news)).inputs();
        Path storeDir = dir.resolve("store");
        try (NewsStore store = NewsStore.open(storeDir)) {
            IngestReport first = ingestor().skipping(StoredArticles.of(store), RefusedInputs.read(storeDir, "v1"))
                    .ingest(inputs, new StoreSink(store), ProgressListener.NONE);
            assertEquals(2, extracted.get());
            assertEquals(1, first.articles());
            assertEquals(List.of("news/menus.txt: no article text found (only page boilerplate)"), first.failures());
            assertEquals(List.of(new Refusal("news/menus.txt", ContentHash.sha256(MENUS.getBytes()),
                    "news/menus.txt: no article text found (only page boilerplate)")), first.refused());
            RefusedInputs.NONE.after(Set.of("news/good.txt", "news/menus.txt"), first.refused()).write(storeDir, "v1");

            extracted.set(0);
            IngestReport again = ingestor().skipping(StoredArticles.of(store), RefusedInputs.read(storeDir, "v1"))
                    .ingest(inputs, new StoreSink(store), ProgressListener.NONE);
            assertEquals(0, extracted.get(), "neither the stored article nor the refused page extracted");
            assertEquals(1, again.unchanged());
            assertEquals(first.failures(), again.failures(), "the same line as the first time");

            extracted.set(0);
            ingestor().skipping(StoredArticles.of(store), RefusedInputs.read(storeDir, "v2"))
                    .ingest(inputs, new StoreSink(store), ProgressListener.NONE);
            assertEquals(1, extracted.get(), "other code tries the refused page again");

            Files.writeString(news.resolve("menus.txt"), MENUS + "Most read\n");
            extracted.set(0);
            ingestor().skipping(StoredArticles.of(store), RefusedInputs.read(storeDir, "v1"))
                    .ingest(inputs, new StoreSink(store), ProgressListener.NONE);
            assertEquals(1, extracted.get(), "edited bytes are extracted again");
        }
    }

    @Test
    void theRecordKeepsOddNamesDropsWhatTheRunRetriedAndIgnoresDamage() throws Exception {
        Refusal odd = new Refusal("a\tb\\c.txt", "11", "a\tb\\c.txt: no article text found (only page boilerplate)");
        Refusal other = new Refusal("other.txt", "22", "other.txt: refused");
        Refusal retried = new Refusal("retried.txt", "33", "retried.txt: refused");
        RefusedInputs.NONE.after(Set.of(), List.of(odd, other, retried)).write(dir, "v1");

        RefusedInputs read = RefusedInputs.read(dir, "v1");
        assertEquals(3, read.size());
        assertEquals(odd.message(), read.message("a\tb\\c.txt", "11"));
        assertNull(read.message("a\tb\\c.txt", "12"), "other bytes, no record");

        RefusedInputs next = read.after(Set.of("retried.txt", "new.txt"), List.of(new Refusal("new.txt", "44", "n")));
        assertEquals(3, next.size());
        assertNull(next.message("retried.txt", "33"), "retried in the run and not refused again");
        assertEquals("other.txt: refused", next.message("other.txt", "22"), "outside the run: kept");
        assertEquals("n", next.message("new.txt", "44"));

        next.after(Set.of("a\tb\\c.txt", "other.txt", "new.txt"), List.of()).write(dir, "v1");
        assertTrue(Files.notExists(dir.resolve(RefusedInputs.FILE)), "nothing refused: no file");

        Files.writeString(dir.resolve(RefusedInputs.FILE), "\u0000garbage");
        assertEquals(0, RefusedInputs.read(dir, "v1").size());
    }

    @Test
    void theRecordIsWrittenInSourceOrderAndNotRewrittenWhenUnchanged() throws Exception {
        List<Refusal> refused = List.of(new Refusal("c.txt", "3", "c"), new Refusal("a.txt", "1", "a"),
                new Refusal("b.txt", "2", "b"));
        RefusedInputs.NONE.after(Set.of(), refused).write(dir, "v1");
        Path file = dir.resolve(RefusedInputs.FILE);
        assertEquals(List.of("a.txt\t1\ta", "b.txt\t2\tb", "c.txt\t3\tc"), Files.readAllLines(file).subList(1, 4));
        java.nio.file.attribute.FileTime written = java.nio.file.attribute.FileTime.fromMillis(1_000_000L);
        Files.setLastModifiedTime(file, written);
        RefusedInputs.read(dir, "v1").after(Set.of(), List.of()).write(dir, "v1");
        assertEquals(written, Files.getLastModifiedTime(file), "the same record is not written again");
    }
}

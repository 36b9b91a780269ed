package org.w3id.newsgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.newsgraph.extract.Extractor;
import org.w3id.newsgraph.model.ArticleFacts;
import org.w3id.newsgraph.model.Sentence;
import org.w3id.newsgraph.model.SourceText;
import org.w3id.newsgraph.pipeline.ExtractionTimeoutException;
import org.w3id.newsgraph.model.Span;
import org.w3id.newsgraph.rdf.ArticleMapper;
import org.w3id.newsgraph.rdf.ShapeValidator;
import org.w3id.newsgraph.store.NewsStore;
import org.w3id.newsgraph.text.ArticleReader;
import org.w3id.newsgraph.text.InputFile;

/**
 * Whatever one article's extraction throws, even a real {@link StackOverflowError}, is that article's one-line
 * error; the good file beside it is still stored in the real TDB2 store, and the build goes on. An article whose
 * body has no sentence, or names no one, is refused as "no article text found" and never stored.
 */
class ArticleIsolationTest {
    static final String GOOD = "LONDON (Reuters) - Acme Widgets said on Monday it would open a factory in Leeds.\n"
            + "\"We are delighted,\" said Jane Fernsby, the chief executive of Acme Widgets.\n";
    private static final Function<SourceText, ArticleFacts> REAL = Extractor.create()::extract;

    @TempDir
    Path dir;
    NewsStore store;

    @BeforeEach
    void open() {
        store = NewsStore.open(dir.resolve("store"));
    }

    @AfterEach
    void close() {
        store.close();
    }

    /** Recurses until the worker thread's stack is gone: a genuine StackOverflowError, not a thrown one. */
    static int down(int n) {
        return down(n + 1) + 1;
    }

    /** The real extractor, except for the files whose names say what to throw. */
    static ArticleFacts extract(SourceText s) {
        return switch (s.source()) {
            case "deep.txt" -> {
                down(0);
                yield null;
            }
            case "heap.txt" -> throw new OutOfMemoryError("Java heap space");
            case "boom.txt" -> throw new IllegalStateException("boom\nsecond line");
            case "link.txt" -> throw new LinkageError();
            default -> REAL.apply(s);
        };
    }

    private Ingestor ingestor(Function<SourceText, ArticleFacts> extractor) {
        return new Ingestor(new ArticleReader(), extractor, new ArticleMapper(), new ShapeValidator(), 2);
    }

    private List<InputFile> files(String... names) throws Exception {
        List<InputFile> out = new ArrayList<>();
        for (String n : names) {
            out.add(InputFile.of(Files.writeString(dir.resolve(n), GOOD.replace("Leeds", "Leeds " + n))));
        }
        return out;
    }

    @Test
    void anyThrowableIsOneArticlesOneLineErrorAndTheGoodFileIsStored() throws Exception {
        List<ArticleOutcome> seen = new ArrayList<>();
        ProgressListener progress = new ProgressListener() {
            @Override
            public void started(int total) {}

            @Override
            public void finished(ArticleOutcome outcome) {
                seen.add(outcome);
            }
        };
        IngestReport report = ingestor(ArticleIsolationTest::extract).ingest(
                files("deep.txt", "heap.txt", "good.txt", "boom.txt", "link.txt"), new StoreSink(store), progress);

        assertEquals(1, report.articles());
        assertEquals(List.of("deep.txt: extraction failed: StackOverflowError",
                "heap.txt: extraction failed: OutOfMemoryError: Java heap space",
                "boom.txt: extraction failed: boom",
                "link.txt: extraction failed: LinkageError"), report.failures());
        assertEquals(1, store.articles().size());
        assertEquals(5, seen.size(), "every input reported, in order");
        assertInstanceOf(ArticleOutcome.Ready.class, seen.get(2));
        assertInstanceOf(StackOverflowError.class, ((ArticleOutcome.Failed) seen.get(0)).cause());
    }

    @Test
    void aSinkThatThrowsAnErrorFailsOnlyItsArticle() throws Exception {
        List<String> stored = new ArrayList<>();
        IngestReport report = ingestor(REAL).ingest(files("a.txt", "b.txt"), r -> {
            if (r.file().equals("a.txt")) {
                throw new StackOverflowError();
            }
            stored.add(r.file());
        }, ProgressListener.NONE);
        assertEquals(List.of("b.txt"), stored);
        assertEquals(List.of("a.txt: could not be stored: StackOverflowError"), report.failures());
    }

    /** Facts with the given sentences and entities, as a boilerplate detector that let furniture through gives. */
    private static ArticleFacts facts(SourceText s, Span body, List<Sentence> sentences, boolean withEntities) {
        ArticleFacts real = REAL.apply(s);
        return new ArticleFacts(s.source(), s.text(), body, List.of(), sentences,
                withEntities ? real.entities() : List.of(), List.of(), List.of(), List.of());
    }

    @Test
    void anArticleWithoutBodySentencesIsRefusedButOneNamingNobodyIsStored() throws Exception {
        Function<SourceText, ArticleFacts> extractor = s -> switch (s.source()) {
            case "none.txt" -> facts(s, new Span(0, 10), List.of(), true);
            case "outside.txt" -> facts(s, new Span(0, 10), List.of(new Sentence(0, new Span(20, 40))), true);
            case "nobody.txt" -> facts(s, new Span(0, s.text().length()), List.of(new Sentence(0, new Span(0, 40))),
                    false);
            default -> REAL.apply(s);
        };
        IngestReport report = ingestor(extractor).ingest(files("none.txt", "outside.txt", "nobody.txt", "good.txt"),
                new StoreSink(store), ProgressListener.NONE);
        assertEquals(2, report.articles());
        assertEquals(List.of("none.txt: no article text found (only page boilerplate)",
                "outside.txt: no article text found (only page boilerplate)"),
                report.failures());
        assertEquals(2, store.articles().size());
    }

    /** The budget's exception already names the article: its message is the line, not wrapped in another. */
    @Test
    void anArticleOverItsBudgetIsOneLineNamingItOnce() throws Exception {
        Function<SourceText, ArticleFacts> extractor = s -> {
            if (s.source().equals("slow.txt")) {
                throw new ExtractionTimeoutException("slow.txt", java.time.Duration.ofSeconds(8));
            }
            return REAL.apply(s);
        };
        IngestReport report = ingestor(extractor).ingest(files("slow.txt", "good.txt"), new StoreSink(store),
                ProgressListener.NONE);
        assertEquals(1, report.articles());
        assertEquals(List.of("slow.txt: extraction took longer than its budget of 8 s, skipped"), report.failures());
    }

    /** A page of navigation links only, through the real extractor: refused, not stored as an empty article. */
    @Test
    void aMenuPageIsNotStored() throws Exception {
        Path menu = Files.writeString(dir.resolve("menu.txt"), "Home\nNews\nSport\nBusiness\nWeather\n");
        ArticleOutcome outcome = ingestor(REAL).prepare(InputFile.of(menu));
        ArticleOutcome.Failed failed = assertInstanceOf(ArticleOutcome.Failed.class, outcome);
        assertTrue(failed.message().startsWith("menu.txt: no article text found ("), failed.message());
        assertNull(failed.cause());
    }
}

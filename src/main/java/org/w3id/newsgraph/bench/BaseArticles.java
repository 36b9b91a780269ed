package org.w3id.newsgraph.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Stream;

import org.w3id.newsgraph.model.ArticleFacts;
import org.w3id.newsgraph.model.ContentHash;
import org.w3id.newsgraph.model.Entity;
import org.w3id.newsgraph.model.EntityType;
import org.w3id.newsgraph.model.Mention;
import org.w3id.newsgraph.model.SourceText;
import org.w3id.newsgraph.ner.ConllDocument;
import org.w3id.newsgraph.ner.ConllReader;
import org.w3id.newsgraph.ner.ConllText;

/**
 * Reads the real articles the scale corpus derives from, with their name spans: a CoNLL file's articles
 * detokenised with their gold tags ({@link ConllText}), and a folder's {@code *.txt} files with the extractor's
 * mentions. Extracting is slow, so those spans are cached, one small file per text named by the text's SHA-256,
 * in a cache folder outside the project: the next run reads them back.
 */
final class BaseArticles {
    private final Path cache;
    private final Function<SourceText, ArticleFacts> extractor;
    private final int threads;

    /** @param extractor used on folders' texts whose spans are not cached */
    BaseArticles(Path cache, Function<SourceText, ArticleFacts> extractor, int threads) {
        this.cache = cache;
        this.extractor = extractor;
        this.threads = Math.max(1, threads);
    }

    /** A folder's texts or a CoNLL file's articles, in file order. */
    List<BaseArticle> read(Path from) throws IOException {
        return Files.isDirectory(from) ? folder(from) : conll(from);
    }

    static List<BaseArticle> conll(Path file) throws IOException {
        List<BaseArticle> out = new ArrayList<>();
        List<ConllDocument> docs = ConllReader.read(file);
        for (int i = 0; i < docs.size(); i++) {
            ConllText text = ConllText.of(docs.get(i));
            List<BaseArticle.NameSpan> spans = new ArrayList<>();
            for (opennlp.tools.util.Span s : ConllText.goldNames(docs.get(i), text)) {
                NamePools.Kind kind = switch (s.getType()) {
                    case "PER" -> NamePools.Kind.PER;
                    case "ORG" -> NamePools.Kind.ORG;
                    case "LOC" -> NamePools.Kind.LOC;
                    default -> null; // MISC (nationalities, events, works) stays as written
                };
                if (kind != null) {
                    spans.add(new BaseArticle.NameSpan(s.getStart(), s.getEnd(), kind));
                }
            }
            out.add(new BaseArticle("conll-" + i, text.text(), spans));
        }
        return out;
    }

    private List<BaseArticle> folder(Path dir) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".txt") && Files.isRegularFile(p)).sorted()
                    .toList();
        }
        String prefix = dir.getFileName() == null ? "text" : dir.getFileName().toString();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<BaseArticle>> jobs = new ArrayList<>();
            for (int i = 0; i < files.size(); i++) {
                Path f = files.get(i);
                String name = prefix + "-" + i;
                jobs.add(pool.submit(() -> {
                    String text = Files.readString(f, StandardCharsets.UTF_8);
                    try {
                        return text(name, text);
                    } catch (RuntimeException e) { // extraction broke on it: a base without names, left out
                        return new BaseArticle(name, text, List.of());
                    }
                }));
            }
            List<BaseArticle> out = new ArrayList<>();
            for (Future<BaseArticle> j : jobs) {
                out.add(j.get());
            }
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IOException(e.getCause().getMessage(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** One text with its spans, from the cache or the extractor (then cached). */
    BaseArticle text(String name, String text) throws IOException {
        Path cached = cache.resolve(ContentHash.sha256(text.getBytes(StandardCharsets.UTF_8)) + ".spans");
        if (Files.isRegularFile(cached)) {
            return new BaseArticle(name, text, parse(Files.readAllLines(cached, StandardCharsets.UTF_8)));
        }
        List<BaseArticle.NameSpan> spans = new ArrayList<>();
        for (Entity e : extractor.apply(new SourceText(name + ".txt", text)).entities()) {
            NamePools.Kind kind = kind(e.type());
            if (kind != null) {
                for (Mention m : e.mentions()) {
                    spans.add(new BaseArticle.NameSpan(m.span().begin(), m.span().end(), kind));
                }
            }
        }
        Files.createDirectories(cache);
        Path tmp = Files.createTempFile(cache, "spans", ".tmp");
        Files.write(tmp, spans.stream().map(s -> s.begin() + "\t" + s.end() + "\t" + s.kind()).toList(),
                StandardCharsets.UTF_8);
        Files.move(tmp, cached, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        return new BaseArticle(name, text, spans);
    }

    private static NamePools.Kind kind(EntityType t) {
        return t.isPerson() ? NamePools.Kind.PER : t.isOrganization() ? NamePools.Kind.ORG
                : t.isPlace() ? NamePools.Kind.LOC : null;
    }

    private static List<BaseArticle.NameSpan> parse(List<String> lines) {
        List<BaseArticle.NameSpan> out = new ArrayList<>();
        for (String l : lines) {
            String[] f = l.split("\t");
            if (f.length == 3) {
                out.add(new BaseArticle.NameSpan(Integer.parseInt(f[0]), Integer.parseInt(f[1]),
                        NamePools.Kind.valueOf(f[2])));
            }
        }
        return out;
    }
}

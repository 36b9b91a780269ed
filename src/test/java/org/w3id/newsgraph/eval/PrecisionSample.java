package org.w3id.newsgraph.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.w3id.newsgraph.extract.Extractor;
import org.w3id.newsgraph.model.ArticleFacts;
import org.w3id.newsgraph.model.SourceText;
import org.w3id.newsgraph.pipeline.TimeBudget;

/**
 * Draws the hand-checked precision samples of docs/QUALITY.md: the folder's sorted {@code .txt} files shuffled with
 * {@code Random(seed)}, the first {@code articles} of them extracted, every fact of the kind asked (entities by
 * default; amounts, relations, events, stances) shuffled with the same seed, the first {@code count} printed with
 * the sentence they stand on, one tab-separated line each ("#, article, fact…, sentence"; {@link FactRows}). {@code articles} 0 takes every file (a development folder, for tuning).
 * Run by {@code src/test/sh/precision-sample.sh}; the texts are read from the corpus, never stored.
 */
public final class PrecisionSample {
    private PrecisionSample() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 4 && args.length != 5) {
            System.err.println("usage: PrecisionSample FOLDER SEED ARTICLES COUNT"
                    + " [entities|amounts|relations|events|stances]");
            System.exit(2);
        }
        Path folder = Path.of(args[0]);
        long seed = Long.parseLong(args[1]);
        int articles = Integer.parseInt(args[2]);
        int count = Integer.parseInt(args[3]);
        String kind = args.length == 5 ? args[4] : "entities";
        List<Path> files;
        try (Stream<Path> s = Files.list(folder)) {
            files = new ArrayList<>(s.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList());
        }
        Collections.shuffle(files, new Random(seed));
        if (articles > 0) {
            files = files.subList(0, Math.min(articles, files.size()));
        }
        Extractor extractor = Extractor.create(TimeBudget.UNLIMITED); // a loaded machine must not drop articles
        List<String> rows = new ArrayList<>();
        for (Path f : files) {
            String name = f.getFileName().toString();
            ArticleFacts facts = extractor.extract(new SourceText(name, Files.readString(f, StandardCharsets.UTF_8)));
            new FactRows(facts).rows(kind).forEach(r -> rows.add(name + "\t" + r));
        }
        System.err.println(files.size() + " articles, " + rows.size() + " " + kind);
        Collections.shuffle(rows, new Random(seed));
        for (int i = 0; i < Math.min(count, rows.size()); i++) {
            System.out.println((i + 1) + "\t" + rows.get(i));
        }
    }
}

package org.w3id.newsgraph.eval;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

import org.w3id.newsgraph.extract.Extractor;
import org.w3id.newsgraph.model.ArticleFacts;
import org.w3id.newsgraph.text.ArticleReader;
import org.w3id.newsgraph.text.InputException;

/**
 * Scores folders of articles together, each against the gold files of the folder {@code goldFor} names for it:
 * {@code FolderEvaluation.score(extractor, List.of(dev, heldout), dir -> dir, System.err::println)}. A gold
 * file whose article is missing is skipped with a message, not scored as all missed.
 */
public final class FolderEvaluation {
    private FolderEvaluation() {}

    public static EvalReport score(Extractor extractor, List<Path> dirs, Function<Path, Path> goldFor,
            Consumer<String> skipped) throws InputException {
        ArticleReader reader = new ArticleReader(ArticleReader.DEFAULT_MAX_BYTES);
        List<GoldFile> golds = new ArrayList<>();
        List<ArticleFacts> extracted = new ArrayList<>();
        for (Path dir : dirs) {
            Path goldDir = goldFor.apply(dir);
            if (!Files.isDirectory(goldDir)) {
                throw new IllegalArgumentException("no gold folder at " + goldDir + " (give one with --gold)");
            }
            List<GoldFile> here = GoldReader.readAll(goldDir);
            if (here.isEmpty()) {
                throw new IllegalArgumentException("no *.gold.json files in " + goldDir);
            }
            for (GoldFile g : here) {
                Path article = dir.resolve(g.doc());
                if (!Files.isRegularFile(article)) {
                    skipped.accept("newsgraph: no article " + g.doc() + " in " + dir + " for its gold file; skipped");
                    continue;
                }
                golds.add(g);
                extracted.add(extractor.extract(reader.read(article)));
            }
        }
        return new Evaluator().evaluate(golds, extracted);
    }

    /** Whether the folder holds gold files of its own. */
    public static boolean hasGoldFiles(Path dir) {
        try (var files = Files.list(dir)) {
            return files.anyMatch(f -> f.getFileName().toString().endsWith(".gold.json"));
        } catch (java.io.IOException e) {
            return false;
        }
    }
}

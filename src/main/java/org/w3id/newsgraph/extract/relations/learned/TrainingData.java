package org.w3id.newsgraph.extract.relations.learned;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.IntConsumer;

import org.w3id.newsgraph.eval.GoldFile;
import org.w3id.newsgraph.eval.GoldReader;
import org.w3id.newsgraph.extract.ArticleView;
import org.w3id.newsgraph.extract.Extractor;
import org.w3id.newsgraph.model.SourceText;
import org.w3id.newsgraph.pipeline.Annotations;
import org.w3id.newsgraph.pipeline.Document;
import org.w3id.newsgraph.text.ArticleReader;
import org.w3id.newsgraph.text.InputException;

/**
 * Reads a folder of articles with gold files (the conll04 format: {@code NAME.txt} and {@code NAME.gold.json}),
 * runs the extractor on each and labels its candidate pairs from the gold, in file-name order.
 */
public final class TrainingData {
    private TrainingData() {
    }

    /** The labelled articles of {@code dir}; {@code done} hears of each article read. */
    public static List<LabeledArticle> read(Path dir, Extractor extractor, IntConsumer done) throws InputException {
        ArticleReader reader = new ArticleReader(ArticleReader.DEFAULT_MAX_BYTES);
        List<GoldFile> golds = new ArrayList<>(GoldReader.readAll(dir));
        golds.sort(Comparator.comparing(GoldFile::doc));
        List<LabeledArticle> out = new ArrayList<>();
        for (GoldFile g : golds) {
            Path article = dir.resolve(g.doc());
            if (Files.isRegularFile(article)) {
                out.add(label(g, extractor, reader.read(article)));
            }
            done.accept(out.size());
        }
        return out;
    }

    /** Folder size for a progress bar. */
    public static int count(Path dir) {
        return GoldReader.readAll(dir).size();
    }

    static LabeledArticle label(GoldFile gold, Extractor extractor, SourceText source) {
        Document d = extractor.pipeline().run(Document.of(source, extractor.budget().start(source)));
        List<Candidate> candidates = Candidates.of(ArticleView.of(d), d.get(Annotations.TOKENS));
        GoldPairs pairs = new GoldPairs(gold);
        return new LabeledArticle(gold.doc(), d.text(), candidates, candidates.stream().map(pairs::label).toList());
    }
}

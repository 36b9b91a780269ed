package org.w3id.newsgraph.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.w3id.newsgraph.extract.Extractor;
import org.w3id.newsgraph.extract.relations.learned.LabeledArticle;
import org.w3id.newsgraph.extract.relations.learned.PairKind;
import org.w3id.newsgraph.extract.relations.learned.PairModel;
import org.w3id.newsgraph.extract.relations.learned.PairTrainer;
import org.w3id.newsgraph.extract.relations.learned.Thresholds;
import org.w3id.newsgraph.extract.relations.learned.TrainingData;
import org.w3id.newsgraph.pipeline.TimeBudget;
import org.w3id.newsgraph.text.InputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code train relations}: the learned relation classifier (Work_For, basedIn, locatedIn) from a folder of
 * articles with gold files, thresholds chosen by cross-validation on the same folder, into the jar's resources.
 */
@Command(name = "relations", mixinStandardHelpOptions = true,
        description = "Train the relation classifier on articles with gold files (deterministic: same data and options, same model).")
final class TrainRelationsCommand implements Callable<Integer> {
    @Option(names = "--data", required = true, paramLabel = "DIR",
            description = "Folder of NAME.txt and NAME.gold.json (e.g. the development part of conll04-train).")
    Path data;

    @Option(names = "--output", paramLabel = "FILE",
            description = "Where to write the model (default: src/main/resources" + PairModel.RESOURCE + ", so it ships in the jar).")
    Path output;

    @Option(names = "--algorithm", defaultValue = "MAXENT",
            description = "MAXENT (GIS), MAXENT_QN (L-BFGS) or PERCEPTRON (default: ${DEFAULT-VALUE}).")
    String algorithm;

    @Mixin
    TrainingOptions training;

    @Option(names = "--folds", defaultValue = "5", description = "Cross-validation folds, by article (default: ${DEFAULT-VALUE}).")
    int folds;

    @Option(names = "--min-precision", defaultValue = "0.85",
            description = "Lowest cross-validated precision of basedIn/locatedIn the threshold may give (default: ${DEFAULT-VALUE}).")
    double minPrecision;

    @Option(names = "--min-work-precision", defaultValue = "0.55",
            description = "Lowest cross-validated precision of Work_For the threshold may give (default: ${DEFAULT-VALUE}).")
    double minWorkPrecision;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException, InputException {
        if (!Files.isDirectory(data)) {
            throw new IllegalArgumentException("no folder " + data);
        }
        if (folds < 2) {
            throw new IllegalArgumentException("--folds must be at least 2");
        }
        PrintWriter err = spec.commandLine().getErr();
        int n = TrainingData.count(data);
        if (n == 0) {
            throw new IllegalArgumentException("no *.gold.json files in " + data);
        }
        // candidates and their features come before the learned step, so a shipped model does not change them;
        // no time budget: on a busy machine the default one skipped articles, so the same data gave another model
        Extractor extractor = Extractor.create(TimeBudget.UNLIMITED);
        long t0 = System.nanoTime();
        List<LabeledArticle> articles;
        List<PairTrainer.Scored> scored;
        PairTrainer trainer = new PairTrainer(algorithm.toUpperCase(Locale.ROOT), training.iterations, training.cutoff);
        try (ProgressBar bar = new ProgressBarBuilder().setTaskName("Articles").setInitialMax(n)
                .setStyle(ProgressBarStyle.ASCII).build()) {
            articles = TrainingData.read(data, extractor, bar::stepTo);
        }
        try (ProgressBar bar = new ProgressBarBuilder().setTaskName("Folds").setInitialMax(folds)
                .setStyle(ProgressBarStyle.ASCII).build()) {
            scored = trainer.crossValidate(articles, folds, bar::stepTo);
        }
        Thresholds.Point work = Thresholds.choose(scored, k -> k == PairKind.PERSON_ORGANIZATION, minWorkPrecision);
        Thresholds.Point place = Thresholds.choose(scored, k -> k != PairKind.PERSON_ORGANIZATION, minPrecision);
        int candidates = articles.stream().mapToInt(a -> a.candidates().size()).sum();
        String info = String.format(Locale.ROOT,
                "data %s: %d articles, %d candidate pairs; %s, %d iterations, cutoff %d; %d-fold cross-validation: "
                        + "Work_For %s; basedIn/locatedIn %s",
                data.getFileName(), articles.size(), candidates, algorithm, training.iterations, training.cutoff, folds, work, place);
        PairModel model = trainer.train(articles, work.threshold(), place.threshold(), info);
        double seconds = (System.nanoTime() - t0) / 1e9;
        Path out = output != null ? output : Home.dir().resolve("src/main/resources" + PairModel.RESOURCE);
        Files.createDirectories(out.toAbsolutePath().getParent());
        try (OutputStream os = Files.newOutputStream(out)) {
            model.write(os);
        }
        err.flush();
        PrintWriter o = spec.commandLine().getOut();
        o.printf(Locale.ROOT, "Trained on %d articles (%d candidate pairs) in %.1f s; model %s (%.1f kB)%n",
                articles.size(), candidates, seconds, out, Files.size(out) / 1e3);
        o.println("Cross-validated (" + folds + " folds, candidate pairs):");
        o.println("  Work_For         " + work);
        o.println("  basedIn/locatedIn " + place);
        o.flush();
        return Main.OK;
    }
}

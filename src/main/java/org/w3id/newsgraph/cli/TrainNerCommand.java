package org.w3id.newsgraph.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Predicate;

import org.w3id.newsgraph.eval.ConllEvaluation;
import org.w3id.newsgraph.ner.ConllDocument;
import org.w3id.newsgraph.ner.ConllReader;
import org.w3id.newsgraph.ner.FeatureResources;
import org.w3id.newsgraph.ner.FeatureSet;
import org.w3id.newsgraph.ner.NameModel;
import org.w3id.newsgraph.ner.NerSettings;
import org.w3id.newsgraph.ner.NerTrainer;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import opennlp.tools.namefind.TokenNameFinderModel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code train ner}: the name model, from a CoNLL-2003 file, into the jar's resources (or {@code --output}). */
@Command(name = "ner", mixinStandardHelpOptions = true,
        description = "Train the named-entity model on a CoNLL-2003 file (deterministic: same data and options, same model).")
final class TrainNerCommand implements Callable<Integer> {
    @Option(names = "--data", required = true, paramLabel = "FILE", description = "CoNLL-2003 training file (train.txt).")
    Path data;

    @Option(names = "--output", paramLabel = "FILE",
            description = "Where to write the model (default: src/main/resources" + NameModel.RESOURCE + ", so it ships in the jar).")
    Path output;

    @Option(names = "--features", paramLabel = "LIST", defaultValue = "default,affixes,clusters,gazetteer",
            description = "Feature groups on top of OpenNLP's defaults: affixes, clusters, gazetteer, shape (default: ${DEFAULT-VALUE}).")
    String features;

    @Option(names = "--types", paramLabel = "LIST", defaultValue = "PER,ORG,LOC",
            description = "Name types to learn (default: ${DEFAULT-VALUE}); MISC may be added.")
    String types;

    @Option(names = "--algorithm", defaultValue = "PERCEPTRON", description = "PERCEPTRON or MAXENT (default: ${DEFAULT-VALUE}).")
    String algorithm;

    @Mixin
    TrainingOptions training;

    @Option(names = "--clusters", paramLabel = "FILE",
            description = "NLP4J English jar (edu.emory.mathcs.nlp:nlp4j-english:1.1.3) or its Brown-cluster .xz (default: the local Maven repository).")
    Path clusters;

    @Option(names = "--cluster-words", defaultValue = "words",
            description = "Which cluster words the model keeps: 'train' (the training vocabulary) or 'words' (every alphabetic word) (default: ${DEFAULT-VALUE}).")
    String clusterWords;

    @Option(names = "--eval", paramLabel = "FILE", description = "Score the new model on this CoNLL file (mention level).")
    Path eval;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        Set<String> typeSet = Set.of(types.toUpperCase(Locale.ROOT).split(","));
        Set<FeatureSet> groups = FeatureSet.parse(features);
        NerSettings settings = new NerSettings(typeSet, groups, algorithm.toUpperCase(Locale.ROOT), training.iterations, training.cutoff,
                clusters != null ? clusters : NerSettings.defaults().clusters());
        List<ConllDocument> docs = ConllReader.read(data);
        err.println("Training on " + docs.size() + " articles of " + data.getFileName() + ", features "
                + FeatureSet.describe(groups) + ", types " + String.join(",", new java.util.TreeSet<>(typeSet)));
        err.flush();
        if (groups.contains(FeatureSet.CLUSTERS) && !Files.isRegularFile(settings.clusters())) {
            throw new IOException("no Brown clusters at " + settings.clusters() + " (fetch them with: ./mvnw "
                    + "dependency:get -Dartifact=edu.emory.mathcs.nlp:nlp4j-english:1.1.3, or pass --clusters)");
        }
        Map<String, Object> resources = FeatureResources.build(groups, settings.clusters(), clusterWords(docs));
        long t0 = System.nanoTime();
        TokenNameFinderModel model;
        try (ProgressBar bar = new ProgressBarBuilder().setTaskName("Iterations").setInitialMax(training.iterations)
                .setStyle(ProgressBarStyle.ASCII)
                .build()) {
            model = NerTrainer.train(docs, settings, resources, bar::stepTo);
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        Path out = output != null ? output : Home.dir().resolve("src/main/resources" + NameModel.RESOURCE);
        Files.createDirectories(out.toAbsolutePath().getParent());
        try (OutputStream os = Files.newOutputStream(out)) {
            model.serialize(os);
        }
        PrintWriter o = spec.commandLine().getOut();
        o.printf(Locale.ROOT, "Trained in %.1f s; model %s (%.1f MB)%n", seconds, out, Files.size(out) / 1e6);
        if (eval != null) {
            o.println("Mention-level scores on " + eval.getFileName() + ":");
            Set<String> scored = new java.util.TreeSet<>(typeSet);
            scored.remove("MISC"); // MISC names are no entities of the graph: learnt (when asked) but not scored
            List<ConllDocument> evalDocs = ConllReader.read(eval);
            o.print(ConllEvaluation.score(new NameModel(model), evalDocs, scored).format());
            o.println("With one type per name and article (ArticleConsistency):");
            o.print(ConllEvaluation.score(new NameModel(model).consistent(true), evalDocs, scored).format());
        }
        o.flush();
        return Main.OK;
    }

    private Predicate<String> clusterWords(List<ConllDocument> docs) {
        if (clusterWords.equals("train")) {
            Set<String> vocab = new HashSet<>();
            docs.forEach(d -> d.sentences().forEach(s -> s.words().forEach(w -> vocab.add(w.toLowerCase(Locale.ROOT)))));
            return vocab::contains;
        }
        return w -> w.length() > 1 && w.chars().allMatch(c -> Character.isLetter(c) || c == '-' || c == '\'' || c == '.');
    }
}

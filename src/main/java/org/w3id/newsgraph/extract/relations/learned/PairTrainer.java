package org.w3id.newsgraph.extract.relations.learned;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.function.IntConsumer;

import opennlp.tools.ml.EventTrainer;
import opennlp.tools.ml.TrainerFactory;
import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.ObjectStream;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;

/**
 * Trains the pair classifier (an OpenNLP event trainer, one thread: nothing random, so the same data gives the same
 * model) and chooses its thresholds by k-fold cross-validation over articles (article i is in fold i mod k).
 */
public final class PairTrainer {
    private final String algorithm;
    private final int iterations;
    private final int cutoff;

    /** @param algorithm an OpenNLP event trainer: MAXENT (GIS), MAXENT_QN (L-BFGS) or PERCEPTRON */
    public PairTrainer(String algorithm, int iterations, int cutoff) {
        this.algorithm = algorithm;
        this.iterations = iterations;
        this.cutoff = cutoff;
    }

    /** A model on every candidate of the articles, with the given thresholds. */
    public PairModel train(List<LabeledArticle> articles, double work, double place, String info) throws IOException {
        TrainingParameters params = new TrainingParameters();
        params.put(TrainingParameters.ALGORITHM_PARAM, algorithm);
        params.put(TrainingParameters.ITERATIONS_PARAM, iterations);
        params.put(TrainingParameters.CUTOFF_PARAM, cutoff);
        params.put(TrainingParameters.THREADS_PARAM, 1);
        EventTrainer trainer = TrainerFactory.getEventTrainer(params, new TreeMap<>());
        List<Event> events = new ArrayList<>();
        for (LabeledArticle a : articles) {
            for (int i = 0; i < a.candidates().size(); i++) {
                events.add(new Event(a.labels().get(i).name(), PairFeatures.of(a.text(), a.candidates().get(i))));
            }
        }
        try (ObjectStream<Event> stream = ObjectStreamUtils.createObjectStream(events)) {
            MaxentModel m = trainer.train(stream);
            return new PairModel(m, work, place, info);
        }
    }

    /**
     * Out-of-fold decisions: each article's candidates judged by a model trained on the other folds, with their
     * gold labels; {@code foldDone} hears of each fold finished.
     */
    public List<Scored> crossValidate(List<LabeledArticle> articles, int folds, IntConsumer foldDone)
            throws IOException {
        List<Scored> out = new ArrayList<>();
        for (int f = 0; f < folds; f++) {
            List<LabeledArticle> train = new ArrayList<>();
            List<LabeledArticle> test = new ArrayList<>();
            for (int i = 0; i < articles.size(); i++) {
                (i % folds == f ? test : train).add(articles.get(i));
            }
            PairModel m = train(train, 1, 1, "");
            for (LabeledArticle a : test) {
                for (int i = 0; i < a.candidates().size(); i++) {
                    out.add(new Scored(m.best(a.text(), a.candidates().get(i)), a.labels().get(i)));
                }
            }
            foldDone.accept(f + 1);
        }
        return out;
    }

    /** A decision (the best non-NONE label) with the candidate's gold label. */
    public record Scored(PairDecision decision, PairLabel gold) {}
}

package org.w3id.newsgraph.ner;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.IntConsumer;

import opennlp.tools.ml.EventTrainer;
import opennlp.tools.ml.TrainerFactory;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.monitoring.StopCriteria;
import opennlp.tools.monitoring.TrainingMeasure;
import opennlp.tools.monitoring.TrainingProgressMonitor;
import opennlp.tools.namefind.BioCodec;
import opennlp.tools.namefind.NameFinderEventStream;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.ObjectStream;
import opennlp.tools.util.Span;
import opennlp.tools.util.TrainingConfiguration;
import opennlp.tools.util.TrainingParameters;

/**
 * Trains OpenNLP's name finder on CoNLL articles. It follows {@code NameFinderME.train} (events from the
 * samples, one event trainer, BIO codec, beam of 3) but hands the trainer a progress monitor, so the command
 * line can show a bar. Nothing in it is random: the same data and settings give the same model.
 */
public final class NerTrainer {
    static final int BEAM = 3;

    private NerTrainer() {
    }

    /** The name samples of the articles: one per sentence, adaptive data cleared at each article's start. */
    public static List<NameSample> samples(List<ConllDocument> docs, java.util.Set<String> types) {
        List<NameSample> out = new ArrayList<>();
        for (ConllDocument d : docs) {
            boolean first = true;
            for (ConllSentence s : d.sentences()) {
                Span[] names = s.names().stream().filter(n -> types.contains(n.getType())).toArray(Span[]::new);
                out.add(new NameSample(s.wordArray(), names, first));
                first = false;
            }
        }
        return out;
    }

    /** Trains a model; {@code iterationDone} hears of each finished iteration (1-based). */
    public static TokenNameFinderModel train(List<ConllDocument> docs, NerSettings settings,
            Map<String, Object> resources, IntConsumer iterationDone) throws IOException {
        byte[] descriptor = FeatureSet.descriptor(settings.features());
        TokenNameFinderFactory factory = TokenNameFinderFactory.create(null, descriptor, resources, new BioCodec());
        TrainingParameters params = new TrainingParameters();
        params.put(TrainingParameters.ALGORITHM_PARAM, settings.algorithm());
        params.put(TrainingParameters.ITERATIONS_PARAM, settings.iterations());
        params.put(TrainingParameters.CUTOFF_PARAM, settings.cutoff());
        params.put(TrainingParameters.THREADS_PARAM, 1);
        Map<String, String> report = new TreeMap<>();
        EventTrainer trainer = TrainerFactory.getEventTrainer(params, report,
                new TrainingConfiguration(new Monitor(iterationDone), null));
        List<NameSample> samples = samples(docs, settings.types());
        try (ObjectStream<NameSample> stream = new ListStream(samples);
                NameFinderEventStream events = new NameFinderEventStream(stream, null,
                        factory.createContextGenerator(), factory.createSequenceCodec())) {
            MaxentModel model = trainer.train(events);
            Map<String, String> manifest = new TreeMap<>(report);
            manifest.put("newsgraph-features", FeatureSet.describe(settings.features()));
            manifest.put("newsgraph-types", String.join(",", new java.util.TreeSet<>(settings.types())));
            return new TokenNameFinderModel("en", model, BEAM, descriptor, resources, manifest,
                    factory.createSequenceCodec(), factory);
        }
    }

    /** A list as an OpenNLP sample stream. */
    private static final class ListStream implements ObjectStream<NameSample> {
        private final List<NameSample> samples;
        private Iterator<NameSample> it;

        ListStream(List<NameSample> samples) {
            this.samples = samples;
            this.it = samples.iterator();
        }

        @Override
        public NameSample read() {
            return it.hasNext() ? it.next() : null;
        }

        @Override
        public void reset() {
            it = samples.iterator();
        }
    }

    /** Passes iteration counts on; never stops training early itself. */
    private record Monitor(IntConsumer iterationDone) implements TrainingProgressMonitor {
        @Override
        public void finishedIteration(int iteration, int correct, int total, TrainingMeasure measure, double value) {
            iterationDone.accept(iteration);
        }

        @Override
        public void finishedTraining(int iterations, StopCriteria<?> criteria) {
        }

        @Override
        public boolean isTrainingFinished() {
            return false;
        }

        @Override
        public void display(boolean finished) {
        }
    }
}

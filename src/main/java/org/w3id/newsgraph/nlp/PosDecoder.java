package org.w3id.newsgraph.nlp;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

import opennlp.tools.ml.BeamSearch;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTagFormatMapper;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.CachedFeatureGenerator;

/**
 * Tags parts of speech with a maxent POS model as OpenNLP's {@code POSTaggerME} does, with the same tags, at a
 * fraction of its cost. The model's feature generators are cached per token ({@code cache="true"} in its
 * descriptor), so in {@code POSTaggerME} every state of the beam at a token gets the context the first (best)
 * state generated, and so the same probabilities; {@code POSTaggerME} still builds that context and evaluates it
 * once per state (three times), each time looking every feature string up in the model's map. Here the context is
 * built and evaluated once per token and the beam search runs as {@code BeamSearch} runs it (same queue order,
 * same threshold, same tie-breaking), so the sums are added in the same order and the tags are the same to the
 * last bit ({@code PosDecoderTest}). One instance per thread: the feature generators keep per-sentence caches.
 */
final class PosDecoder {
    /** BeamSearch's floor on a sequence's log score. */
    private static final double ZERO_LOG = -100000;

    private final Map<String, Context> predicates;
    private final String[] outcomes;
    private final double uniform;
    private final AdaptiveFeatureGenerator features;
    private final int beam;

    private PosDecoder(POSModel model, GISModel maxent, AdaptiveFeatureGenerator features, int beam) {
        Object[] data = maxent.getDataStructures();
        @SuppressWarnings("unchecked")
        Map<String, Context> pmap = (Map<String, Context>) data[1];
        this.predicates = pmap;
        this.outcomes = (String[]) data[2];
        this.uniform = StrictMath.log(1.0 / outcomes.length); // UniformPrior, as GIS models are read
        this.features = features;
        this.beam = beam;
    }

    /**
     * A decoder for the model, or null when this decoder cannot reproduce {@code POSTaggerME} with the UD tag
     * format: a model other than maxent, one with a tag dictionary or a sequence model other than OpenNLP's beam search, feature
     * generators without the per-token cache, or tags that are not UD.
     */
    static PosDecoder of(POSModel model) {
        Object m = model.getArtifact("pos.model");
        AdaptiveFeatureGenerator generators = model.getFactory().createFeatureGenerators();
        if (!(m instanceof GISModel g) || !(model.getPosSequenceModel() instanceof BeamSearch)
                || model.getFactory().getTagDictionary() != null
                || !(generators instanceof CachedFeatureGenerator)) {
            return null;
        }
        if (new POSTagFormatMapper((String[]) g.getDataStructures()[2]) { }.getGuessedFormat() != POSTagFormat.UD) {
            return null;
        }
        String size = model.getManifestProperty("BeamSize");
        return new PosDecoder(model, g, generators, size == null ? 3 : Integer.parseInt(size));
    }

    /** One state of the beam: the outcome of token {@code index}, after {@code before}. */
    private record State(State before, int index, int outcome, double score) {}

    /** One UD tag per token, as {@code POSTaggerME.tag}. */
    String[] tag(String[] tokens) {
        int n = outcomes.length;
        PriorityQueue<State> prev = new PriorityQueue<>((a, b) -> Double.compare(b.score, a.score));
        PriorityQueue<State> next = new PriorityQueue<>((a, b) -> Double.compare(b.score, a.score));
        prev.add(new State(null, -1, -1, 0));
        List<String> buffer = new ArrayList<>();
        String[] previousTags = new String[tokens.length];
        double[] sorted = new double[n];
        for (int i = 0; i < tokens.length; i++) {
            double[] scores = null;
            double min = 0;
            int sz = Math.min(beam, prev.size());
            for (int sc = 0; !prev.isEmpty() && sc < sz; sc++) {
                State top = prev.remove();
                if (scores == null) { // the first state's context serves every state (the generators' cache)
                    scores = evaluate(tokens, i, top, previousTags, buffer);
                    System.arraycopy(scores, 0, sorted, 0, n);
                    Arrays.sort(sorted);
                    min = sorted[Math.max(0, n - beam)];
                }
                for (int p = 0; p < n; p++) {
                    if (scores[p] >= min) {
                        offer(next, top, i, p, scores[p]);
                    }
                }
                if (next.isEmpty()) {
                    for (int p = 0; p < n; p++) {
                        offer(next, top, i, p, scores[p]);
                    }
                }
            }
            prev.clear();
            PriorityQueue<State> t = prev;
            prev = next;
            next = t;
        }
        String[] tags = new String[tokens.length];
        State best = prev.peek();
        for (State s = best; s != null && s.index >= 0; s = s.before) {
            tags[s.index] = outcomes[s.outcome];
        }
        return tags;
    }

    private static void offer(PriorityQueue<State> next, State top, int i, int outcome, double p) {
        State s = new State(top, i, outcome, top.score + StrictMath.log(p));
        if (s.score > ZERO_LOG) {
            next.add(s);
        }
    }

    /** As GISModel.eval on the context of token {@code i} after the state's tags: uniform prior, sums, softmax. */
    private double[] evaluate(String[] tokens, int i, State top, String[] previousTags, List<String> buffer) {
        if (top.index >= 0) {
            previousTags[i - 1] = outcomes[top.outcome];
            if (top.before != null && top.before.index >= 0) {
                previousTags[i - 2] = outcomes[top.before.outcome];
            }
        }
        buffer.clear();
        features.createFeatures(buffer, tokens, i, previousTags);
        double[] sums = new double[outcomes.length];
        Arrays.fill(sums, uniform);
        for (String f : buffer) {
            Context c = predicates.get(f);
            if (c != null) {
                int[] o = c.getOutcomes();
                double[] w = c.getParameters();
                for (int k = 0; k < o.length; k++) {
                    sums[o[k]] += w[k];
                }
            }
        }
        double normal = 0.0;
        for (int k = 0; k < sums.length; k++) {
            sums[k] = StrictMath.exp(sums[k]);
            normal += sums[k];
        }
        for (int k = 0; k < sums.length; k++) {
            sums[k] /= normal;
        }
        return sums;
    }
}

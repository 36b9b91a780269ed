package org.w3id.newsgraph.ner;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.perceptron.PerceptronModel;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.SequenceCodec;
import opennlp.tools.util.SequenceValidator;
import opennlp.tools.util.Span;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.FeatureGeneratorUtil;

/**
 * Tags names with a perceptron name model as OpenNLP's {@code NameFinderME} does (the same beam search, outcomes,
 * probabilities and article memory), at a fraction of its cost. {@code NameFinderME} builds the whole context of a
 * token again for each of the beam's states and looks every feature string up in the model's map each time,
 * although only four features (the previous outcomes: {@code po}, {@code pow}, {@code powf}, {@code ppo}) differ
 * between states. Here the others are generated and summed once per token, and the four are added per state in
 * the order {@code NameFinderME} adds them, so the sums, and so the probabilities, are the same to the last bit.
 * One instance per thread: the feature generators keep per-sentence caches and the article's previous decisions.
 */
final class NameDecoder {
    /** {@code NameFinderME}'s context feature for "no previous outcome". */
    private static final String OTHER = "other";
    /** BeamSearch's floor on a sequence's log score. */
    private static final double ZERO_LOG = -100000;

    private final Map<String, Context> predicates;
    private final String[] outcomes;
    private final int other;
    private final Context[] previous;
    private final Context[] previousButOne;
    /** valid[p + 1][o]: outcome o may follow outcome p (p = -1: the sentence start). */
    private final boolean[][] valid;
    private final AdaptiveFeatureGenerator features;
    private final SequenceCodec<String> codec;
    private final int beam;

    private NameDecoder(TokenNameFinderModel model, AbstractModel perceptron, int beam) {
        Object[] data = perceptron.getDataStructures();
        @SuppressWarnings("unchecked")
        Map<String, Context> pmap = (Map<String, Context>) data[1];
        this.predicates = pmap;
        this.outcomes = (String[]) data[2];
        this.beam = beam;
        this.codec = model.getFactory().createSequenceCodec();
        this.features = model.getFactory().createFeatureGenerators();
        int n = outcomes.length;
        int o = Arrays.asList(outcomes).indexOf(OTHER);
        this.other = o;
        this.previous = new Context[n];
        this.previousButOne = new Context[n];
        for (int k = 0; k < n; k++) {
            previous[k] = predicates.get("po=" + outcomes[k]);
            previousButOne[k] = predicates.get("ppo=" + outcomes[k]);
        }
        SequenceValidator<String> validator = codec.createSequenceValidator();
        this.valid = new boolean[n + 1][n];
        for (int p = -1; p < n; p++) {
            String[] before = p < 0 ? new String[0] : new String[] {outcomes[p]};
            for (int k = 0; k < n; k++) {
                valid[p + 1][k] = validator.validSequence(0, new String[] {""}, before, outcomes[k]);
            }
        }
    }

    /**
     * A decoder for the model, or null when this decoder cannot reproduce it: a model other than a perceptron
     * (maxent normalises differently), one without the "other" outcome, or one with its own feature generators.
     */
    static NameDecoder of(TokenNameFinderModel model) {
        Object m = model.getArtifact("nameFinder.model");
        if (!(m instanceof PerceptronModel p) || model.getFactory().createFeatureGenerators() == null
                || !Arrays.asList((String[]) p.getDataStructures()[2]).contains(OTHER)) {
            return null;
        }
        String size = model.getManifestProperty("BeamSize");
        return new NameDecoder(model, p, size == null ? 3 : Integer.parseInt(size));
    }

    void clearAdaptiveData() {
        features.clearAdaptiveData();
    }

    /** The names of one sentence, with the mean probability of their tokens' outcomes. */
    Span[] find(String[] tokens) {
        State best = bestSequence(tokens);
        String[] chosen = new String[tokens.length];
        double[] probs = new double[tokens.length];
        for (State s = best; s != null && s.index >= 0; s = s.before) {
            chosen[s.index] = outcomes[s.outcome];
            probs[s.index] = s.prob;
        }
        features.updateAdaptiveData(tokens, chosen);
        Span[] spans = codec.decode(Arrays.asList(chosen));
        for (int k = 0; k < spans.length; k++) {
            double p = 0;
            for (int t = spans[k].getStart(); t < spans[k].getEnd(); t++) {
                p += probs[t];
            }
            spans[k] = new Span(spans[k], p / spans[k].length());
        }
        return spans;
    }

    /** One state of the beam: the outcome of token {@code index}, after {@code before}. */
    private record State(State before, int index, int outcome, double prob, double score) {}

    /** BeamSearch.bestSequences as OpenNLP 2.5 runs it, with the same queue order and the same tie-breaking. */
    private State bestSequence(String[] tokens) {
        int n = outcomes.length;
        PriorityQueue<State> prev = new PriorityQueue<>((a, b) -> Double.compare(b.score, a.score));
        PriorityQueue<State> next = new PriorityQueue<>((a, b) -> Double.compare(b.score, a.score));
        prev.add(new State(null, -1, -1, 1, 0));
        List<String> buffer = new ArrayList<>();
        double[] scores = new double[n];
        double[] sorted = new double[n];
        for (int i = 0; i < tokens.length; i++) {
            double[] base = staticSums(tokens, i, buffer);
            String shape = FeatureGeneratorUtil.tokenFeature(tokens[i]);
            Context[][] byPrevious = new Context[n][]; // pow and powf of this token, per previous outcome
            int sz = Math.min(beam, prev.size());
            for (int sc = 0; !prev.isEmpty() && sc < sz; sc++) {
                State top = prev.remove();
                int po = top.index >= 0 ? top.outcome : other;
                int ppo = top.before != null && top.before.index >= 0 ? top.before.outcome : other;
                if (byPrevious[po] == null) {
                    byPrevious[po] = new Context[] {predicates.get("pow=" + outcomes[po] + "," + tokens[i]),
                            predicates.get("powf=" + outcomes[po] + "," + shape)};
                }
                System.arraycopy(base, 0, scores, 0, n);
                add(previous[po], scores);
                add(byPrevious[po][0], scores);
                add(byPrevious[po][1], scores);
                add(previousButOne[ppo], scores);
                normalize(scores);
                System.arraycopy(scores, 0, sorted, 0, n);
                Arrays.sort(sorted);
                double min = sorted[Math.max(0, n - beam)];
                boolean[] allowed = valid[top.index >= 0 ? top.outcome + 1 : 0];
                for (int p = 0; p < n; p++) {
                    if (scores[p] >= min && allowed[p]) {
                        offer(next, top, i, p, scores[p]);
                    }
                }
                if (next.isEmpty()) {
                    for (int p = 0; p < n; p++) {
                        if (allowed[p]) {
                            offer(next, top, i, p, scores[p]);
                        }
                    }
                }
            }
            prev.clear();
            PriorityQueue<State> t = prev;
            prev = next;
            next = t;
        }
        return prev.peek();
    }

    private static void offer(PriorityQueue<State> next, State top, int i, int outcome, double p) {
        State s = new State(top, i, outcome, p, top.score + StrictMath.log(p));
        if (s.score > ZERO_LOG) {
            next.add(s);
        }
    }

    /** The summed weights of the token's features that do not depend on the previous outcomes. */
    private double[] staticSums(String[] tokens, int i, List<String> buffer) {
        buffer.clear();
        features.createFeatures(buffer, tokens, i, null);
        double[] sums = new double[outcomes.length];
        for (String f : buffer) {
            add(predicates.get(f), sums);
        }
        return sums;
    }

    /** As OpenNLP's ArrayMath.sumFeatures, one feature at a time, in the same order. */
    private static void add(Context c, double[] sums) {
        if (c != null) {
            int[] o = c.getOutcomes();
            double[] w = c.getParameters();
            for (int k = 0; k < o.length; k++) {
                sums[o[k]] += w[k];
            }
        }
    }

    /** As PerceptronModel.eval: scaled by the largest magnitude (at least 1), then a softmax. */
    private static void normalize(double[] prior) {
        double max = 1;
        for (double p : prior) {
            max = Math.max(max, StrictMath.abs(p));
        }
        double normal = 0;
        for (int k = 0; k < prior.length; k++) {
            prior[k] = StrictMath.exp(prior[k] / max);
            normal += prior[k];
        }
        for (int k = 0; k < prior.length; k++) {
            prior[k] /= normal;
        }
    }
}

package org.w3id.newsgraph.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;

import org.w3id.newsgraph.model.SourceText;
import org.w3id.newsgraph.ner.NameModel;
import org.w3id.newsgraph.nlp.NlpModels;

import opennlp.tools.util.Span;

/**
 * The floor under extraction: bare OpenNLP on the same texts, sentence splitting, tokenising, part-of-speech
 * tagging and the name model, nothing else. Each pass adds the CPU time of each stage (the calling thread's, so
 * other processes on the machine do not count), which gives the name model's cost beside the tagger's.
 */
public final class OpenNlpFloor {
    /** The stages, in the order they run; the last is the reference, not part of the floor. */
    public static final List<String> STAGES = List.of("sentences", "tokens", "POS tags", "names",
            "names by NameFinderME");

    private final NlpModels models;
    private final NameModel names;
    private final boolean reference;
    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private final long[] nanos = new long[STAGES.size()];

    /**
     * @param reference also tag the names with OpenNLP's own NameFinderME (the last stage), to compare the
     *                  model's decoder with it on the same text and under the same load
     */
    public OpenNlpFloor(NlpModels models, NameModel names, boolean reference) {
        this.models = models;
        this.names = names;
        this.reference = reference;
    }

    /** One pass over the articles, on the calling thread; returns the CPU nanoseconds of the floor's stages. */
    public long pass(List<SourceText> articles) {
        long before = floorNanos();
        for (SourceText a : articles) {
            String text = a.text();
            long t0 = cpu();
            Span[] sentences = models.sentences(text);
            long t1 = cpu();
            nanos[0] += t1 - t0;
            List<String[]> words = new ArrayList<>(sentences.length);
            for (Span s : sentences) {
                String st = s.getCoveredText(text).toString();
                long u0 = cpu();
                Span[] spans = models.tokens(st);
                String[] w = new String[spans.length];
                for (int k = 0; k < w.length; k++) {
                    w[k] = spans[k].getCoveredText(st).toString();
                }
                long u1 = cpu();
                if (w.length > 0) {
                    models.tags(w);
                }
                long u2 = cpu();
                nanos[1] += u1 - u0;
                nanos[2] += u2 - u1;
                words.add(w);
            }
            long t2 = cpu();
            if (names != null) {
                names.tagArticle(words);
            }
            long t3 = cpu();
            nanos[3] += t3 - t2;
            if (names != null && reference) {
                names.tagWithNameFinder(words);
                nanos[4] += cpu() - t3;
            }
        }
        return floorNanos() - before;
    }

    private long floorNanos() {
        return nanos[0] + nanos[1] + nanos[2] + nanos[3];
    }

    /** CPU seconds per stage over all passes so far, in the order of {@link #STAGES}. */
    public double[] seconds() {
        double[] out = new double[nanos.length];
        for (int k = 0; k < out.length; k++) {
            out[k] = nanos[k] / 1e9;
        }
        return out;
    }

    /** Forgets the time counted so far (after a warm-up pass). */
    public void reset() {
        java.util.Arrays.fill(nanos, 0);
    }

    private long cpu() {
        return threads.getCurrentThreadCpuTime();
    }
}

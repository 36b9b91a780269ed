package org.w3id.newsgraph.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.Span;

/**
 * The three OpenNLP English UD models (sentences, tokens, part of speech), read once from the model jars on the
 * class path. The models are thread-safe but OpenNLP's *ME classes are not; building one per call cost about half
 * of the extraction time, so each thread keeps its own ME instances (thread-local, nothing shared between
 * threads) and one {@code NlpModels} can serve any number of threads.
 */
public final class NlpModels {
    static final String SENTENCE_MODEL = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
    static final String TOKEN_MODEL = "/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
    static final String POS_MODEL = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";

    private static final class Holder {
        static final NlpModels DEFAULT = new NlpModels();
    }

    private final SentenceModel sentenceModel;
    private final TokenizerModel tokenizerModel;
    private final POSModel posModel;
    private final ThreadLocal<SentenceDetectorME> sentenceDetector;
    private final ThreadLocal<TokenizerME> tokenizer;
    private final ThreadLocal<POSTaggerME> tagger;
    /** The same tags as {@link #tagger} at a fraction of its cost, or null when the model does not allow it. */
    private final ThreadLocal<PosDecoder> decoder;

    private NlpModels() {
        try (InputStream s = open(SENTENCE_MODEL); InputStream t = open(TOKEN_MODEL); InputStream p = open(POS_MODEL)) {
            sentenceModel = new SentenceModel(s);
            tokenizerModel = new TokenizerModel(t);
            posModel = new POSModel(p);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load OpenNLP models", e);
        }
        sentenceDetector = ThreadLocal.withInitial(() -> new SentenceDetectorME(sentenceModel));
        tokenizer = ThreadLocal.withInitial(() -> new TokenizerME(tokenizerModel));
        tagger = ThreadLocal.withInitial(() -> new POSTaggerME(posModel, POSTagFormat.UD));
        decoder = PosDecoder.of(posModel) == null ? null : ThreadLocal.withInitial(() -> PosDecoder.of(posModel));
    }

    /** The shared models, loaded on first use. */
    public static NlpModels load() {
        return Holder.DEFAULT;
    }

    private static InputStream open(String resource) {
        InputStream in = NlpModels.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("OpenNLP model missing from the class path: " + resource);
        }
        return in;
    }

    /** Sentence spans (character offsets into {@code text}). */
    public Span[] sentences(String text) {
        return sentenceDetector.get().sentPosDetect(text);
    }

    /** Token spans (character offsets into {@code sentence}). */
    public Span[] tokens(String sentence) {
        return tokenizer.get().tokenizePos(sentence);
    }

    /** Universal Dependencies part-of-speech tags, one per token. */
    public String[] tags(String[] tokens) {
        return decoder != null ? decoder.get().tag(tokens) : tagger.get().tag(tokens);
    }

    /** The same tags by OpenNLP's own {@code POSTaggerME} (the reference for {@link PosDecoder}). */
    String[] tagsByPosTagger(String[] tokens) {
        return tagger.get().tag(tokens);
    }

    /** True when {@link #tags} runs {@link PosDecoder} rather than {@code POSTaggerME}. */
    boolean decodes() {
        return decoder != null;
    }
}

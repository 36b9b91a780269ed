package org.w3id.newsgraph.ner;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;

/**
 * The trained name model at run time: tags the sentences of one article with PER, ORG and LOC names. The model
 * is shared; each thread keeps its own {@link NameDecoder} (not thread-safe, and it carries the article's
 * adaptive data, cleared at each article's start), which gives {@link NameFinderME}'s names at a fraction of its
 * cost; a model the decoder cannot reproduce (not a perceptron) is run by {@link NameFinderME} itself.
 */
public final class NameModel {
    /** Where {@code train ner} writes the model, relative to the resources root; it ships in the jar. */
    public static final String RESOURCE = "/ner/en-ner-conll03.bin";

    private static final class Holder {
        static final NameModel DEFAULT = fromClassPath();
    }

    private final TokenNameFinderModel model;
    private final ThreadLocal<NameFinderME> finder;
    private final ThreadLocal<NameDecoder> decoder;
    private final boolean consistent;

    /** Without {@link ArticleConsistency}: on CoNLL-2003 validation it cost 0.7 points of F1 (docs/MODELS.md). */
    public NameModel(TokenNameFinderModel model) {
        this(model, false);
    }

    private NameModel(TokenNameFinderModel model, boolean consistent) {
        this.model = model;
        this.consistent = consistent;
        this.finder = ThreadLocal.withInitial(() -> new NameFinderME(model));
        this.decoder = NameDecoder.of(model) == null ? null : ThreadLocal.withInitial(() -> NameDecoder.of(model));
    }

    /** The bundled model, loaded once; null when the jar was built without one. */
    public static NameModel bundled() {
        return Holder.DEFAULT;
    }

    private static NameModel fromClassPath() {
        try (InputStream in = NameModel.class.getResourceAsStream(RESOURCE)) {
            return in == null ? null : new NameModel(new TokenNameFinderModel(in));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load the name model " + RESOURCE, e);
        }
    }

    public TokenNameFinderModel model() {
        return model;
    }

    /** The names of each sentence of one article (token spans with type and probability). */
    public List<Span[]> tagArticle(List<String[]> sentences) {
        if (decoder == null) {
            return tagWithNameFinder(sentences);
        }
        NameDecoder d = decoder.get();
        return tag(sentences, d::find, d::clearAdaptiveData);
    }

    /** As {@link #tagArticle}, by OpenNLP's own {@link NameFinderME} (the reference the decoder is tested against). */
    public List<Span[]> tagWithNameFinder(List<String[]> sentences) {
        NameFinderME me = finder.get();
        return tag(sentences, me::find, me::clearAdaptiveData);
    }

    /** Tags an article's sentences in order, with the article's memory cleared before and after. */
    private List<Span[]> tag(List<String[]> sentences, java.util.function.Function<String[], Span[]> find, Runnable clear) {
        clear.run();
        List<Span[]> out = new ArrayList<>(sentences.size());
        for (String[] s : sentences) {
            out.add(s.length == 0 ? new Span[0] : find.apply(s));
        }
        clear.run();
        return consistent ? ArticleConsistency.apply(sentences, out) : out;
    }

    /** The same model with (or without) one type per name and article. */
    public NameModel consistent(boolean on) {
        return new NameModel(model, on);
    }
}

package org.w3id.newsgraph.extract.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.w3id.newsgraph.model.Sentence;
import org.w3id.newsgraph.model.Span;
import org.w3id.newsgraph.model.Token;
import org.w3id.newsgraph.nlp.NlpModels;
import org.w3id.newsgraph.pipeline.AnnotationKey;
import org.w3id.newsgraph.pipeline.Annotations;
import org.w3id.newsgraph.pipeline.Document;
import org.w3id.newsgraph.pipeline.Step;

/**
 * Tokenises each sentence and tags it with UD parts of speech. A possessive ending left on a word ("BT’s",
 * curly apostrophes are rare in the model's training data) is split off as its own token, so names stay bare.
 * Token boundaries never fall inside a surrogate pair. {@link WordTokenizer} and {@link ChunkedTagger} keep the
 * models' cost linear in the length of a run-on "sentence"; the document's deadline is checked per sentence.
 */
public final class TokenStep implements Step {
    private final NlpModels models;

    public TokenStep(NlpModels models) {
        this.models = models;
    }

    @Override
    public Set<AnnotationKey<?>> requires() {
        return Set.of(Annotations.SENTENCES);
    }

    @Override
    public Set<AnnotationKey<?>> provides() {
        return Set.of(Annotations.TOKENS);
    }

    @Override
    public Document apply(Document document) {
        String text = document.text();
        List<Token> out = new ArrayList<>();
        ChunkedTagger tagger = new ChunkedTagger(models, document.deadline());
        WordTokenizer tokenizer = new WordTokenizer(models);
        for (Sentence s : document.get(Annotations.SENTENCES)) {
            document.deadline().check();
            String st = s.span().of(text);
            List<Span> spans = new ArrayList<>();
            for (opennlp.tools.util.Span t : tokenizer.tokens(st)) {
                opennlp.tools.util.Span whole = CodePoints.snap(st, t);
                if (whole.length() > 0 && !joinsHyphenated(st, whole, spans)) {
                    splitPossessive(st, whole.getStart(), whole.getEnd(), spans);
                }
            }
            String[] words = new String[spans.size()];
            for (int i = 0; i < words.length; i++) {
                words[i] = spans.get(i).of(st);
            }
            String[] tags = tagger.tag(words);
            int base = s.span().begin();
            for (int i = 0; i < words.length; i++) {
                Span sp = spans.get(i);
                out.add(new Token(new Span(base + sp.begin(), base + sp.end()), words[i], tags[i], s.index()));
            }
        }
        return document.with(Annotations.TOKENS, List.copyOf(out));
    }

    /**
     * The model splits a double-barrelled name before its hyphen ("Okafor", "-Hale"): glue "-Hale" back onto a
     * capitalised word it touches, so the name is one token. True when it did.
     */
    private static boolean joinsHyphenated(String s, opennlp.tools.util.Span t, List<Span> spans) {
        int b = t.getStart();
        if (spans.isEmpty() || t.getEnd() - b < 3 || s.charAt(b) != '-' && s.charAt(b) != '‑'
                || !Character.isUpperCase(s.charAt(b + 1))) {
            return false;
        }
        Span prev = spans.get(spans.size() - 1);
        if (prev.end() != b || !Character.isUpperCase(s.charAt(prev.begin()))) {
            return false;
        }
        spans.set(spans.size() - 1, new Span(prev.begin(), t.getEnd()));
        return true;
    }

    private static void splitPossessive(String s, int b, int e, List<Span> out) {
        if (e - b > 2 && (s.charAt(e - 2) == '\'' || s.charAt(e - 2) == '’') && (s.charAt(e - 1) == 's' || s.charAt(e - 1) == 'S')
                && Character.isLetterOrDigit(s.charAt(e - 3))) {
            out.add(new Span(b, e - 2));
            out.add(new Span(e - 2, e));
        } else if (e - b > 1 && (s.charAt(e - 1) == '’' || s.charAt(e - 1) == '\'') && (s.charAt(e - 2) == 's')
                && Character.isUpperCase(s.charAt(b))) {
            out.add(new Span(b, e - 1)); // plural possessive of a name: "Reuters’"
            out.add(new Span(e - 1, e));
        } else {
            out.add(new Span(b, e));
        }
    }
}

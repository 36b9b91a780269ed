package org.w3id.newsgraph.extract.text;

import java.util.ArrayList;
import java.util.List;

import org.w3id.newsgraph.nlp.NlpModels;

import opennlp.tools.util.Span;

/**
 * OpenNLP tokenisation with a cost linear in the text. The tokenizer first splits at white space and then
 * decides every split inside each white-space word from features of that whole word, so a word of n characters
 * costs n² (a 32 KB run of brackets without a space took seconds). Words up to {@link #MAX_WORD} characters
 * go to the model as they are, with the same result as before; a longer one, never a real word, is cut into
 * pieces of that length first.
 */
public final class WordTokenizer {
    /** Longer than any word or URL of news prose. */
    static final int MAX_WORD = 128;

    private final NlpModels models;

    WordTokenizer(NlpModels models) {
        this.models = models;
    }

    /** Token spans (offsets into {@code sentence}). */
    Span[] tokens(String sentence) {
        List<Span> out = null;
        int plainFrom = 0;
        int i = 0;
        while (i < sentence.length()) {
            if (isSpace(sentence.charAt(i))) {
                i++;
                continue;
            }
            int end = i;
            while (end < sentence.length() && !isSpace(sentence.charAt(end))) {
                end++;
            }
            if (end - i > MAX_WORD) {
                out = out == null ? new ArrayList<>() : out;
                add(out, sentence, plainFrom, i);
                for (int p = i; p < end; ) {
                    int q = CodePoints.snap(sentence, Math.min(end, p + MAX_WORD));
                    add(out, sentence, p, q);
                    p = q;
                }
                plainFrom = end;
            }
            i = end;
        }
        if (out == null) {
            return models.tokens(sentence);
        }
        add(out, sentence, plainFrom, sentence.length());
        return out.toArray(Span[]::new);
    }

    private void add(List<Span> out, String s, int from, int to) {
        if (from >= to) {
            return;
        }
        for (Span t : models.tokens(s.substring(from, to))) {
            out.add(new Span(t.getStart() + from, t.getEnd() + from, t.getType()));
        }
    }

    /** White space as OpenNLP's white-space tokenizer sees it. */
    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.getType(c) == Character.SPACE_SEPARATOR;
    }
}

package org.w3id.newsgraph.ner;

import java.util.List;

import opennlp.tools.util.Span;

/** One sentence of a CoNLL file: its words, part-of-speech tags and named-entity tags (IOB1 or IOB2). */
public record ConllSentence(List<String> words, List<String> pos, List<String> tags) {
    public ConllSentence {
        words = List.copyOf(words);
        pos = List.copyOf(pos);
        tags = List.copyOf(tags);
        if (words.size() != pos.size() || words.size() != tags.size()) {
            throw new IllegalArgumentException("words, POS and tags differ in length");
        }
    }

    public String[] wordArray() {
        return words.toArray(String[]::new);
    }

    /** The gold names as token spans typed PER, ORG, LOC, MISC. */
    public List<Span> names() {
        return IobTags.spans(tags);
    }
}

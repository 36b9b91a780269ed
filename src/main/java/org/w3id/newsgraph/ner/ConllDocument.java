package org.w3id.newsgraph.ner;

import java.util.List;

/** One article of a CoNLL file (the sentences between two {@code -DOCSTART-} lines). */
public record ConllDocument(List<ConllSentence> sentences) {
    public ConllDocument {
        sentences = List.copyOf(sentences);
    }
}

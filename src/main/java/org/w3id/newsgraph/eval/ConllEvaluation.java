package org.w3id.newsgraph.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.w3id.newsgraph.ner.ConllDocument;
import org.w3id.newsgraph.ner.NameModel;

import opennlp.tools.util.Span;

/** Scores a name model on CoNLL articles, mention level (conlleval rules), article by article. */
public final class ConllEvaluation {
    private ConllEvaluation() {
    }

    public static MentionScores score(NameModel model, List<ConllDocument> docs, Set<String> types) {
        MentionScores scores = new MentionScores(types);
        for (ConllDocument d : docs) {
            List<String[]> words = new ArrayList<>();
            d.sentences().forEach(s -> words.add(s.wordArray()));
            List<Span[]> found = model.tagArticle(words);
            for (int i = 0; i < words.size(); i++) {
                scores.add(d.sentences().get(i).names(), Arrays.asList(found.get(i)));
            }
        }
        return scores;
    }
}

package org.w3id.newsgraph.ner;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import opennlp.tools.util.Span;

/**
 * One name, one type per article (the non-local consistency of Ratinov and Roth 2009): every mention of a name
 * takes the type that the model's mentions of that name vote for (summed probabilities), and a capitalised
 * occurrence the model left untagged in another sentence is tagged too, when that name was found at least
 * {@link #MIN_VOTES} (summed probability) for one word, 0.9 for several.
 */
final class ArticleConsistency {
    static final double MIN_VOTES = 1.5;

    private ArticleConsistency() {
    }

    static List<Span[]> apply(List<String[]> sentences, List<Span[]> tagged) {
        Map<String, Map<String, Double>> votes = new HashMap<>();
        for (int s = 0; s < sentences.size(); s++) {
            for (Span sp : tagged.get(s)) {
                votes.computeIfAbsent(key(sentences.get(s), sp.getStart(), sp.getEnd()), k -> new HashMap<>())
                        .merge(sp.getType(), sp.getProb(), Double::sum);
            }
        }
        List<Span[]> out = new ArrayList<>(tagged.size());
        for (int s = 0; s < sentences.size(); s++) {
            String[] words = sentences.get(s);
            List<Span> spans = new ArrayList<>();
            boolean[] used = new boolean[words.length];
            for (Span sp : tagged.get(s)) {
                String type = best(votes.get(key(words, sp.getStart(), sp.getEnd())));
                spans.add(new Span(sp.getStart(), sp.getEnd(), type, sp.getProb()));
                Arrays.fill(used, sp.getStart(), sp.getEnd(), true);
            }
            addUntagged(words, used, votes, spans);
            spans.sort((a, b) -> Integer.compare(a.getStart(), b.getStart()));
            out.add(spans.toArray(Span[]::new));
        }
        return out;
    }

    /** Untagged occurrences of names tagged elsewhere in the article, longest name first. */
    private static void addUntagged(String[] words, boolean[] used, Map<String, Map<String, Double>> votes,
            List<Span> spans) {
        for (int len = 4; len >= 1; len--) {
            for (int i = 0; i + len <= words.length; i++) {
                if (!Character.isUpperCase(words[i].charAt(0)) || anyUsed(used, i, i + len)) {
                    continue;
                }
                Map<String, Double> v = votes.get(key(words, i, i + len));
                if (v == null || v.values().stream().mapToDouble(Double::doubleValue).sum() < (len > 1 ? 0.9 : MIN_VOTES)) {
                    continue;
                }
                spans.add(new Span(i, i + len, best(v), 0.5));
                Arrays.fill(used, i, i + len, true);
            }
        }
    }

    private static boolean anyUsed(boolean[] used, int from, int to) {
        for (int k = from; k < to; k++) {
            if (used[k]) {
                return true;
            }
        }
        return false;
    }

    private static String key(String[] words, int start, int end) {
        return String.join(" ", Arrays.copyOfRange(words, start, end));
    }

    private static String best(Map<String, Double> v) {
        return v.entrySet().stream().max(Map.Entry.<String, Double>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .orElseThrow().getKey();
    }
}

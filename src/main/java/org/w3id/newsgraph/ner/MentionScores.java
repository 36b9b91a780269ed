package org.w3id.newsgraph.ner;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import opennlp.tools.util.Span;

/**
 * Mention-level scores by the conlleval rules: a predicted name counts only when its span and its type both equal
 * a gold name's; precision, recall and F1 per type and over all the types scored. Not thread-safe: one instance
 * collects one evaluation.
 */
public final class MentionScores {
    /** True positives, false positives and false negatives of one type. */
    public record Counts(int tp, int fp, int fn) {
        public double precision() {
            return tp + fp == 0 ? 0 : (double) tp / (tp + fp);
        }

        public double recall() {
            return tp + fn == 0 ? 0 : (double) tp / (tp + fn);
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        Counts plus(Counts o) {
            return new Counts(tp + o.tp, fp + o.fp, fn + o.fn);
        }
    }

    private final Set<String> types;
    private final Map<String, Counts> byType = new TreeMap<>();

    /** Scores only names of {@code types} (gold and predicted); others are ignored on both sides. */
    public MentionScores(Set<String> types) {
        this.types = Set.copyOf(types);
        types.forEach(t -> byType.put(t, new Counts(0, 0, 0)));
    }

    /** Adds one sentence's gold and predicted names. */
    public void add(List<Span> gold, List<Span> predicted) {
        for (Span p : predicted) {
            if (types.contains(p.getType())) {
                boolean hit = gold.stream().anyMatch(g -> same(g, p));
                byType.merge(p.getType(), hit ? new Counts(1, 0, 0) : new Counts(0, 1, 0), Counts::plus);
            }
        }
        for (Span g : gold) {
            if (types.contains(g.getType()) && predicted.stream().noneMatch(p -> same(g, p))) {
                byType.merge(g.getType(), new Counts(0, 0, 1), Counts::plus);
            }
        }
    }

    private static boolean same(Span a, Span b) {
        return a.getStart() == b.getStart() && a.getEnd() == b.getEnd() && a.getType().equals(b.getType());
    }

    public Counts of(String type) {
        return byType.getOrDefault(type, new Counts(0, 0, 0));
    }

    public Counts total() {
        return byType.values().stream().reduce(new Counts(0, 0, 0), Counts::plus);
    }

    /** A conlleval-like table: one line per type, then the total. */
    public String format() {
        StringBuilder sb = new StringBuilder("type      P       R       F1      TP     FP     FN\n");
        byType.forEach((t, c) -> sb.append(line(t, c)));
        sb.append(line("all", total()));
        return sb.toString();
    }

    private static String line(String name, Counts c) {
        return String.format(Locale.ROOT, "%-8s  %.4f  %.4f  %.4f  %5d  %5d  %5d%n", name, c.precision(), c.recall(),
                c.f1(), c.tp(), c.fp(), c.fn());
    }
}

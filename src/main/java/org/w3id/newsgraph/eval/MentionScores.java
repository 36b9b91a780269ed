package org.w3id.newsgraph.eval;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import opennlp.tools.util.Span;

/**
 * Mention-level scores by the conlleval rules: a predicted name counts only when its span and its type both equal
 * a gold name's; precision, recall and F1 per type ({@link Score}) and over all the types scored. Not thread-safe: one instance
 * collects one evaluation.
 */
public final class MentionScores {
    private final Set<String> types;
    private final Map<String, Score> byType = new TreeMap<>();

    /** Scores only names of {@code types} (gold and predicted); others are ignored on both sides. */
    public MentionScores(Set<String> types) {
        this.types = Set.copyOf(types);
        types.forEach(t -> byType.put(t, Score.ZERO));
    }

    /** Adds one sentence's gold and predicted names. */
    public void add(List<Span> gold, List<Span> predicted) {
        for (Span p : predicted) {
            if (types.contains(p.getType())) {
                boolean hit = gold.stream().anyMatch(g -> same(g, p));
                byType.merge(p.getType(), hit ? new Score(1, 0, 0) : new Score(0, 1, 0), Score::plus);
            }
        }
        for (Span g : gold) {
            if (types.contains(g.getType()) && predicted.stream().noneMatch(p -> same(g, p))) {
                byType.merge(g.getType(), new Score(0, 0, 1), Score::plus);
            }
        }
    }

    private static boolean same(Span a, Span b) {
        return a.getStart() == b.getStart() && a.getEnd() == b.getEnd() && a.getType().equals(b.getType());
    }

    public Score of(String type) {
        return byType.getOrDefault(type, Score.ZERO);
    }

    public Score total() {
        return byType.values().stream().reduce(Score.ZERO, Score::plus);
    }

    /** A conlleval-like table: one line per type, then the total. */
    public String format() {
        StringBuilder sb = new StringBuilder("type      P       R       F1      TP     FP     FN\n");
        byType.forEach((t, c) -> sb.append(line(t, c)));
        sb.append(line("all", total()));
        return sb.toString();
    }

    private static String line(String name, Score c) {
        return String.format(Locale.ROOT, "%-8s  %.4f  %.4f  %.4f  %5d  %5d  %5d%n", name, c.precision(), c.recall(),
                c.f1(), c.tp(), c.fp(), c.fn());
    }
}

package org.w3id.newsgraph.bench;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A real article the scale corpus is derived from: its text and the spans of the names in it (people,
 * organisations, places), found once: CoNLL's gold tags, or the extractor's mentions.
 *
 * @param name  a short name for the generated files ({@code polnear-17}, {@code conll-204})
 * @param names non-overlapping, in text order
 */
record BaseArticle(String name, String text, List<NameSpan> names) {
    /** A name in the text: characters [begin, end) of kind {@code kind}. */
    record NameSpan(int begin, int end, NamePools.Kind kind) {}

    BaseArticle {
        names = nonOverlapping(names, text.length());
    }

    /** Sorted by start, overlapping or out-of-range spans dropped (the first of two overlapping ones stays). */
    private static List<NameSpan> nonOverlapping(List<NameSpan> spans, int length) {
        List<NameSpan> sorted = new ArrayList<>(spans);
        sorted.sort(Comparator.comparingInt(NameSpan::begin).thenComparingInt(NameSpan::end));
        List<NameSpan> out = new ArrayList<>();
        int last = 0;
        for (NameSpan s : sorted) {
            if (s.begin() >= last && s.end() > s.begin() && s.end() <= length) {
                out.add(s);
                last = s.end();
            }
        }
        return List.copyOf(out);
    }
}

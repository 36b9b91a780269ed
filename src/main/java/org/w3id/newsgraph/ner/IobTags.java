package org.w3id.newsgraph.ner;

import java.util.ArrayList;
import java.util.List;

import opennlp.tools.util.Span;

/**
 * IOB tags to typed token spans, accepting both IOB1 (an {@code I-} after {@code O} or another type opens a name)
 * and IOB2 (every name opens with {@code B-}). conlleval reads them the same way, so the scorer and the trainer
 * agree on what a name is.
 */
public final class IobTags {
    private IobTags() {
    }

    public static List<Span> spans(List<String> tags) {
        List<Span> out = new ArrayList<>();
        int start = -1;
        String type = null;
        for (int i = 0; i <= tags.size(); i++) {
            String tag = i < tags.size() ? tags.get(i) : "O";
            String t = tag.length() > 2 && tag.charAt(1) == '-' ? tag.substring(2) : null;
            boolean opens = t != null && (tag.startsWith("B-") || !t.equals(type));
            if (type != null && (t == null || opens)) {
                out.add(new Span(start, i, type));
                type = null;
            }
            if (t != null && type == null) {
                start = i;
                type = t;
            }
        }
        return out;
    }
}

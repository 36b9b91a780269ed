package org.w3id.newsgraph.ner;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import opennlp.tools.util.Span;

/**
 * A CoNLL article as the plain text the extractor reads: one sentence a line, tokens joined the way
 * {@code shared/tools/conll2gold.py} joins them (no space before closing punctuation and clitics, none after
 * opening brackets and "$", quotes hugging what they quote), with each token's character span kept, so names can
 * be scored at mention level on the text.
 */
public record ConllText(String text, List<List<Span>> tokens) {
    private static final Set<String> NO_SPACE_BEFORE = Set.of(",", ".", ";", ":", "!", "?", "%", ")", "]", "}",
            "n't", "'s", "'re", "'ve", "'ll", "'d", "'m");
    private static final Set<String> NO_SPACE_AFTER = Set.of("(", "[", "{", "$");

    public static ConllText of(ConllDocument doc) {
        StringBuilder sb = new StringBuilder();
        List<List<Span>> tokens = new ArrayList<>();
        for (ConllSentence s : doc.sentences()) {
            List<Span> spans = new ArrayList<>();
            boolean quoteOpen = false;
            boolean glueNext = true;
            for (String w : s.words()) {
                boolean quote = w.equals("\"");
                boolean glue = glueNext || NO_SPACE_BEFORE.contains(w) || quote && quoteOpen;
                if (!glue) {
                    sb.append(' ');
                }
                spans.add(new Span(sb.length(), sb.length() + w.length()));
                sb.append(w);
                glueNext = NO_SPACE_AFTER.contains(w) || quote && !quoteOpen;
                if (quote) {
                    quoteOpen = !quoteOpen;
                }
            }
            sb.append('\n');
            tokens.add(spans);
        }
        return new ConllText(sb.toString(), tokens);
    }

    /** The gold names of the article as character spans typed PER, ORG, LOC, MISC. */
    public static List<Span> goldNames(ConllDocument doc, ConllText text) {
        List<Span> out = new ArrayList<>();
        for (int i = 0; i < doc.sentences().size(); i++) {
            List<Span> t = text.tokens().get(i);
            for (Span n : doc.sentences().get(i).names()) {
                out.add(new Span(t.get(n.getStart()).getStart(), t.get(n.getEnd() - 1).getEnd(), n.getType()));
            }
        }
        return out;
    }
}

package org.w3id.newsgraph.extract.coref;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.w3id.newsgraph.model.Span;

/**
 * Pass 5, unnamed spokespeople: "a spokesman for Acme", "the spokeswoman for the agency", "an Acme spokesperson",
 * "Acme's spokesman" belong to the organisation; a later "the spokesman" to the last one introduced in this or
 * the three sentences before. A spokesperson followed by a name ("Acme spokesman John Doe") is that person's
 * title, left to the name.
 */
final class SpokespersonSieve implements Sieve {
    private static final Pattern WORD = Pattern.compile(
            "(?<![\\p{L}])(?:spokes(?:man|woman|person)|press secretary)(?![\\p{L}])(?!,?\\s+\\p{Lu})");
    private static final Pattern FOR = Pattern.compile("^\\s+for\\s+");
    private static final Pattern BARE = Pattern.compile("(?:^|[^\\p{L}])(?:[Tt]he|[Aa]n?)\\s+$");

    @Override
    public void apply(CorefState state) {
        Matcher m = WORD.matcher(state.text);
        List<CorefState.Draft> sorted = state.sorted();
        int index = 0;
        while (m.find()) {
            while (index < sorted.size() && sorted.get(index).span.end() <= m.start()) {
                index++;
            }
            String owner = null;
            int begin = m.start();
            int end = m.end();
            Matcher f = FOR.matcher(state.text.substring(m.end(), Math.min(state.text.length(), m.end() + 8)));
            CorefState.Draft next = index < sorted.size() ? sorted.get(index) : null;
            CorefState.Draft prev = index > 0 ? sorted.get(index - 1) : null;
            if (f.find() && next != null && next.entityKey != null
                    && state.text.substring(m.end() + f.end(), next.span.begin()).matches("(?:the\\s+)?")) {
                owner = next.entityKey; // "a spokesman for (the) Acme"
                end = next.span.end();
            } else if (prev != null && prev.entityKey != null && !state.isPerson(prev.entityKey)
                    && state.text.substring(prev.span.end(), m.start()).matches("(?:[’']s?)?\\s+")) {
                owner = prev.entityKey; // "an Acme spokesman", "Acme's spokeswoman"
                begin = prev.span.begin();
            } else if (BARE.matcher(state.text.substring(Math.max(0, m.start() - 5), m.start())).find()) {
                owner = lastIntroduced(state, sorted, m.start()); // "the spokesman"
            }
            CorefState.Draft d = state.add(new Span(begin, end), Coreference.Kind.SPOKESPERSON, owner);
            d.via = "spokesperson";
            sorted = state.sorted();
            index = 0;
        }
    }

    private static String lastIntroduced(CorefState state, List<CorefState.Draft> sorted, int offset) {
        int sentence = state.sentenceIndex(offset);
        for (int i = sorted.size() - 1; i >= 0; i--) {
            CorefState.Draft d = sorted.get(i);
            if (d.span.end() > offset || d.sentence < sentence - 3) {
                continue;
            }
            if (d.kind == Coreference.Kind.SPOKESPERSON && d.entityKey != null) {
                return d.entityKey;
            }
        }
        return null;
    }
}

package org.w3id.newsgraph.extract.coref;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.w3id.newsgraph.model.Span;

/**
 * Pass 2, honorific or title + name: "Mr. Smith", "Ms. Weingarten", "Sen. Sanders", "Chancellor Merkel",
 * "Vermont Sen. Bernie Sanders". When the name is already a mention, the title joins it (and a gendered honorific
 * tells the person's gender); when it is not, the name is looked up among the people named in full, so "Mr.
 * Smith" goes to the Smith that fits the honorific.
 */
final class TitleNameSieve implements Sieve {
    private static final Pattern TITLE_NAME = Pattern.compile("(?<![\\p{L}\\p{N}.])(" + Honorifics.ALTERNATION
            + ")(?:\\.|(?![\\p{L}]))\\s+((?:\\p{Lu}\\.\\s+)?\\p{Lu}[\\p{L}’'-]*(?:\\s+\\p{Lu}[\\p{L}’'-]*)?)");
    private static final Pattern POSSESSIVE = Pattern.compile("[’']s?$");

    @Override
    public void apply(CorefState state) {
        Matcher m = TITLE_NAME.matcher(state.text);
        while (m.find()) {
            Gender g = PersonNames.genderOf(m.group(1));
            int nb = m.start(2);
            String name = POSSESSIVE.matcher(m.group(2)).replaceFirst("");
            int ne = nb + name.length();
            CorefState.Draft named = nameAt(state, nb);
            if (named != null && named.entityKey != null) {
                if (state.isPerson(named.entityKey)) {
                    state.voteGender(named.entityKey, g);
                    state.add(new Span(m.start(), named.span.end()), Coreference.Kind.TITLE_NAME, named.entityKey);
                }
                continue;
            }
            if (state.covered(nb, ne)) {
                continue;
            }
            // "Mr. Smith" or "Sen. Bernie Sanders" where the entity step found no name: the last word is a surname
            String[] words = name.split("\\s+");
            String last = words[words.length - 1];
            String key = state.names.resolve(state, last, m.start(), g);
            if (key != null && (words.length == 1 || state.byKey.get(key).name().contains(words[0]))) {
                state.voteGender(key, g);
                state.add(new Span(m.start(), ne), Coreference.Kind.TITLE_NAME, key);
            }
        }
    }

    private static CorefState.Draft nameAt(CorefState state, int begin) {
        for (CorefState.Draft d : state.drafts()) {
            if (d.span.begin() == begin && d.kind == Coreference.Kind.NAME) {
                return d;
            }
        }
        return null;
    }
}

package org.w3id.newsgraph.extract.coref;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.w3id.newsgraph.model.Span;

/**
 * Pass 3, short names: a capitalised word the entity step left untagged that is the surname, given name or
 * nickname of a person named in full ("Sanders", "Bernie"), resolved by {@link PersonNames}.
 */
final class ShortNameSieve implements Sieve {
    private static final Pattern WORD = Pattern.compile("(?<![\\p{L}\\p{N}.’'-])\\p{Lu}[\\p{Ll}’'-]+(?:[’']s)?(?![\\p{L}\\p{N}])");

    @Override
    public void apply(CorefState state) {
        if (state.names.isEmpty()) {
            return;
        }
        Matcher m = WORD.matcher(state.text);
        while (m.find()) {
            String w = m.group().replaceFirst("[’']s$", "");
            int b = m.start();
            int e = b + w.length();
            if (state.covered(b, e)) {
                continue;
            }
            String key = state.names.resolve(state, w, b, Gender.UNKNOWN);
            if (key != null) {
                state.add(new Span(b, e), Coreference.Kind.SHORT_NAME, key);
            }
        }
    }
}

package org.w3id.newsgraph.extract.coref;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.w3id.newsgraph.extract.entities.MentionIndex;
import org.w3id.newsgraph.extract.entities.MentionIndex.Hit;

/**
 * A person named after a title of any length: "said Democratic pollster Geoff Garin", "said Atlantic City Mayor
 * Don Guardian", "said former Obama adviser David Axelrod". Up to seven words in a row, with no punctuation but
 * the dots of abbreviations and possessives and no function word that would end a noun phrase, then a person's
 * name: the words are the title.
 */
final class TitledName {
    private static final Pattern WORD = Pattern.compile("\\G([\\p{L}\\p{N}][\\p{L}\\p{N}.’'&-]*)\\s++");
    private static final Set<String> BREAKS = Set.of("that", "which", "who", "when", "while", "after", "before",
            "with", "to", "from", "by", "about", "in", "on", "at", "for", "as", "and", "but", "or", "than", "because",
            "if", "said", "says", "told", "is", "was", "were", "are", "has", "have", "had", "he", "she", "it", "they",
            "we", "i", "you", "this", "his", "her", "their", "its", "our", "not");
    private static final int MAX_WORDS = 7;

    private static final Pattern NEXT_WORD = Pattern.compile("^\\s+([\\p{L}]+)");

    private TitledName() {}

    /** True when the noun phrase ends at {@code end}: punctuation, the limit, or a word that ends a phrase. */
    private static boolean endsPhrase(String text, int end, int limit) {
        if (end >= limit || !Character.isWhitespace(text.charAt(end))) {
            return true;
        }
        Matcher w = NEXT_WORD.matcher(text.substring(end, Math.min(limit, end + 30)));
        return !w.find() || BREAKS.contains(w.group(1).toLowerCase(Locale.ROOT))
                || w.group(1).length() > 3 && w.group(1).endsWith("ed") && Character.isLowerCase(w.group(1).charAt(0));
    }

    static Optional<Hit> personAfterTitle(String text, MentionIndex mentions, int begin, int limit) {
        Matcher m = WORD.matcher(text).region(begin, Math.min(limit, text.length()));
        for (int n = 0; n < MAX_WORDS && m.find(); n++) {
            if (BREAKS.contains(m.group(1).toLowerCase(Locale.ROOT))) {
                return Optional.empty();
            }
            Optional<Hit> h = mentions.startingAt(m.end());
            if (h.isPresent() && h.get().end() <= limit && h.get().type().isPerson() && endsPhrase(text, h.get().end(),
                    limit)) {
                return h; // a person inside the title ("former Obama adviser") reads on to the name
            }
        }
        return Optional.empty();
    }
}

package org.w3id.newsgraph.extract.relations;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.w3id.newsgraph.extract.coref.Referents;
import org.w3id.newsgraph.extract.entities.MentionIndex;
import org.w3id.newsgraph.extract.entities.MentionIndex.Hit;
import org.w3id.newsgraph.model.EntityType;

/** Mentions around a position in a sentence: a described one after it, a list, a coordinated one before, the last of a kind. */
final class NearbyMentions {
    /** A separator inside a list of names: ", ", " and ", ", and ", " as well as ". */
    private static final Pattern LIST_SEP = Pattern.compile("^(?:\\s*,\\s*(?:and\\s+|or\\s+)?|\\s+(?:and|or|as\\s+well\\s+as)\\s+)");
    static final Pattern AND_BEFORE = Pattern.compile("(?:,\\s*+|(?<![\\s,])\\s++)and\\s++(?:the\\s++)?$");
    private static final Pattern WORD = Pattern.compile("^[\\p{L}][\\p{L}’'-]*");
    private static final Pattern NP_END = Pattern.compile("[,.;:]|\\s(?:in|at|on|to|for|from|during|after|before|over|with)\\s");
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an");
    static final Set<String> CLAUSE_WORDS = Set.of("while", "whereas", "although", "though", "after",
            "before", "because", "since", "when", "where", "so", "then", "also", "who", "whom", "whose", "if",
            "says", "added", "during", "against", "between", "into", "including", "like", "such", "about", "over");
    static final Set<String> FUNCTION_WORDS = Set.of("the", "a", "an", "of", "from", "to", "in", "with",
            "for", "on", "by", "and", "or", "that", "which", "who", "at", "as", "is", "was", "has", "have", "had",
            "its", "their", "will", "would", "said", "says", "told", "but", "than", "not", "are", "were", "be", "over",
            "under", "about", "into", "after", "before", "across", "through", "while", "when", "where");

    private final String text;
    private final MentionIndex mentions;
    private final Referents referents;

    NearbyMentions(String text, MentionIndex mentions, Referents referents) {
        this.text = text;
        this.mentions = mentions;
        this.referents = referents;
    }

    /**
     * The mention of the given kind that starts at {@code p} after at most three describing words and a place
     * ("convenience retailer Acme", "the German logistics company Bolt", "Czech qualifier Jana Novak").
     */
    Optional<Hit> described(int p, int limit, Predicate<EntityType> kind) {
        int q = referents.skipSpaces(p, limit);
        for (int k = 0; k < 5 && q < limit; k++) {
            Optional<Hit> h = mentions.startingAt(q);
            if (h.isPresent()) {
                if (kind.test(h.get().type()) && h.get().end() <= limit) {
                    return h;
                }
                if (!h.get().type().isPlace() || k >= 4) {
                    return Optional.empty();
                }
                q = h.get().end();
                if (text.startsWith("’s", q) || text.startsWith("'s", q)) {
                    q += 2;
                }
                q = referents.skipSpaces(q, limit);
                continue;
            }
            Matcher w = WORD.matcher(text.substring(q, Math.min(limit, q + 40)));
            if (!w.find()) {
                return Optional.empty();
            }
            String lw = w.group().toLowerCase(Locale.ROOT);
            boolean determiner = k == 0 && DETERMINERS.contains(lw);
            if (!determiner && (FUNCTION_WORDS.contains(lw) || CLAUSE_WORDS.contains(lw) || k >= 4)) {
                return Optional.empty();
            }
            q = referents.skipSpaces(q + w.end(), limit);
        }
        return Optional.empty();
    }

    /** Further members of a list that starts with a mention ending at {@code end}: ", Y and the Z group W". */
    List<Hit> listAfter(int end, int limit, Predicate<EntityType> kind) {
        List<Hit> out = new ArrayList<>();
        int p = end;
        while (p < limit) {
            Matcher sep = LIST_SEP.matcher(text.substring(p, Math.min(limit, p + 20)));
            if (!sep.find()) {
                break;
            }
            Optional<Hit> next = described(p + sep.end(), limit, kind);
            if (next.isEmpty()) {
                break;
            }
            out.add(next.get());
            p = next.get().end();
        }
        return out;
    }

    /** The mention of the same broad kind in "X and Y" before a subject starting at {@code begin}. */
    Optional<Hit> coordinatedBefore(int begin, int floor, EntityType like) {
        Matcher m = AND_BEFORE.matcher(text.substring(Math.max(floor, begin - 12), begin));
        if (!m.find()) {
            return Optional.empty();
        }
        int p = Math.max(floor, begin - 12) + m.start();
        return mentions.endingAt(p).filter(h -> h.begin() >= floor && sameKind(h.type(), like));
    }

    static boolean sameKind(EntityType a, EntityType b) {
        return a.isPerson() == b.isPerson() && a.isOrganization() == b.isOrganization() && a.isPlace() == b.isPlace();
    }

    Optional<Hit> lastIn(int b, int e, Predicate<EntityType> kind) {
        List<Hit> inside = mentions.within(b, e);
        for (int i = inside.size() - 1; i >= 0; i--) {
            if (kind.test(inside.get(i).type())) {
                return Optional.of(inside.get(i));
            }
        }
        return Optional.empty();
    }

    int nounPhraseEnd(int b, int limit) {
        Matcher m = NP_END.matcher(text.substring(b, limit));
        return m.find() ? b + m.start() : limit;
    }
}

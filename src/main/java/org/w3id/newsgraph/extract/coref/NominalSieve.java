package org.w3id.newsgraph.extract.coref;

import java.util.List;
import java.util.Set;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.w3id.newsgraph.model.EntityType;
import org.w3id.newsgraph.model.Span;

/**
 * Pass 4, definite descriptions: "the company", "the agency", "the supervisory panel" go to the nearest fitting
 * organisation in this or the three sentences before; "the Vermont senator", "the billionaire", "the former
 * secretary" go to a person who is the subject of an attribution or a sentence in this or the two before. A bare
 * "the president" names no one: a person description needs a modifier or a noun that only fits a few people.
 */
final class NominalSieve implements Sieve {
    private static final Pattern DETERMINER = Pattern.compile("(?<![\\p{L}])(?:[Tt]he|[Tt]his|[Tt]hat)\\s+");
    /** Up to four words after the determiner, separated by single spaces. */
    private static final Pattern WORDS = Pattern.compile("\\G([\\p{L}][\\p{L}-]*)(?:\\s(?=[\\p{L}])|(?![\\p{L}\\p{N}’'-]))");
    /** Words are bounded (40 letters): an unbounded run backtracks over every ending on a long word. */
    private static final Pattern MODIFIER = Pattern.compile("former|longtime|veteran|embattled|outspoken|\\p{Lu}[\\p{L}-]{0,40}+|"
            + "[\\p{Ll}-]{1,40}(?:an|al|ic|ive|ent|ing|ed|ary)");
    private static final Set<String> PLAIN_PERSON = Set.of("billionaire", "businessman", "businesswoman", "mogul",
            "frontrunner", "front-runner", "congressman", "congresswoman");

    @Override
    public void apply(CorefState state) {
        Matcher det = DETERMINER.matcher(state.text);
        while (det.find()) {
            Matcher w = WORDS.matcher(state.text).region(det.end(), Math.min(state.text.length(), det.end() + 60));
            int mods = 0;
            while (mods < 4 && w.find()) {
                String word = w.group(1);
                int next = w.end(1);
                boolean nameFollows = next + 1 < state.text.length() && state.text.charAt(next) == ' '
                        && Character.isUpperCase(state.text.charAt(next + 1));
                String how = how(word, mods, nameFollows);
                if (how != null) {
                    if (!state.covered(det.start(), next)) {
                        state.add(new Span(det.start(), next), Coreference.Kind.NOMINAL, null).via = how;
                    }
                    break;
                }
                if (!MODIFIER.matcher(word).matches()) {
                    break;
                }
                mods++;
            }
        }
        List<CorefState.Draft> sorted = state.sorted();
        for (int i = 0; i < sorted.size(); i++) {
            CorefState.Draft d = sorted.get(i);
            if (d.kind != Coreference.Kind.NOMINAL || d.entityKey != null || d.via == null) {
                continue;
            }
            String how = d.via;
            d.via = null;
            CorefState.Draft a;
            if (how.equals("person")) {
                a = Antecedents.find(state, sorted, i, 2, x -> state.isPerson(x.entityKey), x -> x.speaker);
                if (a != null && a.sentence < d.sentence - 1 && !a.speaker) {
                    a = null;
                }
            } else {
                Predicate<EntityType> kind = Descriptions.kindOf(how);
                a = Antecedents.bySentence(state, sorted, i, 3, x -> kind.test(state.type(x.entityKey)));
            }
            if (a != null) {
                d.entityKey = a.entityKey;
            }
        }
    }

    /** What the description with head {@code word} after {@code mods} modifiers may name: a kind, "person", or null. */
    private static String how(String word, int mods, boolean nameFollows) {
        if (nameFollows) {
            return null; // "the Vermont senator Bernie Sanders": a title, not a description
        }
        if (Character.isLowerCase(word.charAt(0)) && Descriptions.kindOf(word) != null) {
            return mods == 0 ? word.toLowerCase(Locale.ROOT) : null;
        }
        boolean partyNoun = word.equals("Republican") || word.equals("Democrat");
        if ((Character.isLowerCase(word.charAt(0)) || partyNoun) && Descriptions.describesPerson(word)
                && (mods > 0 || PLAIN_PERSON.contains(word) || partyNoun)) {
            return "person";
        }
        return null;
    }
}

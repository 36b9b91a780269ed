package org.w3id.newsgraph.extract.coref;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.w3id.newsgraph.model.Span;

/**
 * Pass 6, pronouns, in text order: "he", "she" (and "him", "his", "her") go to the most salient person of fitting
 * gender in this or the four sentences before: the subject of the latest attribution first, then the subject of a
 * sentence, then the nearest. Gender comes from honorifics, given names and the pronouns already resolved, so one
 * "she" makes the next one agree. "they", "them", "their" go to an organisation in this or the sentence before,
 * and "it", "its" to an organisation as well. A pronoun with no fitting antecedent stays unresolved; pronouns
 * inside quotes are the quoted speaker's words and are left alone.
 */
final class PronounSieve implements Sieve {
    private static final Pattern PRONOUN = Pattern.compile(
            "(?<![\\p{L}’'-])(?:[Hh]e|[Ss]he|[Hh]im|[Hh]is|[Hh]er|[Hh]imself|[Hh]erself|[Tt]hey|[Tt]hem|[Tt]heir|[Ii]t|[Ii]ts)"
                    + "(?![\\p{L}’'-])");

    /** How many sentences back a person pronoun looks. */
    private static final int WINDOW = 4;

    @Override
    public void apply(CorefState state) {
        Matcher m = PRONOUN.matcher(state.text);
        while (m.find()) {
            if (state.quoteAt(m.start()) < 0 && state.sentenceIndex(m.start()) >= 0) {
                state.add(new Span(m.start(), m.end()), Coreference.Kind.PRONOUN, null);
            }
        }
        List<CorefState.Draft> sorted = state.sorted();
        for (int i = 0; i < sorted.size(); i++) {
            CorefState.Draft d = sorted.get(i);
            if (d.kind != Coreference.Kind.PRONOUN || d.entityKey != null) {
                continue;
            }
            String p = d.span.of(state.text).toLowerCase(Locale.ROOT);
            Gender g = switch (p) {
                case "he", "him", "his", "himself" -> Gender.MALE;
                case "she", "her", "herself" -> Gender.FEMALE;
                default -> Gender.UNKNOWN;
            };
            CorefState.Draft a;
            if (g != Gender.UNKNOWN) {
                a = salient(state, sorted, i, g);
            } else {
                a = Antecedents.nearest(state, sorted, i, 1, x -> !state.isPerson(x.entityKey)
                        && state.type(x.entityKey) != null && state.type(x.entityKey).isOrganization());
            }
            if (a != null) {
                d.entityKey = a.entityKey;
                d.via = a.via; // "he" after "a spokesman for Acme" speaks for Acme
                if (a.kind != Coreference.Kind.SPOKESPERSON) {
                    state.voteGender(a.entityKey, g);
                }
            }
        }
    }

    /**
     * The most salient person of fitting gender within four sentences: an attribution's subject scores most, then a
     * gender the article has shown, then a sentence's subject; each sentence back costs; the nearest wins a tie.
     */
    private static CorefState.Draft salient(CorefState state, List<CorefState.Draft> sorted, int index, Gender g) {
        CorefState.Draft here = sorted.get(index);
        int quote = state.quoteAt(here.span.begin());
        CorefState.Draft best = null;
        int bestScore = Integer.MIN_VALUE;
        for (int i = index - 1; i >= 0; i--) {
            CorefState.Draft d = sorted.get(i);
            int distance = here.sentence - d.sentence;
            if (distance > WINDOW) {
                break;
            }
            boolean spokesperson = d.kind == Coreference.Kind.SPOKESPERSON;
            Gender dg = spokesperson ? PersonNames.genderOf(spokesWord(state, d)) : state.gender(d.entityKey);
            if (d.entityKey == null || d.span.end() > here.span.begin()
                    || !spokesperson && !state.isPerson(d.entityKey) || !dg.compatible(g)) {
                continue;
            }
            int dq = state.quoteAt(d.span.begin());
            if (dq >= 0 && dq != quote) {
                continue;
            }
            int score = (d.speaker ? 4 : 0) + (dg == g ? 3 : 0)
                    + (state.opensSentence(d) ? 2 : 0) - 3 * distance;
            if (score > bestScore) {
                best = d;
                bestScore = score;
            }
        }
        return best;
    }

    /** The spokes- word of a spokesperson mention ("spokeswoman"), for its gender. */
    private static String spokesWord(CorefState state, CorefState.Draft d) {
        java.util.regex.Matcher m = SPOKES.matcher(d.span.of(state.text));
        return m.find() ? m.group() : "";
    }

    private static final Pattern SPOKES = Pattern.compile("spokes(?:man|woman|person)");
}

package org.w3id.newsgraph.extract.coref;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Pass 7, a second reading of each pronoun for the facts that must not guess (events): the antecedent that
 * grammar and recency support, or none. It looks at the pronoun's own sentence first, then back one sentence at a
 * time (at most two, not counting sentences wholly quoted), and stops at the first sentence holding a fitting
 * entity: a person of compatible gender for "he"/"she", an organisation that is its sentence's subject for
 * "it"/"they". One fitting entity there is the antecedent; of several, the sentence's subject; else none. An
 * earlier subject pronoun passes on its own close antecedent, so "Lee ... He ... He" stays Lee. A speaker quoted
 * further back scores nothing here: the salience pass ({@link PronounSieve}) keeps that preference for quotes.
 * Sets {@code closeKey} only.
 */
final class ClosePronounSieve implements Sieve {
    /** How many sentences before the pronoun's own it may look. */
    private static final int BACK = 2;
    private static final Set<String> SUBJECT_PRONOUNS = Set.of("he", "she", "they", "it");
    /**
     * From the sentence start (or after a short lead-in ending in a comma) to a subject: a conjunction or
     * determiner and up to three modifiers, no preposition ("In May, a struggling Acme", "The Vermont senator").
     */
    private static final Pattern SUBJECT_LEAD = Pattern.compile("[\\s\"“‘(]{0,4}+(?:(?:[Tt]he|[Aa]n?|[Bb]ut|[Aa]nd"
            + "|[Yy]et|[Ss]o|[Tt]hen|[Nn]ow|[Ss]till|[Ll]ater|[Ee]arlier|[Mm]eanwhile)\\s++){0,2}+(?:(?!(?:of|in|at"
            + "|for|with|to|by|from|on|about|that|who|which|when|after|before|than|as|the|a|an|his|her|their|its)\\b)[\\p{L}\\p{N}.’'-]{1,30}+"
            + "\\s++){0,3}+");
    private static final Pattern LEAD_IN = Pattern.compile("^[^,;:“”\"]{1,60}+,\\s++");
    /** Between a subject and an object pronoun of its own clause ("Lee praised him"): they cannot corefer. */
    private static final Pattern SAME_CLAUSE = Pattern.compile("^\\s++(?:(?!(?:that|who|which|when|because|after"
            + "|before|while|if|to|and|but|as|for|with|said|says)\\b)[\\p{Ll}]++\\s++){1,3}+$");

    @Override
    public void apply(CorefState state) {
        List<CorefState.Draft> sorted = state.sorted();
        for (int i = 0; i < sorted.size(); i++) {
            CorefState.Draft d = sorted.get(i);
            if (d.kind == Coreference.Kind.PRONOUN) {
                d.closeKey = antecedent(state, sorted, i);
            }
        }
    }

    private static String antecedent(CorefState state, List<CorefState.Draft> sorted, int index) {
        CorefState.Draft here = sorted.get(index);
        String p = here.span.of(state.text).toLowerCase(Locale.ROOT);
        Gender g = switch (p) {
            case "he", "him", "his", "himself" -> Gender.MALE;
            case "she", "her", "herself" -> Gender.FEMALE;
            default -> Gender.UNKNOWN;
        };
        boolean person = g != Gender.UNKNOWN;
        boolean object = p.equals("him") || p.equals("them");
        int quote = state.quoteAt(here.span.begin());
        int counted = 0;
        for (int s = here.sentence; s >= 0 && counted <= BACK; s--) {
            if (s != here.sentence && quoted(state, s)) {
                continue; // a quoted sentence ("“We won.”") names nobody the narration refers back to
            }
            counted++;
            Set<String> fitting = new LinkedHashSet<>();
            String subject = null;
            for (int j = index - 1; j >= 0; j--) {
                CorefState.Draft d = sorted.get(j);
                if (d.sentence < s) {
                    break;
                }
                String key = key(state, d);
                int dq = state.quoteAt(d.span.begin());
                if (d.sentence != s || key == null || d.span.end() > here.span.begin() || dq >= 0 && dq != quote) {
                    continue;
                }
                boolean fits = person ? state.isPerson(key) && state.gender(key).compatible(g)
                        && d.kind != Coreference.Kind.SPOKESPERSON
                        : !state.isPerson(key) && state.type(key) != null && state.type(key).isOrganization();
                if (!fits || object && s == here.sentence
                        && SAME_CLAUSE.matcher(state.text.substring(d.span.end(), here.span.begin())).matches()) {
                    continue;
                }
                boolean subj = subject(state, sorted, j);
                if (!person && !subj) {
                    continue; // "it", "they": organisations only as a sentence's subject, never a modifier
                }
                fitting.add(key);
                if (subj) {
                    subject = key;
                }
            }
            if (fitting.size() == 1) {
                return fitting.iterator().next();
            }
            if (!fitting.isEmpty()) {
                return subject;
            }
        }
        return null;
    }

    /** True when sentence {@code s} lies wholly inside a quote. */
    private static boolean quoted(CorefState state, int s) {
        org.w3id.newsgraph.model.Span span = state.sentences.get(s).span();
        int q = state.quoteAt(span.begin());
        if (q < 0) {
            q = state.quoteAt(span.begin() + 1); // the sentence may start on the opening mark
        }
        return q >= 0 && state.quotes.get(q).end() >= span.end() - 1;
    }

    /** What a draft passes on: a name's entity, or a subject pronoun's own close antecedent. */
    private static String key(CorefState state, CorefState.Draft d) {
        if (d.kind != Coreference.Kind.PRONOUN) {
            return d.entityKey;
        }
        return SUBJECT_PRONOUNS.contains(d.span.of(state.text).toLowerCase(Locale.ROOT)) ? d.closeKey : null;
    }

    /** True when the draft is its sentence's subject: the first mention, behind a short lead only. */
    private static boolean subject(CorefState state, List<CorefState.Draft> sorted, int j) {
        CorefState.Draft d = sorted.get(j);
        int begin = state.sentences.get(d.sentence).span().begin();
        String lead = state.text.substring(begin, d.span.begin());
        if (SUBJECT_LEAD.matcher(lead).matches()) {
            return firstAfter(sorted, j, begin);
        }
        Matcher in = LEAD_IN.matcher(lead);
        return in.lookingAt() && SUBJECT_LEAD.matcher(lead.substring(in.end())).matches()
                && firstAfter(sorted, j, begin + in.end());
    }

    /** True when no other resolved mention lies between {@code from} and the draft at {@code j}. */
    private static boolean firstAfter(List<CorefState.Draft> sorted, int j, int from) {
        for (int k = j - 1; k >= 0 && sorted.get(k).span.begin() >= from; k--) {
            if (sorted.get(k).entityKey != null && sorted.get(k).span.end() <= sorted.get(j).span.begin()) {
                return false;
            }
        }
        return true;
    }
}

package org.w3id.newsgraph.extract.stance;

import java.util.Set;

/**
 * When a structurally tied cue still says nothing firm (issue 14 prefers no stance to a wrong one): the cue is
 * negated in its clause ("did not criticize", "no place for"), asked about (a "?" in the sentence), hypothetical
 * ("if", "would", "whether"), in scare quotes, or part of a name. Pure functions over {@link StanceTokens}.
 */
final class StanceGuards {
    private static final Set<String> NEGATORS = Set.of("not", "never", "no", "nobody", "nothing", "neither", "nor",
            "hardly", "without", "cannot", "refused", "refuses", "declined", "declines", "stopped", "failed",
            "rather", "instead", "none", "less", "least");
    private static final Set<String> HYPOTHETICAL = Set.of("if", "unless", "whether", "would", "could", "might",
            "may", "should", "maybe", "perhaps", "wonder", "wondered", "wonders", "hypothetically", "imagine",
            "suppose", "pretend", "whoever", "what", "why", "how");
    /** Clause boundaries for the reach of a negator. */
    private static final Set<String> BREAKS = Set.of(",", ";", ":", "—", "–", "(", ")", "but", "however",
            "although", "though", "while", "whereas", "because", "and");

    private StanceGuards() {}

    /**
     * Whether the cue at token {@code cue}, in a structure that starts at token {@code from}, is a firm
     * statement: no question in the sentence, nothing hypothetical before it, no negator in its clause from the
     * clause start (or {@code from}, if earlier) to the cue, not in scare quotes, not part of a name.
     */
    static boolean firm(StanceTokens t, int from, int cue) {
        for (int i = 0; i < t.size(); i++) {
            if (t.lower(i).equals("?")) {
                return false;
            }
        }
        for (int i = 0; i < cue; i++) {
            if (HYPOTHETICAL.contains(t.lower(i)) && !t.nameLike(i)) {
                return false;
            }
        }
        int start = Math.min(from, cue);
        while (start > 0 && !BREAKS.contains(t.lower(start - 1))) {
            start--;
        }
        for (int i = start; i <= cue; i++) {
            if (negator(t.lower(i))) {
                return false;
            }
        }
        return !t.nameLike(cue) && !scareQuoted(t, cue);
    }

    /** "no", "not", "never", "didn't" and the like. */
    static boolean negator(String lower) {
        return NEGATORS.contains(lower) || lower.endsWith("n't") || lower.equals("too");
    }

    /** A cue between quote marks that hold only a word or two: "his ‘dangerous’ plan". */
    private static boolean scareQuoted(StanceTokens t, int cue) {
        for (int i = cue - 1; i >= Math.max(0, cue - 2); i--) {
            if (StanceTokens.opensQuote(t.get(i).text())) {
                for (int j = cue + 1; j <= Math.min(t.size() - 1, cue + 2); j++) {
                    String s = t.get(j).text();
                    if (s.equals("”") || s.equals("\"") || s.equals("’") || s.equals("'")) {
                        return true;
                    }
                    if (!Character.isLetter(s.charAt(0))) {
                        return false;
                    }
                }
                return false;
            }
        }
        return false;
    }
}

package org.w3id.newsgraph.extract.quotes;

import java.util.regex.Pattern;

/**
 * A partial quote that ends a clause of reported speech: "Jane Doe says the plan will cost jobs and will “hurt the
 * town for years.”" The words between the reporting verb and the quote are the reporter's paraphrase, so they may
 * be long, but the speaker must be the verb's own subject (the name right before the verb, with at most
 * auxiliaries or adverbs between: "Doe has also broadly called for “…”"), not a subject guessed from farther away.
 * Stateless.
 */
public final class ReportedSpeech {
    /** A paraphrase up to the quote: one clause's worth, no sentence end, colon or other quote inside. */
    private static final Pattern PARAPHRASE = Pattern.compile("^[^.;:?!“”\"]{1,200}$");
    /** Between the speaker and the verb: only words ("has also broadly"), no comma or apposition. */
    private static final Pattern NEXT_TO_VERB = Pattern.compile("^[\\p{L}\\s]{0,30}$");

    private ReportedSpeech() {}

    /** Whether the text between a reporting verb and a quote can be reported speech leading up to it. */
    static boolean paraphrase(String gap) {
        return PARAPHRASE.matcher(gap).matches();
    }

    /** Whether the text between a speaker and the reporting verb leaves the speaker the verb's subject. */
    static boolean subjectOfVerb(String between) {
        return NEXT_TO_VERB.matcher(between).matches();
    }
}

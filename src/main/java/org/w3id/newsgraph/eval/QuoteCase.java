package org.w3id.newsgraph.eval;

/**
 * A required gold quote the extractor did not credit to its speaker, with the sentence around it, so that a
 * rule change can be judged by the cases it fixes and the cases it breaks (issue 11).
 *
 * @param kind      why it is a miss
 * @param quote     the gold quote's opening words
 * @param gold      the gold speaker
 * @param extracted the speaker the extractor gave the quote's text, or null (no speaker, or the text not found)
 * @param context   the sentence(s) holding the quote, whitespace collapsed; empty when the words are not in the text
 */
public record QuoteCase(Kind kind, String quote, String gold, String extracted, String context) {
    public enum Kind {
        /** The quote was extracted without a speaker. */
        NO_SPEAKER("no speaker"),
        /** The quote was extracted with another speaker. */
        WRONG_SPEAKER("wrong speaker"),
        /** No extracted quote holds the gold opening words. */
        NOT_FOUND("quote not found");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** The case's first line: kind, gold and extracted speakers, the quote's opening words. */
    public String headline() {
        return kind.label() + ": gold " + gold + (extracted == null ? "" : ", extracted " + extracted)
                + " \u2014 \u201c" + quote + "\u201d";
    }
}

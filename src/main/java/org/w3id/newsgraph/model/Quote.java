package org.w3id.newsgraph.model;

import java.util.List;

/**
 * A direct quote.
 *
 * @param text          the quoted words without the quote marks (adjacent spans of one speaker may be joined
 *                      with a space)
 * @param span          from the first opening mark to the last closing mark
 * @param speakerKey    entity key of the speaker (for "a company spokesperson said", the company), or null
 * @param via           "spokesperson", "letter", "statement" ... when an unnamed channel spoke for the speaker, else null
 * @param verb          the reporting verb as written ("said", "told", "added"), or null
 * @param mentionedKeys entity keys named inside the quote
 * @param evidence      the span of the sentence(s) holding the quote and its attribution
 */
public record Quote(String text, Span span, String speakerKey, String via, String verb, List<String> mentionedKeys,
        Span evidence) {
    public Quote {
        mentionedKeys = List.copyOf(mentionedKeys);
    }
}

package org.w3id.newsgraph.model;

import java.util.List;

/**
 * An attitude one party expresses towards another: critical, supportive or neutral (cues both ways), with the
 * cue words as evidence.
 *
 * @param holderKey entity key of who holds the stance (a quote's speaker, a relation's subject)
 * @param targetKey entity key of what it is about
 * @param polarity  critical, supportive or neutral
 * @param cues      the cue words as written, in text order; a negated cue keeps its negation ("no … risk")
 * @param span      the evidence: the quoted span for a quote, else the sentence
 * @param quote     the quote it comes from, or null
 * @param relation  the relation statement it comes from, or null
 */
public record Stance(String holderKey, String targetKey, Polarity polarity, List<String> cues, Span span,
        Quote quote, Relation relation) {
    public Stance {
        cues = List.copyOf(cues);
    }
}

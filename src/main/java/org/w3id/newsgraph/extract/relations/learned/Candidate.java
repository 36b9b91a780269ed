package org.w3id.newsgraph.extract.relations.learned;

import java.util.List;

import org.w3id.newsgraph.extract.entities.MentionIndex.Hit;
import org.w3id.newsgraph.model.Sentence;
import org.w3id.newsgraph.model.Token;

/**
 * Two entity mentions of one sentence that a learned relation may link, in text order.
 *
 * @param first    the earlier mention
 * @param second   the later mention
 * @param kind     their coarse types
 * @param sentence the sentence holding both
 * @param tokens   the sentence's tokens
 * @param between  the mentions of the sentence strictly between the two
 */
public record Candidate(Hit first, Hit second, PairKind kind, Sentence sentence, List<Token> tokens,
        List<Hit> between) {
    public Candidate {
        tokens = List.copyOf(tokens);
        between = List.copyOf(between);
    }
}

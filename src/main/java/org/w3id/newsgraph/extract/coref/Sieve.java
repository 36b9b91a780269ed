package org.w3id.newsgraph.extract.coref;

/**
 * One pass of the multi-pass coreference resolver (after Lee et al.'s Stanford sieves, 2013): it adds mentions or
 * links unresolved ones in the document's working state. Passes run from the most precise (names) to the least
 * (pronouns), so a later pass builds on what the earlier ones decided. Implementations are stateless.
 */
interface Sieve {
    void apply(CorefState state);
}

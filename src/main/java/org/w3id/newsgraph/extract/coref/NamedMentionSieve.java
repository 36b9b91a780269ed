package org.w3id.newsgraph.extract.coref;

import org.w3id.newsgraph.model.Entity;
import org.w3id.newsgraph.model.Mention;

/**
 * Pass 1, exact names: every name the entity step found is a mention of its entity (that step already groups a
 * full name with its later surname, acronyms and name variants). A person's given name gives the first hint of
 * gender ("Susan Rice": she).
 */
final class NamedMentionSieve implements Sieve {
    @Override
    public void apply(CorefState state) {
        for (Entity e : state.entities) {
            for (Mention m : e.mentions()) {
                state.add(m.span(), Coreference.Kind.NAME, e.key());
            }
            if (e.type().isPerson()) {
                String[] words = e.name().split("\\s+");
                if (words.length >= 2) {
                    state.voteGender(e.key(), GivenNames.gender(words[0]));
                }
            }
        }
    }
}

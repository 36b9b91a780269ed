package org.w3id.newsgraph.extract.quotes;

import java.util.Optional;
import java.util.regex.Pattern;

import org.w3id.newsgraph.extract.coref.Coreference;
import org.w3id.newsgraph.model.EntityType;

/**
 * An organisation named in front of a person, as part of the person's title ("Republican presidential front-runner
 * Donald Trump", "Fox Business moderator Gerard Baker"): the person, not the organisation, is the subject of the
 * sentence and the speaker. Stateless.
 */
final class Premodifier {
    /** Title words between the organisation and the person: no comma, no verb-like break, a few words at most. */
    private static final Pattern TITLE_WORDS = Pattern.compile("(?:\\s++[\\p{L}.’'-]++){0,5}\\s++");

    private Premodifier() {}

    /** The person that {@code org} premodifies, if a person mention follows it after title words only. */
    static Optional<Coreference.Mention> person(Coreference coref, String text, Coreference.Mention org) {
        int limit = Math.min(text.length(), org.span().end() + 60);
        for (Coreference.Mention m : coref.mentions()) {
            if (m.span().begin() <= org.span().end()) {
                continue;
            }
            if (m.span().begin() > limit) {
                break;
            }
            EntityType t = m.resolved() ? coref.type(m.entityKey()) : null;
            if (t != null && t.isPerson() && m.kind() != Coreference.Kind.PRONOUN
                    && TITLE_WORDS.matcher(text.substring(org.span().end(), m.span().begin())).matches()) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }
}

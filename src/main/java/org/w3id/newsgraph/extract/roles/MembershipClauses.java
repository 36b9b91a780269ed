package org.w3id.newsgraph.extract.roles;

import java.util.regex.Pattern;

import org.w3id.newsgraph.extract.relations.learned.Candidate;

/**
 * Whether a learned membership's organisation is whom the person addresses: the organisation right after a verb
 * of telling, asking or appearing whose subject is the person before it ("Jane Roe told Acme News", "Jane Roe,
 * appearing on Acme TV", "Jane Roe spoke to the Acme Institute"). A membership is stated inside one noun phrase, a
 * title, an apposition or an "of" ("Acme spokesman Jane Roe", "Jane Roe, director of Acme"); an organisation that
 * receives the person's words is the audience, not the employer. Only the verb right before the organisation is
 * read, so "Jane Roe, who told us she had joined Acme News" still reaches the classifier. Pure.
 */
final class MembershipClauses {
    /** A verb of addressing, then an optional preposition and "the", up to the organisation's name. */
    private static final Pattern ADDRESSED = Pattern.compile("(?<![\\p{L}-])(?:(?:told|tells|tell|telling|asked|asks"
            + "|asking|briefed|briefing)|(?:spoke|speaks|speaking|talked|talks|talking|wrote|writes|writing|said"
            + "|appeared|appears|appearing)\\s++(?:to|on|with|before))\\s++(?:the\\s++)?$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private MembershipClauses() {
    }

    /** Whether the person comes first and the organisation right after a verb of addressing. */
    static boolean addressed(String text, Candidate c) {
        return c.first().type().isPerson() && ADDRESSED.matcher(text.substring(c.first().end(), c.second().begin()))
                .find();
    }
}

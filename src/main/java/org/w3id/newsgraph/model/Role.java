package org.w3id.newsgraph.model;

/**
 * A person holding a post: "Jane Roe, the CEO of Acme's retail arm", "German Chancellor Angela Merkel"; or, with
 * an empty title, a membership: a person who works for or belongs to an organisation the text names without a
 * post ("Jane Roe of Acme", "an Acme official, Jane Roe").
 *
 * @param personKey       the person's entity key
 * @param title           the title as written, without determiners ("CEO of Acme's retail arm", "Chancellor"), or
 *                        empty for a membership
 * @param organizationKey the organisation or country of the post, or null when the text names none (never null
 *                        for a membership)
 * @param evidence        the span of the sentence that states it
 * @param confidence      the learned classifier's probability when it stated the role, null for a rule's
 */
public record Role(String personKey, String title, String organizationKey, Span evidence, Double confidence) {
    /** A role found by a rule (no confidence). */
    public Role(String personKey, String title, String organizationKey, Span evidence) {
        this(personKey, title, organizationKey, evidence, null);
    }

    public Role {
        if (java.util.Objects.requireNonNull(title, "title").isEmpty() && organizationKey == null) {
            throw new IllegalArgumentException("a membership needs an organisation");
        }
    }

    /** A membership: an organisation the person works for or belongs to, with no post named. */
    public static Role membership(String personKey, String organizationKey, Span evidence) {
        return new Role(personKey, "", organizationKey, evidence);
    }

    /** True for a membership (no post named). */
    public boolean isMembership() {
        return title.isEmpty();
    }
}

package org.w3id.newsgraph.model;

/**
 * A person holding a post: "Jane Roe, the CEO of Acme's retail arm", "German Chancellor Angela Merkel".
 *
 * @param personKey       the person's entity key
 * @param title           the title as written, without determiners ("CEO of Acme's retail arm", "Chancellor")
 * @param organizationKey the organisation or country of the post, or null when the text names none
 * @param evidence        the span of the sentence that states it
 */
public record Role(String personKey, String title, String organizationKey, Span evidence) {}

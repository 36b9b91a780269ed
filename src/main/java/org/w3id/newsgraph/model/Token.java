package org.w3id.newsgraph.model;

/** A token with its Universal Dependencies part-of-speech tag (PROPN, NOUN, VERB, PUNCT, ...). */
public record Token(Span span, String text, String pos, int sentence) {}

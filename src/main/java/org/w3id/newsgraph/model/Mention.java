package org.w3id.newsgraph.model;

/** One occurrence of an entity in the article body: the surface text, its span and its sentence index. */
public record Mention(String text, Span span, int sentence) {}

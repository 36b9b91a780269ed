package org.w3id.newsgraph.model;

/** A sentence of the article body: its position in the body's sentence list and its span in the text. */
public record Sentence(int index, Span span) {}

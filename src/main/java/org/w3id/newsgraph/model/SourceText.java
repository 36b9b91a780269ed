package org.w3id.newsgraph.model;

/**
 * A decoded input article: its source name (the file name, dcterms:source) and its full text, exactly as read.
 */
public record SourceText(String source, String text) {}

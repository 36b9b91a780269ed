package org.w3id.newsgraph.ingest;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.w3id.newsgraph.model.ArticleFacts;

/** What became of one input file: a graph ready to store, or a one-line reason why there is none. */
public sealed interface ArticleOutcome {
    String file();

    /** An article read, extracted, mapped and validated. */
    record Ready(String file, Node article, Graph graph, ArticleFacts facts) implements ArticleOutcome {}

    /** An input that could not be used; {@code message} is one line and names the file. */
    record Failed(String file, String message, Throwable cause) implements ArticleOutcome {}
}

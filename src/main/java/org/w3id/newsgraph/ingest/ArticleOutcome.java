package org.w3id.newsgraph.ingest;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.w3id.newsgraph.model.ArticleFacts;

/**
 * What became of one input file: a graph ready to store, the same text as an article stored earlier in the run,
 * or a one-line reason why there is none. {@code file} is the input's source ({@code a/story.txt}), raw: escape it
 * before printing ({@link org.w3id.newsgraph.text.Printable}).
 */
public sealed interface ArticleOutcome {
    String file();

    /** An article read, extracted, mapped and validated. */
    record Ready(String file, Node article, Graph graph, ArticleFacts facts) implements ArticleOutcome {}

    /** Same bytes and same name slug as {@code original}, stored earlier in the run: one article, stored once. */
    record Duplicate(String file, String original, Node article) implements ArticleOutcome {}

    /**
     * An input that could not be used; {@code message} is one line and names the file. {@code cause} is null when
     * the input was refused for what it is (no article text, a graph that breaks the shapes), an
     * {@link org.w3id.newsgraph.text.InputException} when it could not be read as text, and anything else when
     * extraction or storing broke on it. {@code sha256} is the hash of the input's bytes when it was refused for
     * what it is (so the refusal can be remembered, {@link org.w3id.newsgraph.store.RefusedInputs}), else null.
     */
    record Failed(String file, String message, Throwable cause, String sha256) implements ArticleOutcome {
        public Failed(String file, String message, Throwable cause) {
            this(file, message, cause, null);
        }

        /** Whether it was refused for what it is, by code that would refuse it again. */
        public boolean refusal() {
            return cause == null && sha256 != null;
        }
    }
}

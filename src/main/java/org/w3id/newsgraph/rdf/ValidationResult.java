package org.w3id.newsgraph.rdf;

import java.util.List;

/**
 * The outcome of SHACL validation.
 *
 * @param conforms whether the data satisfies every shape
 * @param messages one line per violation, "focus node: message (path)", sorted, nodes in prefixed form
 */
public record ValidationResult(boolean conforms, List<String> messages) {
    public ValidationResult {
        messages = List.copyOf(messages);
    }
}

package org.w3id.newsgraph.pipeline;

import java.util.Set;

/**
 * One extraction step. It declares the annotations it needs and the ones it adds; {@link Pipeline} checks the
 * chain when it is built. Implementations are immutable and thread-safe: configuration goes in through the
 * constructor, and {@link #apply} depends on nothing but its argument.
 */
public interface Step {
    /** Short name for timing reports and error messages. */
    default String name() {
        return getClass().getSimpleName();
    }

    Set<AnnotationKey<?>> requires();

    Set<AnnotationKey<?>> provides();

    Document apply(Document document);
}

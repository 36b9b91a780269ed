package org.w3id.newsgraph.pipeline;

import java.util.Objects;

/**
 * A typed key for one kind of annotation on a {@link Document}, in the manner of CoreNLP's annotation classes.
 * Keys compare by identity: declare each once as a constant (see {@link Annotations}).
 */
public final class AnnotationKey<T> {
    private final String name;
    private final Class<?> type;

    private AnnotationKey(String name, Class<?> type) {
        this.name = Objects.requireNonNull(name);
        this.type = Objects.requireNonNull(type);
    }

    public static <T> AnnotationKey<T> of(String name, Class<?> type) {
        return new AnnotationKey<>(name, type);
    }

    public String name() {
        return name;
    }

    Class<?> type() {
        return type;
    }

    @Override
    public String toString() {
        return name;
    }
}

package org.w3id.newsgraph.pipeline;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.w3id.newsgraph.model.SourceText;

/**
 * An immutable article under annotation: its source text plus the annotations added so far. A step never
 * changes a document; it returns a new one with {@link #with}. That keeps steps free of shared mutable state,
 * so one pipeline can annotate many documents on many threads. The document also carries its {@link Deadline},
 * which long steps check in their loops.
 */
public final class Document {
    private final SourceText source;
    private final Deadline deadline;
    private final Map<AnnotationKey<?>, Object> annotations;

    private Document(SourceText source, Deadline deadline, Map<AnnotationKey<?>, Object> annotations) {
        this.source = source;
        this.deadline = deadline;
        this.annotations = annotations;
    }

    /** A document without a deadline. */
    public static Document of(SourceText source) {
        return of(source, Deadline.NONE);
    }

    public static Document of(SourceText source, Deadline deadline) {
        return new Document(source, deadline, Map.of());
    }

    /** When extracting this document must stop; steps call {@code deadline().check()} in long loops. */
    public Deadline deadline() {
        return deadline;
    }

    public SourceText source() {
        return source;
    }

    public String text() {
        return source.text();
    }

    public boolean has(AnnotationKey<?> key) {
        return annotations.containsKey(key);
    }

    /** The annotation for {@code key}; fails with the key's name when a step forgot to declare it. */
    @SuppressWarnings("unchecked")
    public <T> T get(AnnotationKey<T> key) {
        Object value = annotations.get(key);
        if (value == null) {
            throw new IllegalStateException("document has no annotation '" + key.name() + "'");
        }
        return (T) value;
    }

    /** A copy of this document with one more (or a replaced) annotation. */
    public <T> Document with(AnnotationKey<T> key, T value) {
        if (!key.type().isInstance(value)) {
            throw new IllegalArgumentException("annotation '" + key.name() + "' must be a " + key.type().getSimpleName());
        }
        Map<AnnotationKey<?>, Object> copy = new HashMap<>(annotations);
        copy.put(key, value);
        return new Document(source, deadline, Collections.unmodifiableMap(copy));
    }

    public Set<AnnotationKey<?>> keys() {
        return annotations.keySet();
    }
}

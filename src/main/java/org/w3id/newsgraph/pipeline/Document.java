package org.w3id.newsgraph.pipeline;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.w3id.newsgraph.model.SourceText;

/**
 * An immutable article under annotation: its source text plus the annotations added so far. A step never
 * changes a document; it returns a new one with {@link #with}. That keeps steps free of shared mutable state,
 * so one pipeline can annotate many documents on many threads.
 */
public final class Document {
    private final SourceText source;
    private final Map<AnnotationKey<?>, Object> annotations;

    private Document(SourceText source, Map<AnnotationKey<?>, Object> annotations) {
        this.source = source;
        this.annotations = annotations;
    }

    public static Document of(SourceText source) {
        return new Document(source, Map.of());
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
        return new Document(source, Collections.unmodifiableMap(copy));
    }

    public Set<AnnotationKey<?>> keys() {
        return annotations.keySet();
    }
}

package org.w3id.newsgraph.ingest;

/** One line describing a {@link Throwable}, for a per-article error. */
public final class ErrorText {
    private ErrorText() {}

    /**
     * An exception's message (its first line), or its class name when it has none; a JVM error always with its
     * class name ("StackOverflowError", "OutOfMemoryError: Java heap space"), which says more than its message.
     */
    public static String of(Throwable t) {
        String m = t.getMessage();
        String first = m == null ? "" : m.strip().lines().findFirst().orElse("").strip();
        if (t instanceof Error || first.isEmpty()) {
            String name = t.getClass().getSimpleName();
            return first.isEmpty() ? name : name + ": " + first;
        }
        return first;
    }
}

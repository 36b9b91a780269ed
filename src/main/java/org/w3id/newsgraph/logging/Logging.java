package org.w3id.newsgraph.logging;

import java.util.Map;

import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.core.config.Configurator;

/**
 * Switches log levels at run time. The default configuration ({@code log4j2.xml}) is quiet: warnings only, on
 * stderr. {@link #verbose()} shows newsgraph's own progress and Fuseki's request log; Jetty stays at INFO at most
 * because its DEBUG output drowns everything else.
 */
public final class Logging {
    private static final Map<String, Level> QUIET = Map.of(
            "org.w3id.newsgraph", Level.WARN,
            "org.apache.jena", Level.WARN,
            "org.apache.jena.fuseki", Level.WARN,
            "org.eclipse.jetty", Level.WARN);
    private static final Map<String, Level> VERBOSE = Map.of(
            "org.w3id.newsgraph", Level.DEBUG,
            "org.apache.jena", Level.INFO,
            "org.apache.jena.fuseki", Level.INFO,
            "org.eclipse.jetty", Level.INFO);

    /**
     * Lucene (the entity search index) logs through java.util.logging that the JDK's vector module is not enabled:
     * advice for Lucene's speed, not a problem of the user's, so it shows only with --verbose. Held here because
     * java.util.logging keeps loggers weakly and would forget the level.
     */
    private static final java.util.logging.Logger LUCENE_VECTORS =
            java.util.logging.Logger.getLogger("org.apache.lucene.internal.vectorization");

    private Logging() {
    }

    /** Warnings and errors only (the default). */
    public static void quiet() {
        apply(Level.WARN, QUIET);
    }

    /** Progress and request logs as well. */
    public static void verbose() {
        apply(Level.INFO, VERBOSE);
    }

    /** {@link #verbose()} when {@code on}, else {@link #quiet()}. */
    public static void verbose(boolean on) {
        if (on) {
            verbose();
        } else {
            quiet();
        }
    }

    private static void apply(Level root, Map<String, Level> levels) {
        LUCENE_VECTORS.setLevel(root == Level.WARN ? java.util.logging.Level.SEVERE : java.util.logging.Level.INFO);
        Configurator.setRootLevel(root);
        Configurator.setLevel(levels);
    }
}

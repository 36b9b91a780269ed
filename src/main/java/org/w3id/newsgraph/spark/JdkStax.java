package org.w3id.newsgraph.spark;

import java.util.Map;

/**
 * Keeps the JDK's StAX in force for Jena in a Spark JVM. Spark's Hadoop client jar registers its shaded Woodstox
 * as the JVM-wide StAX provider; Jena then logs an ERROR for each XML factory it makes (Woodstox knows no
 * {@code accessExternalDTD}). Hadoop itself makes its Woodstox factories by class, so it is not affected.
 */
final class JdkStax {
    private static final Map<String, String> JDK = Map.of(
            "javax.xml.stream.XMLInputFactory", "com.sun.xml.internal.stream.XMLInputFactoryImpl",
            "javax.xml.stream.XMLOutputFactory", "com.sun.xml.internal.stream.XMLOutputFactoryImpl",
            "javax.xml.stream.XMLEventFactory", "com.sun.xml.internal.stream.events.XMLEventFactoryImpl");

    private JdkStax() {}

    /** Before Jena first loads, on the driver and in each task; a choice made with -D is left alone. */
    static void pin() {
        JDK.forEach((key, impl) -> {
            if (System.getProperty(key) == null) {
                System.setProperty(key, impl);
            }
        });
    }
}

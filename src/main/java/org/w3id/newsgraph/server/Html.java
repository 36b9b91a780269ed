package org.w3id.newsgraph.server;

/**
 * Escaping for HTML text and attribute values. Every string that comes from data (names, quotes, article text,
 * IRIs) goes through {@link #escape} before it reaches a page, so data is always shown as text, never as markup.
 */
public final class Html {
    private Html() {
    }

    /** {@code & < > " '} as character references; safe in element content and in quoted attribute values. */
    public static String escape(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}

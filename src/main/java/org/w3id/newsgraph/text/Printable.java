package org.w3id.newsgraph.text;

/**
 * Makes a string safe to print on one terminal line: control characters are shown escaped ({@code \n},
 * {@code \t}, {@code \r}, the others as a backslash, "u" and four hex digits, as in Java), as are line and
 * paragraph separators and the bidirectional overrides that could make a file name print as something else. A
 * file named {@code "a\nb.txt"} then cannot split a progress line, and one with ESC cannot recolour the
 * terminal. Escaping is idempotent (a backslash is kept as is).
 */
public final class Printable {
    private Printable() {}

    public static String escape(String s) {
        if (s == null) {
            return "null";
        }
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!unsafe(c)) {
                if (out != null) {
                    out.append(c);
                }
                continue;
            }
            if (out == null) {
                out = new StringBuilder(s.length() + 8).append(s, 0, i);
            }
            switch (c) {
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> out.append(String.format("\\u%04x", (int) c));
            }
        }
        return out == null ? s : out.toString();
    }

    private static boolean unsafe(char c) {
        int type = Character.getType(c);
        return type == Character.CONTROL || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR
                || c >= '\u202a' && c <= '\u202e' || c >= '\u2066' && c <= '\u2069';
    }
}

package org.w3id.newsgraph.eval;

/**
 * One line of the report's detail: a gold item missed, an extracted item that is spurious, or an informational
 * note (wrong subtype, role title as extracted).
 *
 * @param kind     what sort of finding
 * @param category the category it belongs to
 * @param doc      the gold document
 * @param item     the gold item (misses) or extracted item (spurious), readable
 * @param note     why, or extra detail; may be empty
 */
public record Finding(Kind kind, Category category, String doc, String item, String note) {
    public enum Kind { MISS, SPURIOUS, SUBTYPE, TITLE }

    @Override
    public String toString() {
        return "[" + category.label() + "] " + doc + ": " + item + (note.isEmpty() ? "" : "  — " + note);
    }
}

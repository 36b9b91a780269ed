package org.w3id.newsgraph.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.stream.Collectors;

import org.w3id.newsgraph.ingest.IngestReport;
import org.w3id.newsgraph.text.Printable;

/** The closing summary of a build: articles, entities by type, roles, quotes, relations, triples, seconds. */
final class Summary {
    private Summary() {}

    /**
     * @param replaced old versions of edited files that the build deleted
     */
    static void print(PrintWriter out, IngestReport r, int replaced, long quads, String store) {
        out.printf(Locale.ROOT, "Built %d article%s into %s in %.1f s%n", r.articles(), r.articles() == 1 ? "" : "s",
                Printable.escape(store), r.seconds());
        String types = new java.util.TreeMap<>(r.entitiesByType()).entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
                .collect(Collectors.joining(", "));
        out.printf(Locale.ROOT, "  entities:  %d%s%n", r.entities(), types.isEmpty() ? "" : " (" + types + ")");
        out.printf(Locale.ROOT, "  roles:     %d%n  quotes:    %d%n  relations: %d%n", r.roles(), r.quotes(), r.relations());
        out.printf(Locale.ROOT, "  triples:   %d in the store%n", quads);
        if (replaced > 0) {
            out.printf(Locale.ROOT, "  replaced:  %d old version%s of edited file%s%n", replaced,
                    replaced == 1 ? "" : "s", replaced == 1 ? "" : "s");
        }
        if (r.duplicates() > 0) {
            out.printf(Locale.ROOT, "  same text: %d input%s stored once (see the lines above)%n", r.duplicates(),
                    r.duplicates() == 1 ? "" : "s");
        }
        if (!r.failures().isEmpty()) {
            out.printf(Locale.ROOT, "  skipped:   %d input%s (see the messages above)%n", r.failures().size(),
                    r.failures().size() == 1 ? "" : "s");
        }
        out.flush();
    }
}

package org.w3id.newsgraph.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.stream.Collectors;

import org.w3id.newsgraph.ingest.IngestReport;

/** The closing summary of a build: articles, entities by type, roles, quotes, relations, triples, seconds. */
final class Summary {
    private Summary() {}

    static void print(PrintWriter out, IngestReport r, long quads, String store) {
        out.printf(Locale.ROOT, "Built %d article%s into %s in %.1f s%n", r.articles(), r.articles() == 1 ? "" : "s",
                store, r.seconds());
        String types = new java.util.TreeMap<>(r.entitiesByType()).entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
                .collect(Collectors.joining(", "));
        out.printf(Locale.ROOT, "  entities:  %d%s%n", r.entities(), types.isEmpty() ? "" : " (" + types + ")");
        out.printf(Locale.ROOT, "  roles:     %d%n  quotes:    %d%n  relations: %d%n", r.roles(), r.quotes(), r.relations());
        out.printf(Locale.ROOT, "  triples:   %d in the store%n", quads);
        if (!r.failures().isEmpty()) {
            out.printf(Locale.ROOT, "  skipped:   %d input%s (see the messages above)%n", r.failures().size(),
                    r.failures().size() == 1 ? "" : "s");
        }
        out.flush();
    }
}

package org.w3id.newsgraph.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.stream.Collectors;

import org.w3id.newsgraph.ingest.IngestReport;
import org.w3id.newsgraph.store.Stats;
import org.w3id.newsgraph.text.Printable;

/**
 * The closing summary of a build: articles, entities by type, roles, quotes, relations and triples as the store
 * holds them afterwards (an entity named in several articles counts once), and the run's seconds.
 */
final class Summary {
    private Summary() {}

    /**
     * @param replaced old versions of edited files that the build deleted
     * @param stored   the store's figures afterwards, entities by most specific class among them
     * @param seconds  the build's wall time: extraction and writing, with the bulk load's summary, search index
     *                 and list pages
     */
    static void print(PrintWriter out, IngestReport r, int replaced, Stats stored, String store, double seconds) {
        // what the store holds of these inputs afterwards: stored now, or found there unchanged
        out.printf(Locale.ROOT, "Built %s into %s in %.1f s%n", Plural.of(r.articles() + r.unchanged(), "article"),
                Printable.escape(store), seconds);
        String byType = stored.entityTypes().entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
                .collect(Collectors.joining(", "));
        out.printf(Locale.ROOT, "  entities:  %d%s%n", stored.entities(), byType.isEmpty() ? "" : " (" + byType + ")");
        out.printf(Locale.ROOT, "  roles:     %d%n  quotes:    %d%n  relations: %d%n", stored.roles(), stored.quotes(),
                stored.relations());
        out.printf(Locale.ROOT, "  triples:   %d in the store%n", stored.quads());
        if (replaced > 0) {
            out.printf(Locale.ROOT, "  replaced:  %d old version%s of edited file%s%n", replaced,
                    replaced == 1 ? "" : "s", replaced == 1 ? "" : "s");
        }
        if (r.unchanged() > 0) {
            out.printf(Locale.ROOT, "  unchanged: %s already in the store, not extracted again%n",
                    Plural.of(r.unchanged(), "input"));
        }
        if (r.duplicates() > 0) {
            out.printf(Locale.ROOT, "  same text: %s stored once (see the lines above)%n",
                    Plural.of(r.duplicates(), "input"));
        }
        if (!r.failures().isEmpty()) {
            out.printf(Locale.ROOT, "  skipped:   %s (see the messages above)%n",
                    Plural.of(r.failures().size(), "input"));
        }
        out.flush();
    }
}

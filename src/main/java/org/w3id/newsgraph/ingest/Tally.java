package org.w3id.newsgraph.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.w3id.newsgraph.model.ArticleFacts;
import org.w3id.newsgraph.model.Entity;
import org.w3id.newsgraph.store.RefusedInputs;

/** Running totals of an ingest run; used on one thread only. */
final class Tally {
    int articles;
    int roles;
    int quotes;
    int relations;
    int duplicates;
    int unchanged;
    final List<String> failures = new ArrayList<>();
    final Map<String, Integer> byType = new TreeMap<>();
    final List<RefusedInputs.Refusal> refused = new ArrayList<>();

    void add(ArticleOutcome outcome) {
        switch (outcome) {
            case ArticleOutcome.Ready r -> {
                articles++;
                ArticleFacts f = r.facts();
                for (Entity e : f.entities()) {
                    byType.merge(e.type().localName(), 1, Integer::sum);
                }
                roles += f.roles().size();
                quotes += f.quotes().size();
                relations += f.relations().size();
            }
            case ArticleOutcome.Duplicate d -> duplicates++;
            case ArticleOutcome.Failed x -> {
                failures.add(x.message());
                if (x.refusal()) {
                    refused.add(new RefusedInputs.Refusal(x.file(), x.sha256(), x.message()));
                }
            }
        }
    }

    IngestReport report(double seconds) {
        return new IngestReport(articles, duplicates, unchanged, failures, refused, byType, roles, quotes, relations,
                seconds);
    }
}

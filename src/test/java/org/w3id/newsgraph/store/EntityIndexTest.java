package org.w3id.newsgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.newsgraph.query.QueryCatalog;
import org.w3id.newsgraph.query.QueryRunner;

/**
 * The {@code search} prepared query through the entity index of a real TDB2 store: it finds entities by any
 * written form, ignoring case and accents, follows replacements and deletes, and survives a reopen.
 */
class EntityIndexTest {
    static final QueryCatalog CATALOG = QueryCatalog.fromDirectory(Path.of("queries"));

    @TempDir
    Path tmp;

    static List<String> search(NewsStore store, String q) {
        return new QueryRunner(store.dataset(), Duration.ofSeconds(30)).select(CATALOG.get("search"), Map.of("q", q))
                .stream().map(r -> r.get("name").getLiteralLexicalForm() + " " + r.get("mentions")
                        .getLiteralLexicalForm()).toList();
    }

    @Test
    void searchFindsEntitiesByAnyFormAndFollowsTheWrites() {
        Path dir = tmp.resolve("store");
        try (NewsStore store = NewsStore.open(dir)) {
            store.replaceArticle(EntitySummaryTest.art("a"), EntitySummaryTest.article("a", "a.txt",
                    "tel|Telefónica Deutschland|O2 Germany|2", "bt|BT|British Telecom|1"));
            store.replaceArticle(EntitySummaryTest.art("b"), EntitySummaryTest.article("b", "b.txt",
                    "tel|Telefónica Deutschland||1", "dt|Deutsche Telekom||4"));
            assertEquals(List.of("Telefónica Deutschland 3"), search(store, "telefonica"));
            assertEquals(List.of("Telefónica Deutschland 3"), search(store, "germ*"));
            assertEquals(List.of("BT 1"), search(store, "\"british telecom\""));
            assertEquals(List.of("Deutsche Telekom 4", "Telefónica Deutschland 3"), search(store, "deutsch*"));

            store.deleteArticle(EntitySummaryTest.art("a"));
            assertEquals(List.of(), search(store, "british"));
            assertEquals(List.of(), search(store, "germany"), "the alias went with its only article");
            assertEquals(List.of("Telefónica Deutschland 1"), search(store, "telefonica"));
        }
        try (NewsStore store = NewsStore.open(dir)) {
            assertEquals(List.of("Deutsche Telekom 4"), search(store, "telekom"), "kept on disk");
        }
    }
}

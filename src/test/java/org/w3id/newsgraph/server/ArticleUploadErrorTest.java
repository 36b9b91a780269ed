package org.w3id.newsgraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Path;

import org.apache.jena.atlas.json.JSON;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.newsgraph.query.QueryCatalog;
import org.w3id.newsgraph.rdf.Ontology;
import org.w3id.newsgraph.store.NewsStore;

/**
 * Whatever breaks while an upload is stored becomes a 500 with a one-line JSON error, never a stack trace: here
 * the store under the server has been closed, so the write throws.
 */
class ArticleUploadErrorTest {
    @Test
    void aFailingStoreIsAOneLine500(@TempDir Path tmp) throws Exception {
        NewsStore store = NewsStore.open(tmp.resolve("db"));
        store.replaceGraph(Ontology.GRAPH_NAME, Ontology.ontology());
        ServerConfig config = ServerConfig.defaults().withPort(Http.freePort())
                .withUpdates(new AuthConfig("editor", "correct horse"));
        NewsServer server = new NewsServer(store, config, QueryCatalog.standard(Path.of("").toAbsolutePath())).start();
        try {
            store.close();
            HttpResponse<String> r = Http.post(server.baseUrl() + "/newsgraph/articles?name=news.txt", "text/plain",
                    ServerUpdateTest.NEWS, ServerUpdateTest.AUTH);
            assertEquals(500, r.statusCode(), r.body());
            String error = JSON.parse(r.body()).get("error").getAsString().value();
            assertTrue(error.startsWith("could not store the article: store " + tmp.resolve("db").toAbsolutePath()),
                    error);
            assertTrue(error.contains(" is closed"), error);
            assertFalse(error.contains("\n") || r.body().contains("\tat ") || r.body().contains("Exception"),
                    r.body());

            HttpResponse<String> d = Http.delete(server.baseUrl() + "/newsgraph/articles/news-0123456789ab",
                    ServerUpdateTest.AUTH);
            assertEquals(500, d.statusCode(), d.body());
            assertTrue(JSON.parse(d.body()).get("error").getAsString().value().startsWith(
                    "could not delete the article: store "), d.body());
        } finally {
            server.stop();
        }
    }
}

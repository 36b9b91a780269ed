package org.w3id.newsgraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.w3id.newsgraph.server.Http.basic;
import static org.w3id.newsgraph.server.Http.enc;
import static org.w3id.newsgraph.server.Http.get;
import static org.w3id.newsgraph.server.Http.post;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.newsgraph.model.ContentHash;
import org.w3id.newsgraph.query.QueryCatalog;
import org.w3id.newsgraph.rdf.Ontology;
import org.w3id.newsgraph.store.NewsStore;

/** A server started with credentials: writes need them, reads do not. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ServerUpdateTest {
    static final String AUTH = basic("editor", "correct horse");
    static final String WRONG = basic("editor", "battery staple");
    static final String NEWS = """
            Microsoft to open data centre in Norway

            Microsoft said on Tuesday that it would open a new data centre in Norway next year.
            "We are committed to our customers in Europe," said Brad Smith, the president of Microsoft.
            The company did not say how much the project would cost.
            """;

    NewsStore store;
    NewsServer server;

    @BeforeAll
    void start(@TempDir Path tmp) throws Exception {
        store = NewsStore.open(tmp.resolve("db"));
        store.replaceGraph(Ontology.GRAPH_NAME, Ontology.ontology());
        ServerConfig config = ServerConfig.defaults().withPort(Http.freePort()).withMaxUpload(2000)
                .withUpdates(new AuthConfig("editor", "correct horse"));
        server = new NewsServer(store, config, QueryCatalog.standard(Path.of("").toAbsolutePath())).start();
    }

    @AfterAll
    void stop() {
        server.stop();
        store.close();
    }

    String url(String path) {
        return server.baseUrl() + path;
    }

    String count(String o) throws Exception {
        HttpResponse<String> r = get(url("/newsgraph/sparql?query=" + enc("SELECT (COUNT(*) AS ?n) { ?s ?p \"" + o + "\" }")),
                "text/csv");
        assertEquals(200, r.statusCode(), r.body());
        return r.body();
    }

    @Test
    void updatesNeedCredentials() throws Exception {
        String update = "INSERT DATA { GRAPH <urn:ex:g> { <urn:ex:x> <urn:ex:p> \"inserted\" } }";
        assertEquals(401, post(url("/newsgraph/update"), "application/sparql-update", update, null).statusCode());
        assertEquals(401, post(url("/newsgraph/update"), "application/sparql-update", update, WRONG).statusCode());
        assertEquals("n\r\n0\r\n", count("inserted"));
        int ok = post(url("/newsgraph/update"), "application/sparql-update", update, AUTH).statusCode();
        assertTrue(ok == 200 || ok == 204, "got " + ok);
        assertEquals("n\r\n1\r\n", count("inserted"));

        HttpRequest.Builder put = Http.request(url("/newsgraph/data?graph=" + enc("http://example.org/h")))
                .header("Content-Type", "text/turtle").PUT(HttpRequest.BodyPublishers.ofString("<urn:ex:y> <urn:ex:p> \"put\" ."));
        assertEquals(401, Http.send(put.build()).statusCode());
        int putOk = Http.send(put.header("Authorization", AUTH).build()).statusCode();
        assertTrue(putOk == 200 || putOk == 201 || putOk == 204, "got " + putOk);
        assertEquals("n\r\n1\r\n", count("put"));
        // reading stays open
        assertEquals(200, get(url("/newsgraph/queries/entities"), "*/*").statusCode());
    }

    @Test
    void ingestsAndDeletesAnArticle() throws Exception {
        String articles = url("/newsgraph/articles?name=" + enc("test-news.txt"));
        assertEquals(401, post(articles, "text/plain", NEWS, null).statusCode());
        HttpResponse<String> r = post(articles, "text/plain; charset=utf-8", NEWS, AUTH);
        assertEquals(201, r.statusCode(), r.body());
        JsonObject o = JSON.parse(r.body());
        String id = "test-news-" + ContentHash.sha256(NEWS.getBytes(StandardCharsets.UTF_8)).substring(0, 12);
        assertEquals("https://w3id.org/newsgraph/id/article/" + id, o.get("article").getAsString().value());
        assertEquals("test-news.txt", o.get("source").getAsString().value());
        assertTrue(o.get("entities").getAsNumber().value().intValue() >= 2, r.body());
        assertTrue(o.hasKey("roles") && o.hasKey("quotes") && o.hasKey("relations"), r.body());
        assertEquals("/id/article/" + id, r.headers().firstValue("Location").orElse(""));

        HttpResponse<String> entities = get(url("/newsgraph/queries/entities?format=csv"), "*/*");
        assertTrue(entities.body().contains("\r\nMicrosoft,Company,"), entities.body());
        assertTrue(entities.body().contains("\r\nNorway,Country,"), entities.body());
        // the lists are paged again on the server's background thread; then they name their pages
        String paged = "ASK { GRAPH <https://w3id.org/newsgraph/id/graph/entities> { "
                + "<https://w3id.org/newsgraph/id/graph/entities> <https://w3id.org/newsgraph/ontology#listsPaged> true } }";
        long until = System.nanoTime() + 60_000_000_000L;
        String answer = "";
        while (!answer.contains("true") && System.nanoTime() < until) {
            answer = get(url("/newsgraph/sparql?query=" + enc(paged)), "text/csv").body();
            Thread.sleep(answer.contains("true") ? 0 : 100);
        }
        assertTrue(answer.contains("true"), "the pages are current again: " + answer);
        entities = get(url("/newsgraph/queries/entities?format=csv"), "*/*");
        assertTrue(entities.body().contains("\r\nMicrosoft,Company,"), entities.body());
        assertEquals(200, get(url("/id/article/" + id), "text/turtle").statusCode());

        assertEquals(401, Http.delete(url("/newsgraph/articles/" + id), null).statusCode());
        assertEquals(204, Http.delete(url("/newsgraph/articles/" + id), AUTH).statusCode());
        HttpResponse<String> again = Http.delete(url("/newsgraph/articles/" + id), AUTH);
        assertEquals(404, again.statusCode());
        assertEquals("no article '" + id + "'", JSON.parse(again.body()).get("error").getAsString().value());
        assertEquals(404, get(url("/id/article/" + id), "text/turtle").statusCode());
        assertFalse(get(url("/newsgraph/queries/entities?format=csv"), "*/*").body().contains("Microsoft"));
    }

    /**
     * An upload has the identity a build gives a file of that name and bytes: posting the same text again stores
     * nothing new, a new text under the same name replaces the old version, and one without a name replaces none.
     */
    @Test
    void uploadsUseTheArticleIdentityOfBuild() throws Exception {
        String named = url("/newsgraph/articles?name=" + enc("same-name.txt"));
        String first = JSON.parse(post(named, "text/plain", NEWS, AUTH).body()).get("article").getAsString().value();
        String repeat = JSON.parse(post(named, "text/plain", NEWS, AUTH).body()).get("article").getAsString().value();
        assertEquals(first, repeat);
        assertEquals("n\r\n1\r\n", count("same-name.txt"));
        String edited = NEWS.replace("Norway", "Finland");
        String second = JSON.parse(post(named, "text/plain", edited, AUTH).body()).get("article").getAsString().value();
        assertFalse(first.equals(second), first);
        assertEquals("n\r\n1\r\n", count("same-name.txt"), "the old version is replaced");
        assertEquals(404, get(url(first.substring("https://w3id.org/newsgraph".length())), "text/turtle").statusCode());

        HttpResponse<String> unnamed = Http.postBytes(url("/newsgraph/articles"), NEWS.getBytes(StandardCharsets.UTF_8),
                AUTH);
        assertEquals(201, unnamed.statusCode(), unnamed.body());
        String third = JSON.parse(unnamed.body()).get("article").getAsString().value();
        assertTrue(third.startsWith("https://w3id.org/newsgraph/id/article/upload-"), unnamed.body());
        assertEquals("n\r\n1\r\n", count("same-name.txt"), "an upload without a name replaces nothing");
        for (String article : new String[] {second, third}) {
            assertEquals(204, Http.delete(url(article.replace("https://w3id.org/newsgraph/id/article/",
                    "/newsgraph/articles/")), AUTH).statusCode());
        }
    }

    @Test
    void refusesBadUploads() throws Exception {
        String articles = url("/newsgraph/articles");
        HttpResponse<String> big = Http.postBytes(articles, "a".repeat(2001).getBytes(StandardCharsets.UTF_8), AUTH);
        assertEquals(413, big.statusCode());
        assertEquals("the article is larger than 2000 bytes (the server's --max-upload)",
                JSON.parse(big.body()).get("error").getAsString().value());
        HttpResponse<String> latin1 = Http.postBytes(articles, "Caf\u00e9 news".getBytes(StandardCharsets.ISO_8859_1), AUTH);
        assertEquals(400, latin1.statusCode());
        assertEquals("the article is not valid UTF-8 text", JSON.parse(latin1.body()).get("error").getAsString().value());
        HttpResponse<String> empty = Http.postBytes(articles, " \n ".getBytes(StandardCharsets.UTF_8), AUTH);
        assertEquals(400, empty.statusCode());
        assertEquals("the article is empty", JSON.parse(empty.body()).get("error").getAsString().value());
        assertEquals(401, Http.postBytes(articles, "a".repeat(2001).getBytes(StandardCharsets.UTF_8), null).statusCode());
    }
}

package org.w3id.newsgraph.view;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.newsgraph.server.NewsServer;
import org.w3id.newsgraph.store.NewsStore;

/**
 * The view's JSON API ({@code /view/api/...}) over a real TDB2 store of the seeds and a real server: the exact
 * nodes and edges of each answer (one line per node: key, name, type, kind, mentions; per edge: source,
 * relation, target, weight), the limits, the filters, and one-line errors for bad parameters.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ViewApiTest {
    NewsStore store;
    NewsServer server;
    final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    void start(@TempDir Path tmp) throws Exception {
        store = ViewStores.seeds(tmp.resolve("db"));
        server = ViewStores.serve(store);
    }

    @AfterAll
    void stop() {
        if (server != null) {
            server.stop();
        }
        if (store != null) {
            store.close();
        }
    }

    record Answer(int status, JsonObject json) {
        List<String> nodes() {
            return json.get("nodes").getAsArray().stream().map(JsonValue::getAsObject)
                    .map(n -> str(n, "key") + " | " + str(n, "label") + " | " + str(n, "type") + " | " + str(n, "kind")
                            + " | " + n.get("mentions").getAsNumber().value().longValue())
                    .toList();
        }

        List<String> edges() {
            return json.get("edges").getAsArray().stream().map(JsonValue::getAsObject)
                    .map(e -> str(e, "source") + " " + str(e, "relation") + " " + str(e, "target") + " "
                            + e.get("weight").getAsNumber().value().longValue())
                    .toList();
        }

        boolean truncated() {
            return json.get("truncated").getAsBoolean().value();
        }

        String error() {
            return str(json, "error");
        }

        private static String str(JsonObject o, String key) {
            return o.get(key).getAsString().value();
        }
    }

    Answer get(String pathAndQuery) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/view/api/"
                + pathAndQuery)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals("application/json;charset=utf-8", r.headers().firstValue("Content-Type").orElse(""));
        return new Answer(r.statusCode(), JSON.parse(r.body()));
    }

    @Test
    void topGivesTheMostMentionedEntitiesAndTheRelationsAmongThem() throws Exception {
        Answer a = get("top?n=5");
        assertEquals(200, a.status());
        assertEquals(List.of(
                "huawei | Huawei | Company | Organization | 26",
                "united-kingdom | United Kingdom | Country | Place | 16",
                "china | China | Country | Place | 5",
                "bt | BT | Company | Organization | 3",
                "ncsc-uk | National Cyber Security Centre | GovernmentBody | Organization | 3"), a.nodes());
        assertEquals(List.of(
                "huawei basedIn china 2",
                "huawei operatesIn united-kingdom 2",
                "bt basedIn united-kingdom 1",
                "huawei dealWith united-kingdom 1",
                "huawei supplies bt 1",
                "ncsc-uk worksWith huawei 1",
                "united-kingdom worksWith huawei 1"), a.edges());
        assertEquals(true, a.truncated());
        JsonObject first = a.json().get("nodes").getAsArray().get(0).getAsObject();
        assertEquals("https://w3id.org/newsgraph/id/entity/huawei", first.get("iri").getAsString().value());
        assertEquals("is based in", a.json().get("edges").getAsArray().get(0).getAsObject().get("label")
                .getAsString().value());
    }

    @Test
    void topFiltersByTypeAndMentionsAndAddsCoMentionsOnlyWhenAsked() throws Exception {
        assertEquals(List.of(
                "angela-merkel | Angela Merkel | Person | Person | 2",
                "christopher-wray | Christopher Wray | Person | Person | 1",
                "ivana-kottasova | Ivana Kottasová | Person | Person | 1"), get("top?n=3&type=Person").nodes());
        assertEquals(List.of("huawei", "united-kingdom", "china"), get("top?n=40&minMentions=4").nodes().stream()
                .map(n -> n.substring(0, n.indexOf(' '))).toList());
        assertEquals(false, get("top?n=40&minMentions=4").truncated());
        // an organisation type includes its narrower ones (Company, GovernmentBody, ...)
        assertEquals(List.of("huawei", "bt", "ncsc-uk"), get("top?n=3&type=Organization").nodes().stream()
                .map(n -> n.substring(0, n.indexOf(' '))).toList());
        Answer co = get("top?n=4&coMentions=true&minWeight=2");
        assertEquals(List.of(
                "huawei basedIn china 2",
                "huawei operatesIn united-kingdom 2",
                "china coMention huawei 2",
                "china coMention united-kingdom 2",
                "huawei coMention united-kingdom 2"), co.edges());
    }

    @Test
    void neighboursGivesTheEntityAndItsLinkedEntities() throws Exception {
        Answer merkel = get("neighbours?entity=angela-merkel&depth=1");
        assertEquals(List.of(
                "angela-merkel | Angela Merkel | Person | Person | 2",
                "germany | Germany | Country | Place | 1"), merkel.nodes());
        assertEquals(List.of("angela-merkel holdsRoleIn germany 1"), merkel.edges());
        assertEquals(false, merkel.truncated());

        Answer huawei = get("neighbours?entity=huawei&relTypes=basedIn,operatesIn");
        assertEquals(List.of(
                "huawei | Huawei | Company | Organization | 26",
                "china | China | Country | Place | 5",
                "united-kingdom | United Kingdom | Country | Place | 16"), huawei.nodes());
        assertEquals(List.of("huawei basedIn china 2", "huawei operatesIn united-kingdom 2"), huawei.edges());

        Answer capped = get("neighbours?entity=huawei&limit=3");
        assertEquals(3, capped.nodes().size());
        assertEquals(true, capped.truncated());
        int all = get("neighbours?entity=huawei").nodes().size();
        int deeper = get("neighbours?entity=angela-merkel&depth=2").nodes().size();
        assertEquals(List.of(true, 2), List.of(all > 3, deeper));
    }

    @Test
    void searchFindsNamesAndOtherNames() throws Exception {
        assertEquals(List.of("angela-merkel | Angela Merkel | Person | Person | 2"), get("search?q=merk").nodes());
        assertEquals(List.of("huawei | Huawei | Company | Organization | 26"), get("search?q=HUA").nodes());
        assertEquals(List.of(), get("search?q=nobody%20at%20all").nodes());
    }

    @Test
    void badParametersGetOneLineAndNoStackTrace() throws Exception {
        assertEquals(new Answer(400, error("parameter 'n' must be a whole number from 1 to 500, not 'x'")),
                get("top?n=x"));
        assertEquals(new Answer(400, error("parameter 'type': unknown type 'Dog'; known: Person, Organization,"
                + " Company, GovernmentBody, MediaOrganization, PoliticalOrganization, Place, Country, City, Region")),
                get("top?type=Dog"));
        assertEquals(new Answer(400, error("parameter 'entity' (an entity key such as angela-merkel) is required")),
                get("neighbours"));
        assertEquals(new Answer(404, error("no entity 'no-one'")), get("neighbours?entity=no-one"));
        assertEquals(new Answer(400, error("parameter 'entity' must be an entity key such as angela-merkel"
                + " (letters, digits, '.', '_', '~', '-'), not 'a b'")), get("neighbours?entity=a%20b"));
        assertEquals(new Answer(400, error("parameter 'depth' must be a whole number from 1 to 2, not '3'")),
                get("neighbours?entity=bt&depth=3"));
        assertEquals(new Answer(400, error("parameter 'coMentions' must be true or false, not 'maybe'")),
                get("top?coMentions=maybe"));
        assertEquals(new Answer(400, error("unknown parameter 'foo'; known: coMentions, depth, entity, limit,"
                + " minMentions, minWeight, n, q, relTypes, type")), get("top?foo=1"));
        assertEquals(new Answer(400, error("parameter 'n' is given 2 times; give it once")), get("top?n=1&n=2"));
        assertEquals(new Answer(400, error("parameter 'q' (the text to look for) is required")), get("search"));
        assertEquals(new Answer(404, error("no such view API '/nothing'; known: top, neighbours, search,"
                + " vocabulary")), get("nothing"));
    }

    @Test
    void vocabularyListsTheTypesAndRelationsTheFiltersOffer() throws Exception {
        JsonObject v = get("vocabulary").json();
        assertEquals(10, v.get("types").getAsArray().size());
        assertEquals("{ \"type\" : \"Company\" , \"kind\" : \"Organization\" }",
                JSON.toStringFlat(v.get("types").getAsArray().get(2)).replaceAll("\\s+", " "));
        assertEquals(27, v.get("relations").getAsArray().size());
        assertEquals("{ \"relation\" : \"basedIn\" , \"label\" : \"is based in\" }",
                JSON.toStringFlat(v.get("relations").getAsArray().get(0)).replaceAll("\\s+", " "));
        assertEquals("{ \"relation\" : \"comesFrom\" , \"label\" : \"comes from\" }",
                JSON.toStringFlat(v.get("relations").getAsArray().get(1)).replaceAll("\\s+", " "));
    }

    static JsonObject error(String message) {
        JsonObject o = new JsonObject();
        o.put("error", message);
        return o;
    }
}

package org.w3id.newsgraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.w3id.newsgraph.server.Http.get;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.newsgraph.rdf.Ontology;
import org.w3id.newsgraph.store.NewsStore;

/**
 * The entity page's long lists over HTTP: 60 articles each quoting someone about one company, so its quotes
 * and articles run over a page; articles newest first, undated last; {@code ?page=} past the end and bad values;
 * a quote's stance, on the entity page and on its article's page, and that page's date.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EntityPagesTest {
    static final String ID = "https://w3id.org/newsgraph/id/";
    static final int ARTICLES = 60;
    static final Pattern ARTICLE_ITEM = Pattern.compile("<li class=\"article\"><a href=\"/id/article/a(\\d+)\">");

    // the newest article's quote read as critical of Acme, as ArticleMapper writes a stance
    static final String STANCE = """
            id:stance\\/s%1$s a ng:Stance ; ng:holder id:entity\\/wile ; ng:target id:entity\\/acme ;
                ng:polarity ng:Critical ; ng:cue "let me down" ; ng:about id:quote\\/q%1$s ;
                prov:wasDerivedFrom id:article\\/%1$s .
            """;

    Served served;

    @BeforeAll
    void start(@TempDir Path tmp) {
        NewsStore store = NewsStore.open(tmp.resolve("db"));
        store.replaceGraph(Ontology.GRAPH_NAME, Ontology.ontology()); // the polarities' names, as a build has them
        for (int i = 0; i < ARTICLES; i++) {
            String a = "a" + i;
            // articles 0..49 dated one day apart (a49 newest); 50..59 carry no date
            String date = i < 50 ? String.format("schema:datePublished \"2024-%02d-%02d\"^^xsd:date ;", 1 + i / 28,
                    1 + i % 28) : "";
            String ttl = """
                    @prefix ng: <https://w3id.org/newsgraph/ontology#> .
                    @prefix schema: <http://schema.org/> .
                    @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
                    @prefix prov: <http://www.w3.org/ns/prov#> .
                    @prefix dcterms: <http://purl.org/dc/terms/> .
                    @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
                    @prefix id: <https://w3id.org/newsgraph/id/> .
                    id:article\\/%1$s a ng:NewsArticle ; dcterms:source "%1$s.txt" ; %2$s
                        schema:mentions id:entity\\/acme , id:entity\\/wile .
                    id:entity\\/acme a ng:Company ; rdfs:label "Acme" .
                    id:entity\\/wile a ng:Person ; rdfs:label "Wile E. Coyote" .
                    id:quote\\/q%1$s a ng:Quote ; schema:text "Acme let me down, part %1$s" ; ng:speaker id:entity\\/wile ;
                        schema:mentions id:entity\\/acme ; prov:wasDerivedFrom id:article\\/%1$s .
                    %3$s""".formatted(a, date, i == 49 ? STANCE.formatted(a) : "");
            Graph g = GraphFactory.createDefaultGraph();
            RDFParser.fromString(ttl, Lang.TURTLE).parse(g);
            store.replaceArticle(NodeFactory.createURI(ID + "article/" + a), g);
        }
        served = Served.start(store, ServerConfig.defaults().withPort(0));
    }

    @AfterAll
    void stop() {
        served.close();
    }

    HttpResponse<String> page(String query) throws Exception {
        return get(served.server().baseUrl() + "/id/entity/acme" + query, "text/html");
    }

    static List<Integer> articles(String html) {
        Matcher m = ARTICLE_ITEM.matcher(html);
        return m.results().map(r -> Integer.parseInt(r.group(1))).toList();
    }

    @Test
    void longListsArePagedNewestArticleFirst() throws Exception {
        HttpResponse<String> first = page("");
        assertEquals(200, first.statusCode(), first.body());
        String html = first.body();
        assertTrue(html.contains("<h2>What others said about Acme</h2>"), html);
        assertEquals(EntityPage.PAGE_SIZE, html.split("<li class=\"quote\">", -1).length - 1);
        assertTrue(html.contains("<span class=\"speaker\">— <a href=\"/id/entity/wile\">Wile E. Coyote</a></span>"),
                html);
        List<Integer> onFirst = articles(html);
        assertEquals(EntityPage.PAGE_SIZE, onFirst.size());
        assertEquals(List.of(49, 48, 47), onFirst.subList(0, 3), "newest first");
        assertTrue(html.contains("<a href=\"?page=2\">next page</a>"), html);
        assertFalse(html.contains("previous page"), html);

        String second = page("?page=2").body();
        assertEquals(10, second.split("<li class=\"quote\">", -1).length - 1);
        assertEquals(List.of(50, 51, 52, 53, 54, 55, 56, 57, 58, 59), articles(second), "undated last");
        assertTrue(second.contains("<a href=\"?page=1\">previous page</a>"), second);
        assertFalse(second.contains("next page"), second);
        // the head stays on every page
        assertTrue(second.contains("<h1>Acme</h1>"), second);
        assertTrue(page("?page=3").body().contains("<h1>Acme</h1>"));
        assertEquals(0, articles(page("?page=3").body()).size());
    }

    @Test
    void aQuoteShowsTheStanceReadFromIt() throws Exception {
        String html = page("").body();
        String first = html.substring(html.indexOf("<li class=\"quote\">"));
        first = first.substring(0, first.indexOf("</li>"));
        assertEquals("<li class=\"quote\"><q>Acme let me down, part a49</q> <span class=\"speaker\">— <a href=\""
                + "/id/entity/wile\">Wile E. Coyote</a></span> <span class=\"badge stance-critical\">critical of <a"
                + " href=\"/id/entity/acme\">Acme</a></span><div class=\"meta\"><a href=\"/id/article/a49\">a49.txt"
                + "</a> · 2024-02-22</div>", first);
        assertEquals(1, html.split("badge stance-critical", -1).length - 1, "only on the quote it was read from");
    }

    @Test
    void anArticlePageGivesItsDateAndTheStanceOfItsQuote() throws Exception {
        HttpResponse<String> r = get(served.server().baseUrl() + "/id/article/a49", "text/html");
        assertEquals(200, r.statusCode(), r.body());
        String html = r.body();
        assertTrue(html.contains("<tr><th>Source file</th><td>a49.txt</td></tr>\n"
                + "<tr><th>Published</th><td>2024-02-22</td></tr>"), html);
        assertTrue(html.contains("<q>Acme let me down, part a49</q> <span class=\"speaker\">— <a href=\"/id/entity/wile"
                + "\">Wile E. Coyote</a></span> <span class=\"badge stance-critical\">critical of <a href=\"/id/entity"
                + "/acme\">Acme</a></span>"), html);
        assertTrue(get(served.server().baseUrl() + "/id/article/a55", "text/html").body()
                .contains("<tr><th>Published</th><td>date not shown on the page</td></tr>"));
    }

    @Test
    void badPageNumbersAreOneLineErrors() throws Exception {
        for (String bad : List.of("0", "-1", "two", "99999999999")) {
            HttpResponse<String> r = page("?page=" + bad);
            assertEquals(400, r.statusCode(), bad);
            assertEquals("{ \"error\" : \"page must be a whole number from 1, not '" + bad + "'\" }", r.body().strip());
        }
    }

    @Test
    void rawTriplesAndRdfStayOneClickAway() throws Exception {
        String html = page("").body();
        assertTrue(html.contains("<a href=\"?view=triples\">raw triples</a> · <a href=\"?format=turtle\">Turtle</a>"
                + " · <a href=\"?format=jsonld\">JSON-LD</a>"), html);
        String raw = page("?view=triples").body();
        assertTrue(raw.contains("<h2>Statements</h2>"), raw);
        assertTrue(raw.contains("<a href=\"?format=html\">profile page</a>"), raw);
        HttpResponse<String> ttl = get(served.server().baseUrl() + "/id/entity/acme?format=turtle", "*/*");
        assertTrue(ttl.headers().firstValue("Content-Type").orElse("").startsWith("text/turtle"));
        assertTrue(ttl.body().contains("\"Acme\""), ttl.body());
    }
}

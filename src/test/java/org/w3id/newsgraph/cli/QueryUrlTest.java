package org.w3id.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.newsgraph.query.FixtureStore;
import org.w3id.newsgraph.server.NewsServer;
import org.w3id.newsgraph.server.ServerConfig;
import org.w3id.newsgraph.store.NewsStore;
import org.w3id.newsgraph.store.StoreLockHolder;

/**
 * {@code query --url} runs prepared and ad-hoc queries through a running server (a real Fuseki on a free port over
 * a real TDB2 store), and {@code query} on a store another process holds says so and points to {@code --url}.
 */
class QueryUrlTest {
    @TempDir
    Path tmp;

    @Test
    void preparedAndAdHocQueriesRunThroughTheServer() throws Exception {
        try (NewsStore store = FixtureStore.open(tmp.resolve("store"))) {
            NewsServer server = new NewsServer(store, ServerConfig.defaults().withPort(0)).start();
            try {
                String base = "http://localhost:" + server.port();
                Cli r = Cli.run("query", "entities", "--url", base, "--format", "csv");
                assertEquals(0, r.exit(), r.err());
                FixtureStore.assertSameRows(FixtureStore.expected("entities"), FixtureStore.rows(r.out()));

                r = Cli.run("query", "who-said-about", "--url", base + "/newsgraph", "--format", "csv",
                        "--param", "entity=huawei");
                assertEquals(0, r.exit(), r.err());
                FixtureStore.assertSameRows(FixtureStore.expected("who-said-about@huawei"), FixtureStore.rows(r.out()));

                r = Cli.run("query", "entities", "--url", base + "/newsgraph/sparql", "--format", "csv",
                        "--param", "limit=2", "--param", "offset=1");
                assertEquals(List.of(List.of("name", "type", "mentions", "articles"), List.of("BT", "Company", "2", "1"),
                        List.of("Ciaran Martin", "Person", "1", "1")), FixtureStore.rows(r.out()));

                // the lists ordered by article count their pages first; that count query went out with
                // PREFIX lines inside a sub-query, which the server refused (400, "Encountered PREFIX")
                for (String list : List.of("relations", "roles", "quotes", "articles", "events", "amounts")) {
                    r = Cli.run("query", list, "--url", base, "--format", "csv");
                    assertEquals(0, r.exit(), list + ": " + r.err());
                    FixtureStore.assertSameRows(FixtureStore.expected(list), FixtureStore.rows(r.out()));
                }

                Path rq = tmp.resolve("count.rq");
                Files.writeString(rq, "# param: name — a label\nSELECT ?e WHERE { ?e <http://www.w3.org/2000/01/"
                        + "rdf-schema#label> ?name } ORDER BY ?e\n");
                r = Cli.run("query", rq.toString(), "--url", base, "--format", "csv", "--param", "name=Huawei");
                assertEquals("e\nhttps://w3id.org/newsgraph/id/entity/huawei\n", r.out().replace("\r", ""));
            } finally {
                server.stop();
            }
        }
    }

    @Test
    void noServerAndBadUrlAreOneLine() {
        Cli r = Cli.run("query", "entities", "--url", "http://localhost:1");
        assertEquals(1, r.exit());
        assertEquals(1, r.errLines().size(), r.err());
        assertTrue(r.errLines().get(0).matches("newsgraph: \\S*queries/entities\\.rq: no server answers at "
                + "http://localhost:1/newsgraph/sparql \\(is 'newsgraph serve' running there\\?\\)"), r.err());
        r = Cli.run("query", "entities", "--url", "localhost:3030");
        assertEquals(2, r.exit());
        assertEquals("newsgraph: --url must be an http:// or https:// URL, not 'localhost:3030'", r.errLines().get(0));
    }

    @Test
    void aStoreHeldByAnotherProcessPointsToUrl() throws Exception {
        Path dir = tmp.resolve("held");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                StoreLockHolder.class.getName(), dir.toString()).redirectErrorStream(true).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
             Writer in = new OutputStreamWriter(child.getOutputStream(), StandardCharsets.UTF_8)) {
            String line;
            while ((line = out.readLine()) != null && !line.startsWith("READY ")) {
                // the child's log lines before it holds the store
            }
            assertTrue(line != null, "child did not open the store");
            Cli r = Cli.run("query", "entities", "--store", dir.toString());
            assertEquals(1, r.exit());
            assertEquals(List.of("newsgraph: store " + dir.toAbsolutePath() + " is in use by another newsgraph process"
                    + " (pid " + child.pid() + "); while its server runs, query through it with --url"
                    + " http://localhost:PORT"), r.errLines());
            in.write("done\n");
            in.flush();
            assertTrue(child.waitFor(60, TimeUnit.SECONDS));
        } finally {
            child.destroyForcibly();
        }
    }
}

package org.w3id.newsgraph.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.core.config.Configurator;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.newsgraph.cli.Main;
import org.w3id.newsgraph.store.NewsStore;

import picocli.CommandLine;

/**
 * The Spark job in local mode against {@code newsgraph extract} on the development set: the same named graphs,
 * each isomorphic to extract's, the same one-line failures for bad files, and shards that Jena's TDB2 bulk loader
 * takes as they are.
 */
class ShardJobTest {
    private static final Path DEVSET = Path.of("src/test/resources/devset");

    private static SparkSession spark;

    @TempDir
    Path dir;

    @BeforeAll
    static void startSpark() {
        // Spark and Hadoop log at WARN about things that do not matter here (native libraries, loopback
        // addresses); the suite's log stays short.
        Configurator.setLevel(Map.of("org.apache.spark", Level.ERROR, "org.apache.hadoop", Level.ERROR,
                "org.sparkproject", Level.ERROR, "org.apache.parquet", Level.ERROR));
        spark = SparkSession.builder().master("local[2]").appName("ShardJobTest")
                .config("spark.ui.enabled", "false")
                .config("spark.sql.shuffle.partitions", "2")
                .getOrCreate();
    }

    @AfterAll
    static void stopSpark() {
        if (spark != null) {
            spark.stop();
        }
    }

    @Test
    void devSetShardsHoldExtractsGraphsAndItsFailures() throws IOException {
        Path bad = Files.createDirectories(dir.resolve("bad"));
        Files.writeString(bad.resolve("empty.txt"), "  \n");
        Files.write(bad.resolve("binary.txt"), new byte[] {0x50, 0x4b, 3, 4, 0, 0, 0, 0, 1, 2, 3});
        Files.writeString(bad.resolve("furniture.txt"), "PHOTO: Jan Kowalski/Getty Images\nNow playing\n01:48\n");
        List<String> inputs = List.of(DEVSET.resolve("dev").toAbsolutePath().toString(),
                DEVSET.resolve("heldout").toAbsolutePath().toString(), bad.toString());

        Extract expected = extract(inputs);
        ShardReport report = job(inputs, "--output", dir.resolve("out").toString());

        assertEquals(22, expected.graphs().size(), "18 dev and 4 held-out articles");
        assertEquals(22, report.articles());
        assertEquals(2, report.shards().size(), "one shard per partition, one partition per core");
        assertSameGraphs(expected.graphs(), shards(report));
        assertEquals(3, expected.failures().size(), expected.failures().toString());
        assertEquals(new TreeSet<>(expected.failures()), new TreeSet<>(report.failures()));
    }

    @Test
    void shardsLoadWithTheTdb2BulkLoaderAsBuildStoresThem() throws IOException {
        List<String> inputs = List.of(DEVSET.resolve("heldout").toAbsolutePath().toString());
        ShardReport report = job(inputs, "--output", dir.resolve("out").toString(), "--partitions", "3", "--gzip");
        assertEquals(3, report.shards().size());
        assertTrue(report.shards().stream().allMatch(s -> s.endsWith(".nq.gz")), report.shards().toString());

        // TDB2 stores numbers and dates by value ("1.50" as 1.5), so the loaded shards are compared with a store
        // that build made, not with extract's text.
        DatasetGraph loaded = DatabaseMgr.createDatasetGraph(); // in memory; the loader tdb2.tdbloader runs
        DataLoader loader = LoaderFactory.parallelLoader(loaded, (fmt, args) -> {});
        loader.startBulk();
        loader.load(report.shards().stream().map(ShardJobTest::localPath).toList());
        loader.finishBulk();
        Path store = dir.resolve("store");
        List<String> build = new ArrayList<>(List.of("build", "--store", store.toString()));
        build.addAll(inputs);
        assertEquals(0, Main.commandLine().execute(build.toArray(String[]::new)));
        try (NewsStore built = NewsStore.open(store)) {
            DatasetGraph articles = DatasetGraphFactory.create();
            Txn.executeRead(built.dataset(), () -> built.articles()
                    .forEach(a -> articles.addGraph(a, copy(built.dataset().getGraph(a)))));
            assertEquals(4, articles.size());
            Txn.executeRead(loaded, () -> assertSameGraphs(articles, loaded));
        }
    }

    @Test
    void parquetTableGivesTheSameGraphsAsTheFiles() throws IOException {
        Path heldout = DEVSET.resolve("heldout");
        List<org.apache.spark.sql.Row> rows = new ArrayList<>();
        try (var files = Files.list(heldout)) {
            for (Path f : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                rows.add(RowFactory.create("heldout/" + f.getFileName(), Files.readString(f)));
            }
        }
        rows.add(RowFactory.create("heldout/blank.txt", " "));
        StructType schema = new StructType().add("source", DataTypes.StringType).add("text", DataTypes.StringType);
        String table = dir.resolve("articles.parquet").toString();
        spark.createDataFrame(rows, schema).write().parquet(table);

        ShardReport report = job(List.of(table), "--parquet", "--output", dir.resolve("out").toString());
        assertEquals(4, report.articles());
        assertEquals(List.of("newsgraph: empty file: heldout/blank.txt"), report.failures());
        assertSameGraphs(extract(List.of(heldout.toAbsolutePath().toString())).graphs(), shards(report));
    }

    /** {@code newsgraph extract --format nquads} on the inputs: its dataset and its one-line failures. */
    private record Extract(DatasetGraph graphs, List<String> failures) {}

    private static Extract extract(List<String> inputs) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        List<String> args = new ArrayList<>(List.of("extract", "--format", "nquads"));
        args.addAll(inputs);
        assertEquals(0, cl.execute(args.toArray(String[]::new)), err.toString());
        DatasetGraph all = DatasetGraphFactory.create();
        RDFParser.fromString(out.toString(), Lang.NQUADS).parse(all);
        // extract adds the entity summary of what it printed; the job writes article graphs only, and the store
        // builds the summary when it first opens what the bulk loader made (NewsStore.open)
        DatasetGraph dsg = DatasetGraphFactory.create();
        all.listGraphNodes().forEachRemaining(g -> {
            if (!g.equals(org.w3id.newsgraph.rdf.Ids.ENTITIES_GRAPH)) {
                dsg.addGraph(g, all.getGraph(g));
            }
        });
        return new Extract(dsg, err.toString().lines().filter(l -> l.startsWith("newsgraph: ")).toList());
    }

    private static ShardReport job(List<String> inputs, String... options) {
        ShardJob job = new ShardJob();
        List<String> args = new ArrayList<>(List.of(options));
        args.addAll(inputs);
        new CommandLine(job).parseArgs(args.toArray(String[]::new));
        return job.run(spark);
    }

    private static DatasetGraph shards(ShardReport report) {
        DatasetGraph dsg = DatasetGraphFactory.create();
        report.shards().forEach(s -> RDFParser.source(localPath(s)).parse(dsg));
        return dsg;
    }

    private static org.apache.jena.graph.Graph copy(org.apache.jena.graph.Graph g) {
        org.apache.jena.graph.Graph c = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
        g.find().forEachRemaining(c::add);
        return c;
    }

    private static String localPath(String shard) {
        return shard.replaceFirst("^file:", "");
    }

    /** Graph by graph: the same names, and each graph isomorphic to its counterpart. */
    private static void assertSameGraphs(DatasetGraph expected, DatasetGraph actual) {
        Set<Node> names = new TreeSet<>(java.util.Comparator.comparing(Node::getURI));
        expected.listGraphNodes().forEachRemaining(names::add);
        Set<Node> got = new TreeSet<>(java.util.Comparator.comparing(Node::getURI));
        actual.listGraphNodes().forEachRemaining(got::add);
        assertEquals(names, got);
        for (Node g : names) {
            assertTrue(expected.getGraph(g).isIsomorphicWith(actual.getGraph(g)), "graph " + g + " differs");
        }
        assertTrue(actual.getDefaultGraph().isEmpty(), "no quads outside the article graphs");
    }
}

package org.w3id.newsgraph.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.OpVisitorBase;
import org.apache.jena.sparql.algebra.op.OpAssign;
import org.apache.jena.sparql.algebra.op.OpBGP;
import org.apache.jena.sparql.algebra.op.OpExtend;
import org.apache.jena.sparql.algebra.op.OpGroup;
import org.apache.jena.sparql.algebra.op.OpPath;
import org.apache.jena.sparql.algebra.op.OpTable;
import org.apache.jena.sparql.algebra.op.OpTriple;
import org.apache.jena.sparql.algebra.walker.Walker;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.w3id.newsgraph.store.EntityIndex;
import org.w3id.newsgraph.store.EntitySummary;
import org.w3id.newsgraph.store.ListPages;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecBuilder;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.expr.ExprFunctionOp;
import org.apache.jena.sparql.expr.ExprVar;
import org.apache.jena.sparql.expr.ExprVisitorBase;
import org.apache.jena.sparql.util.VarUtils;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Checks the prepared queries in the top-level {@code queries/} folder: each parses, has a title and a
 * description, declares exactly the parameters it leaves unbound, and gives the expected rows on the fixture
 * {@code src/test/resources/queries/fixture.trig} (expected rows are the CSV files beside it).
 */
class QueriesParseTest {
    private static final Path QUERIES = Path.of("queries");
    private static final Pattern HEADER = Pattern.compile("^#\\s*(title|description|param):\\s*(.*)$");
    private static DatasetGraph union;

    @BeforeAll
    static void loadFixture() throws IOException {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        try (InputStream in = QueriesParseTest.class.getResourceAsStream("/queries/fixture.trig")) {
            RDFParser.source(in).lang(Lang.TRIG).parse(dsg);
        }
        Txn.executeWrite(dsg, () -> {
            EntitySummary.rebuild(dsg);
            ListPages.refresh(dsg); // as every store keeps them: the entity lists name their pages
        });
        // the default graph is the union, as in the store; the named graphs (the entity summary) stay named
        union = DatasetGraphFactory.create(dsg.getUnionGraph());
        dsg.listGraphNodes().forEachRemaining(g -> union.addGraph(g, dsg.getGraph(g)));
        EntityIndex.inMemory(union); // the search query's text index
    }

    record Prepared(String name, String title, String description, List<String> params, Query query) {}

    static List<Path> queryFiles() throws IOException {
        try (Stream<Path> s = Files.list(QUERIES)) {
            return s.filter(p -> p.toString().endsWith(".rq")).sorted().toList();
        }
    }

    static Prepared load(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        Map<String, List<String>> header = new LinkedHashMap<>();
        for (String line : text.lines().toList()) {
            if (!line.startsWith("#")) {
                break;
            }
            Matcher m = HEADER.matcher(line);
            if (m.matches()) {
                header.computeIfAbsent(m.group(1), k -> new ArrayList<>()).add(m.group(2).strip());
            }
        }
        // paging parameters (limit, offset) are set as LIMIT/OFFSET by the runner, not query variables
        List<String> params = header.getOrDefault("param", List.of()).stream()
                .map(p -> p.split("\\s")[0]).filter(n -> !Param.isPaging(n)).toList();
        String name = file.getFileName().toString().replaceFirst("\\.rq$", "");
        return new Prepared(name, header.getOrDefault("title", List.of("")).get(0),
                header.getOrDefault("description", List.of("")).get(0), params, QueryFactory.create(text));
    }

    /** Variables used in expressions but bound nowhere in the query: the ones that must come from outside. */
    static Set<String> unboundVariables(Query q) {
        Op op = Algebra.compile(q);
        Set<Var> bound = new HashSet<>();
        Set<Var> used = new HashSet<>();
        OpVisitorBase ops = new OpVisitorBase() {
            @Override public void visit(OpBGP op) { op.getPattern().forEach(t -> VarUtils.addVarsFromTriple(bound, t)); }
            @Override public void visit(OpTriple op) { VarUtils.addVarsFromTriple(bound, op.getTriple()); }
            @Override public void visit(OpPath op) {
                VarUtils.addVar(bound, op.getTriplePath().getSubject());
                VarUtils.addVar(bound, op.getTriplePath().getObject());
            }
            @Override public void visit(OpExtend op) { bound.addAll(op.getVarExprList().getVars()); }
            @Override public void visit(OpAssign op) { bound.addAll(op.getVarExprList().getVars()); }
            @Override public void visit(OpGroup op) {
                bound.addAll(op.getGroupVars().getVars());
                op.getAggregators().forEach(a -> bound.add(a.getVar()));
            }
            @Override public void visit(OpTable op) { bound.addAll(op.getTable().getVars()); }
        };
        ExprVisitorBase exprs = new ExprVisitorBase() {
            @Override public void visit(ExprVar v) { used.add(v.asVar()); }
            @Override public void visit(ExprFunctionOp f) { Walker.walk(f.getGraphPattern(), ops, this); }
        };
        Walker.walk(op, ops, exprs);
        Set<String> out = new TreeSet<>();
        used.stream().filter(v -> !bound.contains(v)).forEach(v -> out.add(v.getVarName()));
        return out;
    }

    static List<List<String>> run(Query q, Map<String, String> params) {
        QueryExecBuilder b = QueryExec.dataset(union).query(q);
        params.forEach((k, v) -> b.substitution(k, NodeFactory.createLiteralString(v)));
        List<List<String>> rows = new ArrayList<>();
        try (QueryExec exec = b.build()) {
            RowSet rs = exec.select();
            List<Var> vars = rs.getResultVars();
            rows.add(vars.stream().map(Var::getVarName).toList());
            while (rs.hasNext()) {
                Binding row = rs.next();
                rows.add(vars.stream().map(v -> text(row.get(v))).toList());
            }
        }
        return rows;
    }

    private static String text(Node n) {
        if (n == null) {
            return "";
        }
        return n.isLiteral() ? n.getLiteralLexicalForm() : n.isURI() ? n.getURI() : n.toString();
    }

    @Test
    void everyQueryHasHeaderParsesAndDeclaresItsParameters() throws IOException {
        List<Path> files = queryFiles();
        assertTrue(files.size() >= 12, "at least 12 queries, found " + files.size());
        for (Path f : files) {
            Prepared p = load(f);
            assertFalse(p.title().isEmpty(), f + ": title");
            assertFalse(p.description().isEmpty(), f + ": description");
            assertTrue(p.query().isSelectType(), f + ": SELECT");
            assertTrue(p.query().hasOrderBy(), f + ": ORDER BY");
            assertEquals(new TreeSet<>(p.params()), unboundVariables(p.query()), f + ": params declared = unbound");
            p.query().getProjectVars().forEach(v ->
                    assertFalse(p.params().contains(v.getVarName()), f + ": parameter projected"));
        }
    }

    @Test
    void everyQueryRunsUnboundAndBound() throws IOException {
        for (Path f : queryFiles()) {
            Prepared p = load(f);
            if (p.name().equals("search")) {
                continue; // a text search needs its words: expected/search@huawei.csv checks it
            }
            if (p.params().isEmpty()) {
                assertTrue(run(p.query(), Map.of()).size() > 1, f + " returns rows on the fixture");
            } else {
                // a required name: found through the search index, so an unbound run finds nothing to start from
                assertEquals(1, run(p.query(), Map.of()).size(), f + " without its entity: the header alone");
                List<List<String>> bound = run(p.query(), Map.of(p.params().get(0), "huawei"));
                assertTrue(bound.size() > 1, f + " with entity=huawei returns rows on the fixture");
            }
        }
    }

    /**
     * Exact rows on the fixture: {@code expected/NAME.csv} holds the rows of {@code queries/NAME.rq} run unbound,
     * {@code expected/NAME@VALUE.csv} those with the query's parameter bound to VALUE. Header order is checked
     * exactly, rows as a set without duplicates.
     */
    @Test
    void expectedRowsOnFixture() throws Exception {
        Path dir = Path.of(QueriesParseTest.class.getResource("/queries/expected").toURI());
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.toString().endsWith(".csv")).sorted().toList();
        }
        assertEquals(16, files.size());
        for (Path csv : files) {
            String base = csv.getFileName().toString().replaceFirst("\\.csv$", "");
            String[] parts = base.split("@", 2);
            Prepared p = load(QUERIES.resolve(parts[0] + ".rq"));
            Map<String, String> params = parts.length == 1 ? Map.of() : Map.of(p.params().get(0), parts[1]);
            List<List<String>> expected = Csv.parse(Files.readString(csv, StandardCharsets.UTF_8));
            List<List<String>> actual = run(p.query(), params);
            assertEquals(expected.get(0), actual.get(0), base + ": columns");
            List<List<String>> want = expected.subList(1, expected.size());
            List<List<String>> got = actual.subList(1, actual.size());
            assertEquals(new HashSet<>(want), new HashSet<>(got), base + ": rows");
            assertEquals(want.size(), got.size(), base + ": row count");
        }
    }

    @Test
    void stableOrderOfQuotes() throws IOException {
        List<List<String>> rows = run(load(QUERIES.resolve("quotes.rq")).query(), Map.of());
        assertEquals(List.of("Marc Allera", "Angela Merkel", "National Cyber Security Centre", "Theresa May"),
                rows.subList(1, rows.size()).stream().map(r -> r.get(0)).toList());
    }

    /** Binding by text substitution (ParameterizedSparqlString) must give the same rows as a substituted binding. */
    @Test
    void textSubstitutionOfParameterGivesSameRows() throws IOException {
        for (Path f : queryFiles()) {
            Prepared p = load(f);
            if (p.params().isEmpty()) {
                continue;
            }
            ParameterizedSparqlString pss = new ParameterizedSparqlString(Files.readString(f, StandardCharsets.UTF_8));
            pss.setLiteral(p.params().get(0), "HUAWEI");
            Query substituted = pss.asQuery();
            assertEquals(run(p.query(), Map.of(p.params().get(0), "huawei")), run(substituted, Map.of()), f.toString());
        }
    }

    @Test
    void csvRoundTrip() {
        List<String> row = List.of("a", "b, c", "say \"hi\"", "");
        assertEquals(List.of(row), Csv.parse(Csv.format(row) + "\n"));
    }
}

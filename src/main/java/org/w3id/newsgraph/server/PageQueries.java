package org.w3id.newsgraph.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;

/**
 * The SPARQL behind the entity and article pages: one {@code .rq} file per list under {@code pages/} on the
 * class path, parsed once, run over the union of the article graphs with the resource bound by substitution
 * (never spliced into the text), within the server's timeout. The caller holds the read transaction, so one
 * page reads one state of the store.
 */
final class PageQueries {
    private static final String FOLDER = "pages/";
    private static final Map<String, Query> PARSED = new ConcurrentHashMap<>();

    private final DatasetGraph dsg;
    private final Duration timeout;

    PageQueries(DatasetGraph dsg, Duration timeout) {
        this.dsg = dsg;
        this.timeout = timeout;
    }

    /** All rows of {@code name} with {@code ?var} bound to {@code value}. */
    List<Map<String, Node>> rows(String name, String var, Node value) {
        return run(query(name), Map.of(var, value));
    }

    /** One page of rows: {@code limit} rows from {@code offset}. */
    List<Map<String, Node>> rows(String name, String var, Node value, long offset, long limit) {
        Query q = query(name);
        q.setOffset(offset);
        q.setLimit(limit);
        return run(q, Map.of(var, value));
    }

    /** The rows of {@code name} for each of {@code values} of {@code ?var}, given as the query's VALUES. */
    List<Map<String, Node>> rowsFor(String name, String var, List<Node> values) {
        if (values.isEmpty()) {
            return List.of();
        }
        Query q = query(name);
        Var v = Var.alloc(var);
        List<Binding> data = values.stream().map(n -> BindingFactory.binding(v, n)).toList();
        q.setValuesDataBlock(List.of(v), data);
        return run(q, Map.of());
    }

    private List<Map<String, Node>> run(Query q, Map<String, Node> bound) {
        BindingBuilder substitution = BindingBuilder.create();
        bound.forEach((k, n) -> substitution.add(Var.alloc(k), n));
        List<Map<String, Node>> out = new ArrayList<>();
        try (QueryExec exec = QueryExec.dataset(dsg).query(q).substitution(substitution.build())
                .timeout(timeout.toMillis(), TimeUnit.MILLISECONDS).build()) {
            RowSet rs = exec.select();
            List<Var> vars = rs.getResultVars();
            rs.forEachRemaining(row -> {
                Map<String, Node> m = new LinkedHashMap<>();
                for (Var v : vars) {
                    Node n = row.get(v);
                    if (n != null) {
                        m.put(v.getVarName(), n);
                    }
                }
                out.add(m);
            });
        }
        return out;
    }

    /** A fresh copy of the parsed query (limits and VALUES are set per use). */
    private static Query query(String name) {
        return PARSED.computeIfAbsent(name, PageQueries::load).cloneQuery();
    }

    private static Query load(String name) {
        String path = FOLDER + name + ".rq";
        try (InputStream in = PageQueries.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing " + path + " on the class path");
            }
            return QueryFactory.create(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The lexical form of a row's value, or "" when unbound. */
    static String text(Map<String, Node> row, String var) {
        Node n = row.get(var);
        if (n == null) {
            return "";
        }
        return n.isLiteral() ? n.getLiteralLexicalForm() : n.isURI() ? n.getURI() : n.toString();
    }
}

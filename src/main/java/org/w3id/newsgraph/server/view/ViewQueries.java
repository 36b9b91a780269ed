package org.w3id.newsgraph.server.view;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Supplier;

import org.apache.jena.graph.Node;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.Syntax;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.syntax.ElementData;
import org.apache.jena.sparql.syntax.ElementSubQuery;
import org.apache.jena.sparql.syntax.ElementWalker;
import org.apache.jena.sparql.syntax.ElementVisitorBase;
import org.apache.jena.system.Txn;

/**
 * The view's SPARQL, read from {@code .rq} files beside this class, so that the counts can later come from a
 * store-level summary by editing the files alone. A file marks each set the server supplies with an empty
 * {@code VALUES ?var { UNDEF }} block (no constraint until filled) and each scalar with a plain variable bound
 * by substitution; the server also sets the {@code LIMIT}. Nothing from a request is spliced into query text.
 */
final class ViewQueries {
    private final Supplier<DatasetGraph> data;
    private final Duration timeout;
    private final Map<String, String> texts = new LinkedHashMap<>();

    ViewQueries(Supplier<DatasetGraph> data, Duration timeout) {
        this.data = data;
        this.timeout = timeout;
        for (String name : List.of("top", "top-ranked", "mentions", "labels", "search", "relations-among",
                "comentions", "comentions-among", "relation-weights")) {
            texts.put(name, read(name + ".rq"));
        }
    }

    private static String read(String file) {
        try (InputStream in = ViewQueries.class.getResourceAsStream(file)) {
            if (in == null) {
                throw new IllegalStateException("missing class-path resource " + file + " beside ViewQueries");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One call: the query's name, its sets ({@code VALUES} blocks to fill), its scalars and its row limit. */
    static final class Call {
        private final String name;
        private final Map<String, Collection<Node>> sets = new LinkedHashMap<>();
        private final Map<String, Node> scalars = new LinkedHashMap<>();
        private long limit = -1;

        Call(String name) {
            this.name = name;
        }

        Call set(String var, Collection<Node> values) {
            sets.put(var, values);
            return this;
        }

        Call bind(String var, Node value) {
            scalars.put(var, value);
            return this;
        }

        Call limit(long rows) {
            limit = rows;
            return this;
        }
    }

    /** Runs a call in one read transaction, cancelled after the server's timeout, and returns its rows. */
    List<Map<String, Node>> select(Call call) {
        String text = texts.get(call.name);
        if (text == null) {
            throw new IllegalArgumentException("no view query " + call.name);
        }
        Query query = QueryFactory.create(text, Syntax.syntaxARQ);
        fill(query, call.sets);
        if (call.limit >= 0) {
            query.setLimit(call.limit);
        }
        Binding scalars = BindingFactory.empty();
        for (Map.Entry<String, Node> e : call.scalars.entrySet()) {
            scalars = BindingFactory.binding(scalars, Var.alloc(e.getKey()), e.getValue());
        }
        Binding substitution = scalars;
        List<Map<String, Node>> rows = new ArrayList<>();
        Txn.executeRead(data.get(), () -> {
            try (QueryExec exec = QueryExec.dataset(data.get()).query(query).substitution(substitution)
                    .set(ARQ.httpServiceAllowed, false).timeout(timeout.toMillis(), TimeUnit.MILLISECONDS).build()) {
                exec.select().forEachRemaining(b -> {
                    Map<String, Node> row = new LinkedHashMap<>();
                    b.forEach((v, n) -> row.put(v.getVarName(), n));
                    rows.add(row);
                });
            }
        });
        return rows;
    }

    /**
     * Runs {@code read} on the dataset in one read transaction: for what the store's indexes answer more cheaply
     * than a query (FocusRelations, SummaryRelations). Not cancelled by the timeout, so only for reads bounded by
     * the request.
     */
    <T> T read(Function<DatasetGraph, T> read) {
        DatasetGraph d = data.get();
        return Txn.calculateRead(d, () -> read.apply(d));
    }

    /**
     * Replaces the rows of every {@code VALUES} block of a single variable named in {@code sets}, sub-selects
     * included (a set there is a test on rows, where a top-level one would be a join input).
     */
    private static void fill(Query query, Map<String, Collection<Node>> sets) {
        ElementWalker.walk(query.getQueryPattern(), new ElementVisitorBase() {
            @Override
            public void visit(ElementSubQuery el) {
                fill(el.getQuery(), sets);
            }

            @Override
            public void visit(ElementData el) {
                if (el.getVars().size() != 1) {
                    return;
                }
                Var var = el.getVars().get(0);
                Collection<Node> values = sets.get(var.getVarName());
                if (values == null) {
                    return;
                }
                el.getRows().clear();
                for (Node n : values) {
                    el.add(BindingFactory.binding(var, n));
                }
            }
        });
    }
}

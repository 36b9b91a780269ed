package org.w3id.newsgraph.query;

import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIx;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Prologue;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecBuilder;
import org.apache.jena.sparql.exec.http.QueryExecHTTP;
import org.apache.jena.sparql.engine.http.QueryExceptionHTTP;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.RowSetStream;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;
import org.apache.jena.system.Txn;
import org.w3id.newsgraph.rdf.Prefixes;

/**
 * Runs prepared (or any {@code .rq}) queries against a dataset, in one read transaction, cancelled after a
 * timeout, and writes the results in a {@link ResultFormat}. Parameters are bound by variable substitution
 * (see {@link PreparedQuery}), never spliced into the text. Thread-safe and stateless beyond its settings.
 */
public final class QueryRunner {
    /** The most article pages a first request reads at once (as {@code ArticlePaging} counts them). */
    private static final long MAX_CHUNK = 32;
    /** The dataset queried, or null when the queries go to {@link #endpoint}. */
    private final DatasetGraph dsg;
    private final String endpoint;
    private final Duration timeout;
    private final long maxRows;
    private final boolean allowService;

    public QueryRunner(DatasetGraph dsg, Duration timeout) {
        this(dsg, timeout, Long.MAX_VALUE);
    }

    /** A runner with a row cap; {@code SERVICE} is as ARQ allows it by default (the CLI's own queries). */
    public QueryRunner(DatasetGraph dsg, Duration timeout, long maxRows) {
        this(dsg, timeout, maxRows, true);
    }

    /**
     * A runner that returns at most {@code maxRows} solutions per query (a {@code LIMIT} is imposed on queries
     * without one or with a larger one) and runs {@code SERVICE} only when {@code allowService}, for the server.
     */
    public QueryRunner(DatasetGraph dsg, Duration timeout, long maxRows, boolean allowService) {
        this(Objects.requireNonNull(dsg, "dataset"), null, timeout, maxRows, allowService);
    }

    private QueryRunner(DatasetGraph dsg, String endpoint, Duration timeout, long maxRows, boolean allowService) {
        this.dsg = dsg;
        this.endpoint = endpoint;
        this.timeout = Objects.requireNonNull(timeout, "timeout");
        if (maxRows < 1) {
            throw new IllegalArgumentException("maxRows must be positive: " + maxRows);
        }
        this.maxRows = maxRows;
        this.allowService = allowService;
    }

    /**
     * A runner that sends its queries to a SPARQL endpoint (a running newsgraph server's {@code /newsgraph/sparql})
     * instead of opening the store, which the server holds: parameters are bound and paging set the same way,
     * before the query text leaves.
     */
    public static QueryRunner remote(String endpoint, Duration timeout, long maxRows) {
        return new QueryRunner(null, Objects.requireNonNull(endpoint, "endpoint"), timeout, maxRows, true);
    }

    /** A local execution on the dataset, or an HTTP one on the endpoint. */
    private QueryExec exec(Query query, Binding binding) {
        QueryExecBuilder b = dsg != null ? QueryExec.dataset(dsg).set(ARQ.httpServiceAllowed, allowService)
                : QueryExecHTTP.service(endpoint);
        return b.query(query).substitution(binding).timeout(timeout.toMillis(), TimeUnit.MILLISECONDS).build();
    }

    /**
     * Caps the number of solutions of {@code query} at {@code maxRows}: sets {@code LIMIT maxRows} unless the
     * query has a smaller limit already. Returns the query.
     */
    public static Query capRows(Query query, long maxRows) {
        if (maxRows < Long.MAX_VALUE && (!query.hasLimit() || query.getLimit() > maxRows)) {
            query.setLimit(maxRows);
        }
        return query;
    }

    /**
     * Runs {@code q} with the given parameter values (missing ones take their defaults) and writes the result.
     *
     * @return true when the rows were cut at {@code maxRows}: a SELECT had more than {@code maxRows} rows under
     *         the {@code LIMIT} this runner imposed (it asks for one row more than it writes, to know)
     * @throws ParamException one line: unknown or missing parameter, bad IRI value
     * @throws QueryException one line: syntax error, timeout
     */
    public boolean run(PreparedQuery q, Map<String, String> params, ResultFormat fmt, OutputStream out) {
        RunnerPages pages = pages(q, params);
        Binding binding = bind(q, params);
        Optional<FirstRows> first = firstPage(q, params, pages, binding);
        if (first.isPresent()) {
            return writeRows(first.get().query(), first.get().rows(), fmt, out, Long.MAX_VALUE);
        }
        Query query = Paging.apply(q, params, q.parsed(), pages);
        boolean imposed = maxRows < Long.MAX_VALUE && (!query.hasLimit() || query.getLimit() > maxRows);
        if (imposed) {
            query.setLimit(maxRows + 1);
        }
        boolean[] cut = {false};
        execute(q, () -> {
            try (QueryExec exec = exec(query, binding)) {
                cut[0] = write(query, exec, fmt, out, imposed ? maxRows : Long.MAX_VALUE);
            }
        });
        return cut[0];
    }

    /**
     * The text of {@code q} with its parameters bound and its paging set, exactly as it is run, for a plain SPARQL
     * endpoint (the server benchmark sends it to Jena's own Fuseki for comparison).
     */
    public static String boundText(PreparedQuery q, Map<String, String> params, DatasetGraph dsg) {
        // the pages are named from the store, as newsgraph's server names them
        Query query = Paging.apply(q, params, q.parsed(), new QueryRunner(dsg, Duration.ofMinutes(5)).pages(q, params));
        Binding b = bind(q, params);
        Map<Var, Node> values = new LinkedHashMap<>();
        b.vars().forEachRemaining(v -> values.put(v, b.get(v)));
        return QueryTransformOps.syntaxSubstitute(query, values).toString();
    }

    /**
     * Runs any {@code .rq} file (a header with parameters is optional, see {@link PreparedQuery}); messages name
     * the file.
     */
    public boolean runFile(Path rqFile, Map<String, String> params, ResultFormat fmt, OutputStream out) {
        return run(PreparedQuery.fromFile(rqFile), params, fmt, out);
    }

    /** Runs a SELECT and returns its rows (variable name to value), for programs and tests. */
    public List<Map<String, Node>> select(PreparedQuery q, Map<String, String> params) {
        RunnerPages pages = pages(q, params);
        Binding binding = bind(q, params);
        Optional<FirstRows> first = firstPage(q, params, pages, binding);
        Query query = first.isPresent() ? null : capRows(Paging.apply(q, params, q.parsed(), pages), maxRows);
        if (query != null && !query.isSelectType()) {
            throw new QueryException(q.source() + ": not a SELECT query");
        }
        List<Map<String, Node>> rows = new ArrayList<>();
        Consumer<RowSet> collect = rs -> {
            List<Var> vars = rs.getResultVars();
            rs.forEachRemaining(b -> {
                Map<String, Node> row = new LinkedHashMap<>();
                for (Var v : vars) {
                    if (b.contains(v)) {
                        row.put(v.getVarName(), b.get(v));
                    }
                }
                rows.add(row);
            });
        };
        if (first.isPresent()) {
            collect.accept(first.get().rows());
            return rows;
        }
        execute(q, () -> {
            try (QueryExec exec = exec(query, binding)) {
                collect.accept(exec.select());
            }
        });
        return rows;
    }

    /** The rows of a first request, read page by page ({@link Paging#firstArticleRows}). */
    private record FirstRows(Query query, List<Var> vars, List<Binding> list) {
        RowSet rows() {
            return RowSetStream.create(vars, list.iterator());
        }
    }

    /**
     * A first request of a list ordered by article, read from page 0 on: one page, then twice as many (at most
     * {@link #MAX_CHUNK}) at a time, each read asking only the rows still wanted, until the request has them or no
     * page is left. Empty when {@code q} is no such request.
     */
    private Optional<FirstRows> firstPage(PreparedQuery q, Map<String, String> params, RunnerPages pages,
                                          Binding binding) {
        Optional<Query> request = Paging.firstArticleRows(q, params, q.parsed(), pages, maxRows);
        if (request.isEmpty()) {
            return Optional.empty();
        }
        Query query = request.get();
        List<Binding> rows = new ArrayList<>();
        List<Var> vars = new ArrayList<>(query.getProjectVars());
        long page = 0;
        long chunk = 1;
        while (rows.size() < query.getLimit() && pages.hasArticlePage(page)) {
            Query read = PageNaming.pages(query, page, page + chunk - 1);
            read.setLimit(query.getLimit() - rows.size());
            read.setOffset(Query.NOLIMIT);
            execute(q, () -> {
                try (QueryExec exec = exec(read, binding)) {
                    RowSet rs = exec.select();
                    vars.clear();
                    vars.addAll(rs.getResultVars());
                    rs.forEachRemaining(rows::add);
                }
            });
            page += chunk;
            chunk = Math.min(chunk * 2, MAX_CHUNK);
        }
        return Optional.of(new FirstRows(query, vars, rows));
    }

    /** The store's pages as the runner sees them: asked where the query goes (store.ListPages, ArticlePages). */
    private RunnerPages pages(PreparedQuery q, Map<String, String> params) {
        Map<String, String> own = new HashMap<>(params);
        own.keySet().removeIf(k -> q.param(k).map(Param::paging).orElse(true));
        return new RunnerPages(this::exec, action -> execute(q, action), bind(q, own));
    }

    private void execute(PreparedQuery q, Runnable action) {
        try {
            if (dsg != null && dsg.supportsTransactions() && !dsg.isInTransaction()) {
                Txn.executeRead(dsg, action);
            } else {
                action.run();
            }
        } catch (QueryCancelledException e) {
            throw new QueryException(q.source() + ": timed out after " + describe(timeout)
                    + " (narrow the query or raise the timeout)", e);
        } catch (QueryExceptionHTTP | HttpException e) {
            throw new QueryException(q.source() + ": " + RemoteErrors.describe(endpoint, e), e);
        }
    }

    private static String describe(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
    }

    /** Parameter values as a substitution binding; checks names and required values. */
    static Binding bind(PreparedQuery q, Map<String, String> params) {
        for (String given : params.keySet()) {
            if (q.param(given).isEmpty()) {
                TreeSet<String> known = new TreeSet<>();
                q.params().forEach(p -> known.add(p.name()));
                throw new ParamException("query " + q.name() + " has no parameter '" + given + "'"
                        + (known.isEmpty() ? " (it takes none)" : "; its parameters: " + String.join(", ", known)));
            }
        }
        BindingBuilder b = BindingBuilder.create();
        for (Param p : q.params()) {
            if (p.paging()) {
                continue; // set as LIMIT/OFFSET by Paging
            }
            String value = params.containsKey(p.name()) ? params.get(p.name()) : p.defaultValue().orElse(null);
            if (value == null) {
                throw ParamException.missing(p.name(), "query " + q.name() + " needs a value for '" + p.name()
                        + "' (" + p.description() + ")");
            }
            b.add(Var.alloc(p.name()), node(p.name(), value));
        }
        return b.build();
    }

    /** A value: an IRI when written {@code <...>}, else a plain string literal. */
    static Node node(String name, String value) {
        if (value.length() >= 2 && value.startsWith("<") && value.endsWith(">")) {
            String iri = value.substring(1, value.length() - 1);
            try {
                IRIx x = IRIx.create(iri);
                if (x.isRelative() || iri.chars().anyMatch(c -> c <= ' ' || "<>\"{}|^`\\".indexOf(c) >= 0)) {
                    throw new IRIException("not an absolute IRI");
                }
            } catch (IRIException e) {
                throw new ParamException("parameter '" + name + "': bad IRI " + value + " (" + e.getMessage() + ")",
                        e);
            }
            return NodeFactory.createURI(iri);
        }
        return NodeFactory.createLiteralString(value);
    }

    /** Writes the result, at most {@code maxRows} SELECT rows; returns whether more rows were left unwritten. */
    private static boolean write(Query query, QueryExec exec, ResultFormat fmt, OutputStream out, long maxRows) {
        if (query.isSelectType()) {
            return writeRows(query, exec.select(), fmt, out, maxRows);
        } else if (query.isAskType()) {
            boolean yes = exec.ask();
            switch (fmt) {
                case TABLE -> ResultSetFormatter.out(out, yes);
                case CSV -> ResultSetFormatter.outputAsCSV(out, yes);
                case TSV -> ResultSetFormatter.outputAsTSV(out, yes);
                case JSON -> ResultSetFormatter.outputAsJSON(out, yes);
            }
        } else if (query.isConstructType() || query.isDescribeType()) {
            Graph g = query.isConstructType() ? exec.construct() : exec.describe();
            PrefixMapping pm = g.getPrefixMapping();
            pm.setNsPrefixes(Prefixes.asMap());
            pm.setNsPrefixes(query.getPrefixMapping());
            RDFWriter.source(g).format(RDFFormat.TURTLE_PRETTY).output(out);
        } else {
            throw new QueryException("unsupported query type: " + query.queryType());
        }
        return false;
    }

    /** Writes SELECT rows, at most {@code maxRows}; returns whether more rows were left unwritten. */
    private static boolean writeRows(Query query, RowSet rows, ResultFormat fmt, OutputStream out, long maxRows) {
        boolean[] more = {false};
        // asks for the row past the limit while the rows are open: the writers close them at the end
        Iterator<Binding> limited = new Iterator<>() {
            private long written;

            @Override
            public boolean hasNext() {
                if (written < maxRows) {
                    return rows.hasNext();
                }
                more[0] |= rows.hasNext();
                return false;
            }

            @Override
            public Binding next() {
                written++;
                return rows.next();
            }
        };
        ResultSet rs = ResultSet.adapt(RowSetStream.create(rows.getResultVars(), limited));
        switch (fmt) {
            case TABLE -> ResultSetFormatter.out(out, rs, prologue(query));
            case CSV -> ResultSetFormatter.outputAsCSV(out, rs);
            case TSV -> ResultSetFormatter.outputAsTSV(out, rs);
            case JSON -> ResultSetFormatter.outputAsJSON(out, rs);
        }
        return more[0];
    }

    /** The query's own prefixes over the project ones, to shorten IRIs in the text table. */
    private static Prologue prologue(Query query) {
        PrefixMapping pm = PrefixMapping.Factory.create();
        pm.setNsPrefixes(Prefixes.asMap());
        pm.setNsPrefixes(query.getPrefixMapping());
        return new Prologue(pm);
    }
}

package org.w3id.newsgraph.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.irix.IRIException;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.w3id.newsgraph.query.Param;
import org.w3id.newsgraph.query.ParamException;
import org.w3id.newsgraph.query.PreparedQuery;
import org.w3id.newsgraph.query.QueryCatalog;
import org.w3id.newsgraph.query.QueryException;
import org.w3id.newsgraph.query.QueryRunner;
import org.w3id.newsgraph.query.ResultFormat;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The prepared queries over HTTP. {@code GET /newsgraph/queries} lists them (name, title, description,
 * parameters, query text); {@code GET /newsgraph/queries/NAME?param=value} runs one through {@link QueryRunner}
 * (values bound, never spliced; the server's timeout and row cap) and answers SPARQL results as JSON, CSV or TSV,
 * chosen by {@code ?format=} or else the Accept header (JSON by default); a result cut at the row cap carries
 * the header {@link CappedQuery#TRUNCATED}. Errors are {@code {"error": "..."}}:
 * 404 unknown query, 400 bad or missing parameter or format, 503 timeout.
 */
final class QueriesServlet extends HttpServlet {
    /** The request parameter that picks the result format; never a query parameter. */
    static final String FORMAT = "format";
    private static final Map<ResultFormat, String> TYPES = Map.of(
            ResultFormat.JSON, "application/sparql-results+json",
            ResultFormat.CSV, "text/csv",
            ResultFormat.TSV, "text/tab-separated-values");
    private static final AcceptList OFFERS = AcceptList.create("application/sparql-results+json",
            "application/json", "text/csv", "text/tab-separated-values");

    private final QueryCatalog catalog;
    private final Supplier<DatasetGraph> data;
    private final Duration timeout;
    private final long maxRows;
    private final ServicePolicy service;

    QueriesServlet(QueryCatalog catalog, Supplier<DatasetGraph> data, ServerConfig config, ServicePolicy service) {
        this.catalog = catalog;
        this.data = data;
        this.timeout = config.timeout();
        this.maxRows = config.maxRows();
        this.service = service;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getPathInfo();
        if (path == null || path.equals("/")) {
            Json.send(resp, HttpServletResponse.SC_OK, list(req.getContextPath()));
            return;
        }
        String name = path.substring(1);
        if (name.contains("/") || !catalog.contains(name)) {
            Json.error(resp, HttpServletResponse.SC_NOT_FOUND, "unknown query '" + name + "'; known: "
                    + String.join(", ", catalog.names()));
            return;
        }
        run(catalog.get(name), req, resp);
    }

    private JsonArray list(String contextPath) {
        JsonArray all = new JsonArray();
        for (PreparedQuery q : catalog.list()) {
            JsonObject o = new JsonObject();
            o.put("name", q.name());
            o.put("title", q.title());
            o.put("description", q.description());
            JsonArray params = new JsonArray();
            for (Param p : q.params()) {
                JsonObject po = new JsonObject();
                po.put("name", p.name());
                po.put("description", p.description());
                p.defaultValue().ifPresent(d -> po.put("default", d));
                po.put("required", p.required());
                params.add(po);
            }
            o.put("parameters", params);
            o.put("url", contextPath + NewsServer.DATASET + "/queries/" + q.name());
            o.put("query", q.sparql());
            all.add(o);
        }
        return all;
    }

    private void run(PreparedQuery q, HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Map<String, String> params = new LinkedHashMap<>();
        for (Map.Entry<String, String[]> e : req.getParameterMap().entrySet()) {
            if (e.getKey().equals(FORMAT)) {
                continue;
            }
            if (e.getValue().length != 1) {
                Json.error(resp, HttpServletResponse.SC_BAD_REQUEST, "parameter '" + e.getKey()
                        + "' is given " + e.getValue().length + " times; give it once");
                return;
            }
            params.put(e.getKey(), e.getValue()[0]);
        }
        Optional<ResultFormat> fmt = format(req);
        if (fmt.isEmpty()) {
            Json.error(resp, HttpServletResponse.SC_BAD_REQUEST, "unknown format '" + req.getParameter(FORMAT)
                    + "'; known: json, csv, tsv");
            return;
        }
        Query parsed;
        boolean cut;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        try {
            parsed = q.parsed();
            Optional<String> refused = service.refusal(parsed);
            if (refused.isPresent()) {
                Json.error(resp, HttpServletResponse.SC_BAD_REQUEST, "query " + q.name() + ": " + refused.get());
                return;
            }
            cut = new QueryRunner(data.get(), timeout, maxRows, service.allowed()).run(q, params, fmt.get(), buf);
        } catch (ParamException e) {
            Json.error(resp, HttpServletResponse.SC_BAD_REQUEST, e.missing()
                    .map(p -> e.reason() + ": add ?" + p + "=... to the URL").orElse(e.getMessage()));
            return;
        } catch (QueryException e) {
            Throwable cause = e.getCause();
            if (cause instanceof QueryCancelledException) {
                Json.error(resp, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "query " + q.name() + " timed out after "
                        + timeout.toMillis() + " ms");
            } else if (cause == null || cause instanceof IRIException) {
                Json.error(resp, HttpServletResponse.SC_BAD_REQUEST, e.getMessage());
            } else {
                Json.error(resp, HttpServletResponse.SC_INTERNAL_SERVER_ERROR, e.getMessage());
            }
            return;
        }
        resp.setStatus(HttpServletResponse.SC_OK);
        if (cut) {
            CappedQuery.markTruncated(resp, maxRows);
        }
        resp.setContentType((parsed.isConstructType() || parsed.isDescribeType() ? "text/turtle"
                : TYPES.get(fmt.get())) + ";charset=utf-8");
        resp.setContentLength(buf.size());
        try (OutputStream out = resp.getOutputStream()) {
            buf.writeTo(out);
        }
    }

    /** {@code ?format=} when given (empty when unknown), else the best match of the Accept header, else JSON. */
    static Optional<ResultFormat> format(HttpServletRequest req) {
        String f = req.getParameter(FORMAT);
        if (f != null) {
            return switch (f.strip().toLowerCase(java.util.Locale.ROOT)) {
                case "json" -> Optional.of(ResultFormat.JSON);
                case "csv" -> Optional.of(ResultFormat.CSV);
                case "tsv" -> Optional.of(ResultFormat.TSV);
                default -> Optional.empty();
            };
        }
        String accept = req.getHeader("Accept");
        if (accept == null || accept.isBlank()) {
            return Optional.of(ResultFormat.JSON);
        }
        MediaType m;
        try {
            m = AcceptList.match(new AcceptList(accept), OFFERS);
        } catch (RuntimeException e) {
            m = null;
        }
        if (m == null) {
            return Optional.of(ResultFormat.JSON);
        }
        return Optional.of(switch (m.getContentTypeStr()) {
            case "text/csv" -> ResultFormat.CSV;
            case "text/tab-separated-values" -> ResultFormat.TSV;
            default -> ResultFormat.JSON;
        });
    }
}
